package com.discoverybrief.review;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.base.Translations;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.SessionNotFoundException;
import com.discoverybrief.strategy.AnswerField;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way in for leads and account managers. Every method takes the acting user and checks the roles
 * itself (and carries {@code @RolesAllowed} for method security): a salesperson gets nothing here, and
 * a session they ask for by id is reported as not found. Review steps are applied by the aggregate,
 * which refuses the ones its status does not allow.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    /** Rows per read when exporting: enough to be quick, few enough to keep memory flat. */
    static final int EXPORT_BATCH = 500;

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");

    private final ReviewSessions sessions;
    private final SessionSearch search;
    private final Statistics statistics;
    private final Clock clock;

    ReviewService(ReviewSessions sessions, SessionSearch search, Statistics statistics, Clock clock) {
        this.sessions = sessions;
        this.search = search;
        this.statistics = statistics;
        this.clock = clock;
    }

    /** One page of the filtered, sorted list; nothing is counted. */
    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public List<ReviewRow> sessions(Actor actor, ReviewFilter filter, ReviewSort sort, int offset, int limit) {
        requireReviewer(actor);
        return search.page(filter, sort, offset, limit);
    }

    /** Salespeople who own sessions, for the filter, matching what was typed. */
    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public List<String> salespeople(Actor actor, String typed, int offset, int limit) {
        requireReviewer(actor);
        return sessions.owners(SessionSearch.containsPattern(typed == null ? "" : typed), page(offset, limit));
    }

    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public List<String> industries(Actor actor, String typed, int offset, int limit) {
        requireReviewer(actor);
        return sessions.industries(SessionSearch.containsPattern(typed == null ? "" : typed), page(offset, limit));
    }

    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public ReviewedSession open(Actor actor, long id) {
        return read(reviewable(actor, id));
    }

    @Transactional
    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public ReviewedSession markReviewed(Actor actor, long id) {
        DiscoverySession session = reviewable(actor, id);
        session.markReviewed(actor.username(), clock.instant());
        return read(sessions.save(session));
    }

    /** Sends the session back to its salesperson with what to work on; the comment is required. */
    @Transactional
    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public ReviewedSession returnToSalesperson(Actor actor, long id, String comment) {
        DiscoverySession session = reviewable(actor, id);
        session.returnToOwner(actor.username(), comment, clock.instant());
        return read(sessions.save(session));
    }

    @Transactional
    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public ReviewedSession comment(Actor actor, long id, String text) {
        DiscoverySession session = reviewable(actor, id);
        session.comment(actor.username(), text, clock.instant());
        return read(sessions.save(session));
    }

    /** Deletes a session for good; only an account manager may, and the audit log says who did. */
    @Transactional
    @RolesAllowed("ACCOUNT_MANAGER")
    public void delete(Actor actor, long id) {
        if (!actor.has(Role.ACCOUNT_MANAGER)) {
            throw new SessionNotFoundException(id);
        }
        DiscoverySession session = reviewable(actor, id);
        sessions.delete(session);
        AUDIT.info("session deleted: id={} owner={} by={} at={}", id, session.getOwner(), actor.username(),
                clock.instant());
    }

    /** Writes the whole filtered list, newest change first, as CSV in the given language. */
    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public void exportCsv(Actor actor, ReviewFilter filter, char separator, Locale locale, OutputStream out) {
        requireReviewer(actor);
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
            for (ReviewRow row : batch) {
                csv.row(Stream.of(String.valueOf(row.id()), row.clientCompany(), row.industry(), row.owner(),
                        texts.getString(Translations.enumKey(row.status())), String.valueOf(row.readiness()),
                        row.topChannel() == null ? "" : texts.getString(Translations.enumKey(row.topChannel())),
                        time.format(row.updatedAt())).toList());
                last = row;
            }
        } while (batch.size() == EXPORT_BATCH);
        csv.flush();
    }

    /** Team statistics over the sessions started between the two days, inclusive; for leads only. */
    @RolesAllowed("LEAD")
    public TeamStatistics statistics(Actor actor, LocalDate from, LocalDate to) {
        if (!actor.has(Role.LEAD)) {
            throw new ReviewAccessDeniedException(actor.username());
        }
        return from.isAfter(to) ? statistics.over(to, from) : statistics.over(from, to);
    }

    private DiscoverySession reviewable(Actor actor, long id) {
        if (!actor.seesAllSessions()) {
            throw new SessionNotFoundException(id);
        }
        return sessions.findById(id).orElseThrow(() -> new SessionNotFoundException(id));
    }

    private static void requireReviewer(Actor actor) {
        if (!actor.seesAllSessions()) {
            throw new ReviewAccessDeniedException(actor.username());
        }
    }

    private static ReviewedSession read(DiscoverySession session) {
        Map<AnswerField, String> answers = new EnumMap<>(AnswerField.class);
        for (AnswerField field : AnswerField.values()) {
            String stored = session.storedAnswer(field);
            if (stored != null) {
                answers.put(field, stored);
            }
        }
        return new ReviewedSession(session.getId(), session.getOwner(), session.getStatus(), session.getHeader(),
                answers, session.comments(), session.history(), session.getUpdatedAt(), session.getBriefExportedAt());
    }

    private static PageRequest page(int offset, int limit) {
        // The combo boxes ask for pages aligned to their page size, so offset / limit is exact.
        return PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit));
    }
}
