package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Question;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a client's personal data on request (152-ФЗ, GDPR) without deleting the session: the
 * contact person, free-text answers, notes, comments, the agency note and the reasons of plan
 * adjustments become {@link #marker}, the history rows of
 * those fields are deleted, and the audit trail records who erased what and when. The structured
 * answers, the status and the team statistics stay. Account managers and administrators.
 */
@Service
public class PersonalDataErasure {

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");

    private final SessionAccess access;
    private final DiscoverySessionRepository sessions;
    private final SessionChangeRepository changes;
    private final BriefVersionRepository versions;
    private final AssessmentSnapshots snapshots;
    private final ObjectMapper json;
    private final Clock clock;
    private final SessionAdjustmentRepository adjustments;
    private final BriefShareLinkRepository shareLinks;

    PersonalDataErasure(SessionAccess access, DiscoverySessionRepository sessions, SessionChangeRepository changes,
            BriefVersionRepository versions, ObjectMapper json, Clock clock, SessionAdjustmentRepository adjustments,
            BriefShareLinkRepository shareLinks) {
        this.adjustments = adjustments;
        this.shareLinks = shareLinks;
        this.access = access;
        this.sessions = sessions;
        this.changes = changes;
        this.versions = versions;
        this.json = json;
        this.snapshots = new AssessmentSnapshots(json);
        this.clock = clock;
    }

    /** A kept brief's answers (field name → stored form) with every free-text answer replaced by the marker. */
    private String scrubAnswers(String stored, String marker) {
        try {
            ObjectNode answers = (ObjectNode) json.readTree(stored);
            for (AnswerField field : AnswerField.values()) {
                if (field.isText() && answers.hasNonNull(field.name())) {
                    answers.put(field.name(), marker);
                }
            }
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("Cannot read the answers of a kept brief", e);
        }
    }

    /** What stands where the erased words were, in the language of the session's brief. */
    public static String marker(String briefLanguage) {
        return "ru".equals(briefLanguage) ? "[данные удалены]" : "[erased]";
    }

    /**
     * The session an eraser is about to erase, for them to confirm it is the right one.
     *
     * @throws SessionNotFoundException when there is no session with this number
     */
    @Transactional(readOnly = true)
    @RolesAllowed({"ACCOUNT_MANAGER", "ADMIN"})
    public ErasureCandidate candidate(Actor actor, long id) {
        DiscoverySession session = access.erasable(actor, id);
        return new ErasureCandidate(id, session.getHeader().clientCompany(), session.getOwner(),
                session.getHeader().meetingDate(), session.getCreatedAt());
    }

    @Transactional
    @RolesAllowed({"ACCOUNT_MANAGER", "ADMIN"})
    public void erase(Actor actor, long id) {
        DiscoverySession session = access.erasable(actor, id);
        String marker = marker(session.getHeader().briefLanguage());
        Map<String, Integer> erased = session.erasePersonalData(marker,
                snapshots.scrub(session.getAssessmentSnapshot(), marker));
        List<String> fields = new ArrayList<>();
        fields.add(FieldKey.header("contactPerson").key());
        for (AnswerField field : AnswerField.values()) {
            if (field.isText()) {
                fields.add(FieldKey.answer(field).key());
            }
        }
        for (Question question : Question.values()) {
            fields.add(FieldKey.note(question).key());
        }
        fields.add(FieldKey.agencyNote().key());
        sessions.saveAndFlush(session);
        int rows = changes.deleteFields(id, fields);
        int reasons = adjustments.erase(id, marker);
        if (reasons > 0) {
            erased.put("adjustment reasons", reasons);
        }
        List<BriefVersion> kept = versions.findBySessionIdOrderByNumberDesc(id);
        for (BriefVersion version : kept) {
            versions.erase(version.id(), scrubAnswers(version.answers(), marker),
                    snapshots.scrub(version.assessment(), marker));
        }
        // issue 19: no public door to the client's brief stays open after their data is erased
        java.time.Instant now = clock.instant();
        String by = access.now(actor).username();
        int revoked = 0;
        for (BriefShareLink link : shareLinks.findBySessionIdOrderByCreatedAtDesc(id)) {
            if (link.opens(now)) {
                link.revoke(by, now);
                revoked++;
            }
        }
        if (revoked > 0) {
            erased.put("share links revoked", revoked);
        }
        String what = erased.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", ")) + ", " + rows + " history rows, " + kept.size() + " kept briefs";
        AUDIT.info("'{}' erased the personal data of session {} at {}: {}", access.now(actor).username(), id,
                clock.instant(), what);
    }
}
