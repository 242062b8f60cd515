package com.discoverybrief.review;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.CurrentActor;
import com.discoverybrief.accounts.People;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.base.Translations;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists and figures for leads and account managers: the grid, the filters' choices, the CSV and
 * the team statistics, read as projections of the session rows. Every method checks the acting user as
 * their account stands now (and carries {@code @RolesAllowed} for method security): a salesperson gets
 * nothing here. Reading one session whole and the review steps belong to {@code discovery}'s
 * {@link com.discoverybrief.discovery.SessionReviews}, the only way into a session.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    /** Rows per read when exporting: enough to be quick, few enough to keep memory flat. */
    static final int EXPORT_BATCH = 500;

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");

    private final ReviewSessions sessions;
    private final CurrentActor actors;
    private final SessionSearch search;
    private final Statistics statistics;
    private final Clock clock;
    private final People people;

    ReviewService(ReviewSessions sessions, CurrentActor actors, SessionSearch search, Statistics statistics,
            Clock clock, People people) {
        this.sessions = sessions;
        this.actors = actors;
        this.search = search;
        this.statistics = statistics;
        this.clock = clock;
        this.people = people;
    }

    /**
     * One page of the filtered, sorted list: one statement, also deep in the list. {@code total} is the
     * list's length from {@link #count} (0 when not known), so a page past the middle is read from the end.
     */
    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public List<ReviewRow> sessions(Actor actor, ReviewFilter filter, ReviewSort sort, int offset, int limit,
            long total) {
        reviewer(actor);
        return search.page(filter, sort, offset, limit, total);
    }

    /** How many sessions the filter lets through (the grid asks once per filter). */
    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public long count(Actor actor, ReviewFilter filter) {
        reviewer(actor);
        return search.count(filter);
    }

    /** The row at which {@code day} begins in the default order, newest change first. */
    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public long positionOf(Actor actor, ReviewFilter filter, LocalDate day) {
        reviewer(actor);
        return search.positionOf(filter, day);
    }

    /** Salespeople who own sessions, for the filter, matching what was typed. */
    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public List<String> salespeople(Actor actor, String typed, int offset, int limit) {
        reviewer(actor);
        return sessions.owners(SessionSearch.containsPattern(typed == null ? "" : typed), page(offset, limit));
    }

    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public List<String> industries(Actor actor, String typed, int offset, int limit) {
        reviewer(actor);
        return sessions.industries(SessionSearch.containsPattern(typed == null ? "" : typed), page(offset, limit));
    }

    /** Writes the whole filtered list, newest change first, as CSV in the given language. */
    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public void exportCsv(Actor actor, ReviewFilter filter, char separator, Locale locale, OutputStream out) {
        reviewer(actor);
        ResourceBundle texts = Translations.bundle(locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx").withZone(clock.getZone());
        CsvWriter csv = new CsvWriter(out, separator);
        csv.row(Stream.of("review.column.id", "review.column.client", "review.column.industry",
                "review.column.salesperson", "review.column.status", "review.column.readiness",
                "review.column.top-channel", "review.column.updated").map(texts::getString).toList());
        ReviewRow last = null;
        List<ReviewRow> batch;
        do {
            batch = search.after(filter, last, EXPORT_BATCH);
            // the names the grid shows, one query per batch
            Map<String, String> names = people.displayNames(batch.stream().map(ReviewRow::owner).distinct().toList());
            for (ReviewRow row : batch) {
                csv.row(Stream.of(String.valueOf(row.id()), row.clientCompany(), row.industry(),
                        names.getOrDefault(row.owner(), row.owner()),
                        texts.getString(Translations.enumKey(row.status())), String.valueOf(row.readiness()),
                        row.topChannel() == null ? "" : texts.getString(Translations.enumKey(row.topChannel())),
                        time.format(row.updatedAt())).toList());
                last = row;
            }
        } while (batch.size() == EXPORT_BATCH);
        csv.flush();
    }

    /** The ids of the whole filtered list, newest change first: what "export JSON" of the list writes. */
    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public List<Long> ids(Actor actor, ReviewFilter filter) {
        reviewer(actor);
        List<Long> ids = new java.util.ArrayList<>();
        ReviewRow last = null;
        List<ReviewRow> batch;
        do {
            batch = search.after(filter, last, EXPORT_BATCH);
            for (ReviewRow row : batch) {
                ids.add(row.id());
                last = row;
            }
        } while (batch.size() == EXPORT_BATCH);
        return ids;
    }

    /** The longest period the team statistics cover: calendar weeks the period touches. */
    public static final int STATISTICS_MAX_WEEKS = Statistics.MAX_WEEKS;

    /** Whether the team statistics cover the period (either order of the days): at most 53 weeks. */
    public static boolean statisticsCover(LocalDate from, LocalDate to) {
        return from.isAfter(to) ? Statistics.weekCount(to, from) <= STATISTICS_MAX_WEEKS
                : Statistics.weekCount(from, to) <= STATISTICS_MAX_WEEKS;
    }

    /**
     * Team statistics over the sessions started between the two days, inclusive; for leads only. A
     * period of more than {@link #STATISTICS_MAX_WEEKS} weeks is refused (the view says so on the field).
     */
    @RolesAllowed("LEAD")
    public TeamStatistics statistics(Actor actor, LocalDate from, LocalDate to) {
        if (!actors.revalidate(actor).has(Role.LEAD)) {
            AUDIT.warn("'{}' was refused the team statistics", actor.username());
            throw new AccessDeniedException(actor.username() + " may not see team statistics");
        }
        return from.isAfter(to) ? statistics.over(to, from) : statistics.over(from, to);
    }

    /** The actor as they are now, if they may read every session: leads and account managers. */
    private Actor reviewer(Actor actor) {
        Actor now = actors.revalidate(actor);
        if (!now.seesAllSessions()) {
            AUDIT.warn("'{}' with roles {} was refused the review list", now.username(), now.roles());
            throw new AccessDeniedException(now.username() + " may not review sessions");
        }
        return now;
    }

    private static PageRequest page(int offset, int limit) {
        // The combo boxes ask for pages aligned to their page size, so offset / limit is exact.
        return PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit));
    }
}
