package com.discoverybrief.brief;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Answers;
import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.BudgetRange;
import com.discoverybrief.strategy.BusinessModel;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.CompanySize;
import com.discoverybrief.strategy.Geography;
import com.discoverybrief.strategy.Question;
import com.discoverybrief.strategy.Recommendation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one strategy brief shows, frozen at the moment of export: who the client is, what they
 * answered, what the strategy engine concluded, whose brand it carries, in which language and on
 * which date. Build it from a discovery session with
 * {@code new BriefDocument(Header.of(...), answers, engine.assess(answers), branding, locale, today)}.
 *
 * @param header      the session header
 * @param answers     the answers as the engine saw them; printed in full, grouped by level
 * @param assessment  the engine's levels, recommendations, checklist and summary for these answers
 * @param branding    the agency's name, logo, contact line and colour
 * @param locale      the brief's language ({@code ru} or {@code en}; anything else prints in English)
 * @param generatedOn the date printed on every page and in the file name
 * @param nextMeeting what the salesperson marked to ask next time and noted beside the answers
 * @param changes     what changed since the session's previous brief, or {@code null} for a first brief
 * @param agencyWord  the account manager's final plan and note (issue 19), or {@code null}: the engine's plan
 */
public record BriefDocument(Header header, Answers answers, Assessment assessment, AgencyBranding branding,
        Locale locale, LocalDate generatedOn, NextMeeting nextMeeting, BriefChanges changes, AgencyWord agencyWord) {

    /**
     * Below this overall readiness (percent, {@link Assessment#readiness()}) every page says "draft":
     * with less than 60 % of the discovery done, the recommendations rest on too many guesses to be
     * handed over as final.
     */
    public static final int DRAFT_READINESS_THRESHOLD = 60;

    public BriefDocument {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(branding, "branding");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(generatedOn, "generatedOn");
        Objects.requireNonNull(nextMeeting, "nextMeeting");
    }

    /** A brief without the account manager's adjustments or note. */
    public BriefDocument(Header header, Answers answers, Assessment assessment, AgencyBranding branding,
            Locale locale, LocalDate generatedOn, NextMeeting nextMeeting, BriefChanges changes) {
        this(header, answers, assessment, branding, locale, generatedOn, nextMeeting, changes, null);
    }

    /** A first brief: nothing to compare with. */
    public BriefDocument(Header header, Answers answers, Assessment assessment, AgencyBranding branding,
            Locale locale, LocalDate generatedOn, NextMeeting nextMeeting) {
        this(header, answers, assessment, branding, locale, generatedOn, nextMeeting, null);
    }

    /** The same brief, saying what changed since the previous one. */
    public BriefDocument withChanges(BriefChanges since) {
        return new BriefDocument(header, answers, assessment, branding, locale, generatedOn, nextMeeting, since,
                agencyWord);
    }

    /** The same brief with the account manager's final plan and note. */
    public BriefDocument withAgencyWord(AgencyWord word) {
        return new BriefDocument(header, answers, assessment, branding, locale, generatedOn, nextMeeting, changes, word);
    }

    /** The plan the client sees: the account manager's final plan, or else the engine's recommendations. */
    public List<Recommendation> recommendations() {
        return agencyWord == null ? assessment.recommendations() : agencyWord.plan();
    }

    /** The agency note for page 1, or {@code null}. */
    public String agencyNote() {
        return agencyWord == null ? null : agencyWord.note();
    }

    /** Whether the account manager added this channel: no answer of the client's calls for it. */
    public boolean addedByAgency(Channel channel) {
        return agencyWord != null && agencyWord.added().contains(channel);
    }

    /** A brief without marks or notes for the next meeting. */
    public BriefDocument(Header header, Answers answers, Assessment assessment, AgencyBranding branding,
            Locale locale, LocalDate generatedOn) {
        this(header, answers, assessment, branding, locale, generatedOn, NextMeeting.NONE);
    }

    /** Whether the brief carries the draft watermark. */
    public boolean isDraft() {
        return assessment.readiness() < DRAFT_READINESS_THRESHOLD;
    }

    /** The download name, e.g. {@code brief-stomatologiya-ulybka-2026-11-27.pdf}. */
    public String fileName() {
        return BriefFileName.of(header.clientCompany(), generatedOn);
    }

    /**
     * The session header. Text may be {@code null} or blank and a choice {@code null} when not known
     * yet; the brief prints "not stated".
     */
    public record Header(String clientCompany, String contactPerson, String industry,
            BusinessModel businessModel, Geography geography, CompanySize companySize, BudgetRange budget,
            LocalDate meetingDate, String salesperson) {

        /** A header whose business model, geography, size and budget come from the answers. */
        public static Header of(String clientCompany, String contactPerson, String industry, LocalDate meetingDate,
                String salesperson, Answers answers) {
            return new Header(clientCompany, contactPerson, industry, answers.businessModel(), answers.geography(),
                    answers.companySize(), answers.budget(), meetingDate, salesperson);
        }
    }

    /**
     * What the salesperson noted for the next meeting.
     *
     * @param askAgain answer fields marked "ask at the next meeting", asked first in the brief
     * @param notes    "anything else the client said", by key question
     */
    public record NextMeeting(List<AnswerField> askAgain, Map<Question, String> notes) {

        public static final NextMeeting NONE = new NextMeeting(List.of(), Map.of());

        public NextMeeting {
            askAgain = List.copyOf(askAgain);
            notes = Map.copyOf(notes);
        }
    }
}
