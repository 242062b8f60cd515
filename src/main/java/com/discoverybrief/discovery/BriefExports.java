package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.brief.AgencyBranding;
import com.discoverybrief.brief.BriefDocument;
import com.discoverybrief.brief.BriefRenderer;
import com.discoverybrief.strategy.AnswerField;
import io.micrometer.core.annotation.Timed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Exports a session's strategy brief. Whoever may see the session may export it; anyone else gets
 * {@link SessionNotFoundException}, exactly as for opening it. The PDF shows the kept assessment of a
 * completed session, so it says what was recommended at the time.
 */
@Service
public class BriefExports {

    private final DiscoveryService discovery;
    private final BriefRenderer renderer;
    private final AgencyBranding branding;
    private final Clock clock;
    private final DiscoverySessionRepository sessions;
    private final SessionHistory history;

    BriefExports(DiscoveryService discovery, BriefRenderer renderer, AgencyBranding branding, Clock clock,
            DiscoverySessionRepository sessions, SessionHistory history) {
        this.history = history;
        this.discovery = discovery;
        this.sessions = sessions;
        this.renderer = renderer;
        this.branding = branding;
        this.clock = clock;
    }

    /**
     * Everything the brief shows, read under the actor's access rights. Notes the export time too: the
     * team statistics count the sessions that led to a brief.
     */
    public BriefDocument prepare(Actor actor, long sessionId) {
        DiscoverySession session = discovery.open(actor, sessionId);
        sessions.markBriefExported(sessionId, clock.instant());
        history.recordExport(sessionId, actor.username(), clock.instant());
        SessionHeader header = session.getHeader();
        var answers = session.answers();
        return new BriefDocument(
                BriefDocument.Header.of(header.clientCompany(), header.contactPerson(), header.industry(),
                        header.meetingDate(), session.getOwner(), answers),
                answers, discovery.assessment(actor, sessionId).assessment(), branding, header.language(),
                LocalDate.now(clock), nextMeeting(session));
    }

    private static BriefDocument.NextMeeting nextMeeting(DiscoverySession session) {
        List<AnswerField> marked = Arrays.stream(AnswerField.values()).filter(session.askNextTime()::contains).toList();
        return new BriefDocument.NextMeeting(marked, session.notes());
    }

    @Timed("brief.renders")
    public void write(BriefDocument brief, OutputStream out) {
        renderer.render(brief, out);
    }
}
