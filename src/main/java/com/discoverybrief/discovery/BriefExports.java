package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.People;
import com.discoverybrief.brief.AgencyBranding;
import com.discoverybrief.brief.AgencyWord;
import com.discoverybrief.brief.BriefChanges;
import com.discoverybrief.brief.BriefComposer;
import com.discoverybrief.brief.BriefDocument;
import com.discoverybrief.brief.BriefModel;
import com.discoverybrief.brief.BriefRenderer;
import com.discoverybrief.brief.BriefSections;
import com.discoverybrief.brief.DocxBriefRenderer;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Assessment;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.annotation.Timed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a session's strategy brief. Whoever may see the session may export it; anyone else gets
 * {@link SessionNotFoundException}, exactly as for opening it. The PDF shows the kept assessment of a
 * completed session, so it says what was recommended at the time. Every export keeps its snapshot
 * (answers, assessment, rules version, who and when) as a numbered version, and the next brief says
 * what changed since.
 */
@Service
public class BriefExports {

    private static final TypeReference<Map<AnswerField, String>> ANSWERS = new TypeReference<>() {
    };

    private final DiscoveryService discovery;
    private final BriefRenderer renderer;
    private final AgencyBranding branding;
    private final Clock clock;
    private final DiscoverySessionRepository sessions;
    private final BriefVersionRepository versions;
    private final People people;
    private final ObjectMapper json;
    private final AssessmentSnapshots snapshots;
    private final SessionHistory history;
    private final DocxBriefRenderer docx;
    private final BriefSectionChoiceRepository sectionChoices;
    private final PlanAdjustments plans;

    BriefExports(DiscoveryService discovery, BriefRenderer renderer, AgencyBranding branding, Clock clock,
            DiscoverySessionRepository sessions, BriefVersionRepository versions, People people, ObjectMapper json,
            SessionHistory history, DocxBriefRenderer docx, BriefSectionChoiceRepository sectionChoices,
            PlanAdjustments plans) {
        this.plans = plans;
        this.history = history;
        this.docx = docx;
        this.sectionChoices = sectionChoices;
        this.discovery = discovery;
        this.sessions = sessions;
        this.renderer = renderer;
        this.branding = branding;
        this.clock = clock;
        this.versions = versions;
        this.people = people;
        this.json = json;
        this.snapshots = new AssessmentSnapshots(json);
    }

    /**
     * Everything the brief shows, read under the actor's access rights, kept as the session's next
     * version. Notes the export time too: the team statistics count the sessions that led to a brief.
     */
    @Transactional
    public BriefDocument prepare(Actor actor, long sessionId) {
        return prepare(actor, sessionId, true);
    }

    /**
     * As {@link #prepare(Actor, long)}; {@code withChanges} false leaves "what changed since the last
     * brief" out of the PDF (the version is kept either way).
     */
    @Transactional
    public BriefDocument prepare(Actor actor, long sessionId, boolean withChanges) {
        DiscoverySession session = discovery.open(actor, sessionId);
        Instant now = clock.instant();
        sessions.markBriefExported(sessionId, now);
        history.recordExport(sessionId, actor.username(), now);
        SessionHeader header = session.getHeader();
        AdjustedPlan adjusted = plans.plan(actor, sessionId);
        Assessment assessment = adjusted.assessment().assessment();
        BriefDocument brief = document(session, assessment).withAgencyWord(agencyWord(adjusted));
        List<BriefVersion> earlier = versions.findBySessionIdOrderByNumberDesc(sessionId);
        Map<AnswerField, String> stored = session.storedAnswers();
        versions.save(new BriefVersion(sessionId, earlier.isEmpty() ? 1 : earlier.get(0).number() + 1, now,
                actor.username(), header.language(), assessment.rulesVersion(), write(stored),
                snapshots.write(sent(adjusted))));
        return earlier.isEmpty() || !withChanges ? brief
                : brief.withChanges(changes(earlier.get(0), stored, sent(adjusted)));
    }

    /** The brief of a session as it stands, read without an actor: for a shared link, which keeps no version. */
    BriefDocument document(DiscoverySession session) {
        AdjustedPlan adjusted = plans.planOf(session);
        return document(session, adjusted.assessment().assessment()).withAgencyWord(agencyWord(adjusted));
    }

    private BriefDocument document(DiscoverySession session, Assessment assessment) {
        SessionHeader header = session.getHeader();
        var answers = session.answers();
        return new BriefDocument(
                BriefDocument.Header.of(header.clientCompany(), header.contactPerson(), header.industry(),
                        header.meetingDate(), people.contactLine(session.getOwner()), answers),
                answers, assessment, branding, header.language(), LocalDate.now(clock), nextMeeting(session));
    }

    /** The sections the session's exports leave out (PDF, Word and the shared web view alike). */
    @Transactional(readOnly = true)
    public BriefSections sections(Actor actor, long sessionId) {
        discovery.open(actor, sessionId);
        return sections(sessionId);
    }

    BriefSections sections(long sessionId) {
        return sectionChoices.findById(sessionId).map(choice -> BriefSections.read(choice.omitted()))
                .orElse(BriefSections.ALL);
    }

    /** Remembers the sections the session's exports leave out; whoever may export the brief may choose. */
    @Transactional
    public void chooseSections(Actor actor, long sessionId, BriefSections sections) {
        discovery.changeable(actor, sessionId);
        store(sessionId, sections);
    }

    /**
     * Ticks or unticks one section of the session's remembered choice, leaving the others as they are
     * stored now — a colleague's change to another section is never silently undone (issue 19). Only
     * someone who may change the session changes what every export and the client's shared page show.
     *
     * @return the choice as now stored
     */
    @Transactional
    public BriefSections chooseSection(Actor actor, long sessionId, BriefSections.Optional section, boolean included) {
        discovery.changeable(actor, sessionId);
        BriefSections now = sections(sessionId).with(section, included);
        store(sessionId, now);
        return now;
    }

    /** Whether the actor may change the session's remembered section choice (a lead only reads it). */
    @Transactional(readOnly = true)
    public boolean maySetSections(Actor actor, long sessionId) {
        return discovery.mayChange(actor, sessionId);
    }

    private void store(long sessionId, BriefSections sections) {
        sectionChoices.findById(sessionId).ifPresentOrElse(choice -> choice.choose(sections.stored()),
                () -> sectionChoices.save(new BriefSectionChoice(sessionId, sections.stored())));
    }

    /** Whether the session has been exported before, so that a new brief can say what changed since. */
    @Transactional(readOnly = true)
    public boolean hasEarlierBrief(Actor actor, long sessionId) {
        discovery.open(actor, sessionId);
        return versions.existsBySessionId(sessionId);
    }

    /** The session's exported briefs, newest first, for whoever may see the session. */
    @Transactional(readOnly = true)
    public List<BriefVersionSummary> versions(Actor actor, long sessionId) {
        discovery.open(actor, sessionId);
        List<BriefVersion> kept = versions.findBySessionIdOrderByNumberDesc(sessionId);
        Map<String, String> names = people.displayNames(kept.stream().map(BriefVersion::exportedBy).toList());
        List<BriefVersionSummary> summaries = new java.util.ArrayList<>();
        for (int index = 0; index < kept.size(); index++) {
            BriefVersion version = kept.get(index);
            Assessment assessment = snapshots.read(version.assessment());
            // what this brief told the client that the one before it did not: from the two kept snapshots
            BriefChanges changes = index + 1 < kept.size()
                    ? changes(kept.get(index + 1), read(version.answers()), assessment)
                    : null;
            summaries.add(new BriefVersionSummary(version.number(), version.exportedAt(),
                    names.getOrDefault(version.exportedBy(), version.exportedBy()), version.rulesVersion(),
                    assessment.readiness(), changes));
        }
        return List.copyOf(summaries);
    }

    /**
     * What the next brief would change compared with the last one exported, or empty before the first
     * export: the recommendations added, removed, moved, and the answers behind each.
     */
    @Transactional(readOnly = true)
    public Optional<BriefChanges> changesSinceLastBrief(Actor actor, long sessionId) {
        DiscoverySession session = discovery.open(actor, sessionId);
        List<BriefVersion> kept = versions.findBySessionIdOrderByNumberDesc(sessionId);
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(changes(kept.get(0), session.storedAnswers(), sent(plans.plan(actor, sessionId))));
    }

    /**
     * The assessment with the plan the client is sent — the engine's recommendations as the account
     * manager adjusted them — so that "what changed since the last brief" compares the plans the client
     * received, not the engine's outputs (issue 19).
     */
    private static Assessment sent(AdjustedPlan adjusted) {
        Assessment engine = adjusted.assessment().assessment();
        return new Assessment(engine.rulesVersion(), engine.levels(), adjusted.recommendations(),
                engine.beforeAdsChecklist(), engine.summary(), engine.verdicts(), engine.testPlan());
    }

    private BriefChanges changes(BriefVersion previous, Map<AnswerField, String> answersNow, Assessment now) {
        Assessment then = snapshots.read(previous.assessment());
        Map<AnswerField, String> answersThen = read(previous.answers());
        Set<AnswerField> changed = EnumSet.noneOf(AnswerField.class);
        for (AnswerField field : AnswerField.values()) {
            if (!Objects.equals(answersThen.get(field), answersNow.get(field))) {
                changed.add(field);
            }
        }
        return BriefChanges.between(LocalDate.ofInstant(previous.exportedAt(), clock.getZone()),
                previous.rulesVersion(), then.recommendations(), now.rulesVersion(), now.recommendations(), changed);
    }

    private String write(Map<AnswerField, String> answers) {
        try {
            Map<AnswerField, String> ordered = new EnumMap<>(AnswerField.class);
            ordered.putAll(answers);
            return json.writeValueAsString(ordered);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the answers of a brief version", e);
        }
    }

    private Map<AnswerField, String> read(String stored) {
        try {
            return json.readValue(stored, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the answers of a brief version", e);
        }
    }

    /** The account manager's final plan and note: the one input of issue 19 the brief takes. */
    static AgencyWord agencyWord(AdjustedPlan plan) {
        return new AgencyWord(plan.recommendations(), plan.added(), plan.agencyNote());
    }

    private static BriefDocument.NextMeeting nextMeeting(DiscoverySession session) {
        List<AnswerField> marked = Arrays.stream(AnswerField.values()).filter(session.askNextTime()::contains).toList();
        return new BriefDocument.NextMeeting(marked, session.notes());
    }

    @Timed("brief.renders")
    public void write(BriefDocument brief, OutputStream out) {
        renderer.render(brief, out);
    }

    /** The PDF with only the chosen sections. */
    @Timed("brief.renders")
    public void write(BriefDocument brief, BriefSections sections, OutputStream out) {
        renderer.render(BriefComposer.compose(brief, sections), out);
    }

    /** The Word file with only the chosen sections, from the same model as the PDF. */
    @Timed("brief.renders.docx")
    public void writeDocx(BriefDocument brief, BriefSections sections, OutputStream out) {
        docx.render(BriefComposer.compose(brief, sections), out);
    }

    /** The model the PDF, the Word file and the web view are rendered from. */
    public BriefModel model(BriefDocument brief, BriefSections sections) {
        return BriefComposer.compose(brief, sections);
    }
}
