package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.People;
import com.discoverybrief.brief.BriefDocument;
import com.discoverybrief.brief.BriefModel;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only links to a session's brief on the web, for a client without an account. A link's token is
 * 256 random bits, shown once to the account manager who creates it and kept only as its SHA-256; it
 * expires ({@code brief.share.days}, 30 by default) and may be revoked at any time. Opening it counts,
 * so the session screen shows when and how often the client looked. What the link shows is the brief
 * as the account manager would export it now, with the sections chosen for the session.
 */
@Service
public class BriefShares {

    private static final org.slf4j.Logger AUDIT = org.slf4j.LoggerFactory.getLogger("audit");

    /** 32 random bytes, in URL-safe Base64 without padding: 43 characters. */
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final BriefShareLinkRepository links;
    private final DiscoverySessionRepository sessions;
    private final DiscoveryService discovery;
    private final BriefExports exports;
    private final People people;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    BriefShares(BriefShareLinkRepository links, DiscoverySessionRepository sessions, DiscoveryService discovery,
            BriefExports exports, People people, Clock clock, @Value("${brief.share.days:30}") int days) {
        this.links = links;
        this.sessions = sessions;
        this.discovery = discovery;
        this.exports = exports;
        this.people = people;
        this.clock = clock;
        this.lifetime = Duration.ofDays(days);
    }

    /** A new link and its token (shown once; only its hash is kept). Account managers share briefs. */
    @Transactional
    @RolesAllowed("ACCOUNT_MANAGER")
    public Created create(Actor actor, long sessionId) {
        discovery.shareable(actor, sessionId);
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        BriefShareLink link = links.save(new BriefShareLink(sessionId, hash(token), now, actor.username(),
                now.plus(lifetime)));
        // never the token: only who, which session and until when
        AUDIT.info("'{}' shared the brief of session {} until {}", actor.username(), sessionId, link.view(
                actor.displayName(), now).expiresAt());
        return new Created(token, link.view(actor.displayName(), now));
    }

    /**
     * A link just made.
     *
     * @param token the secret part of its address, {@code /shared/<token>}
     * @param share the link as the session screen lists it
     */
    public record Created(String token, BriefShare share) {
    }

    /** The session's links, the newest first, for whoever may see the session. */
    @Transactional(readOnly = true)
    public List<BriefShare> list(Actor actor, long sessionId) {
        discovery.open(actor, sessionId);
        List<BriefShareLink> kept = links.findBySessionIdOrderByCreatedAtDesc(sessionId);
        Map<String, String> names = people.displayNames(kept.stream().map(BriefShareLink::createdBy).toList());
        Instant now = clock.instant();
        return kept.stream().map(link -> link.view(names.getOrDefault(link.createdBy(), link.createdBy()), now))
                .toList();
    }

    /** Revokes one of the session's links; revoking a revoked link changes nothing. */
    @Transactional
    @RolesAllowed("ACCOUNT_MANAGER")
    public void revoke(Actor actor, long sessionId, long linkId) {
        discovery.shareable(actor, sessionId);
        links.findById(linkId).filter(link -> link.sessionId() == sessionId)
                .orElseThrow(() -> new SessionNotFoundException(sessionId))
                .revoke(actor.username(), clock.instant());
        AUDIT.info("'{}' revoked a share link of session {}", actor.username(), sessionId);
    }


    /**
     * The brief behind a token, counted as one opening; empty for a token that is unknown, revoked or
     * expired, or whose session is gone — all alike, so nothing can be learned by probing.
     */
    @Transactional
    public Optional<BriefModel> open(String token) {
        return brief(token, true);
    }

    /**
     * As {@link #open(String)} without counting: a HEAD request (a link previewer or a mail scanner
     * checking the address) is answered as GET but is not the client looking.
     */
    @Transactional(readOnly = true)
    public Optional<BriefModel> look(String token) {
        return brief(token, false);
    }

    /** As {@link #open(String)}, for the PDF download from the web view; not counted again. */
    @Transactional(readOnly = true)
    public Optional<Shared> pdf(String token) {
        Optional<BriefShareLink> link = valid(token);
        return link.flatMap(found -> sessions.findById(found.sessionId())).map(session -> {
            BriefDocument brief = exports.document(session);
            return new Shared(brief, exports.model(brief, exports.sections(session.getId())));
        });
    }

    /** A shared brief: the document (for its file name) and the model to render. */
    public record Shared(BriefDocument brief, BriefModel model) {
    }

    private Optional<BriefModel> brief(String token, boolean count) {
        Optional<BriefShareLink> link = valid(token);
        if (link.isEmpty()) {
            return Optional.empty();
        }
        Optional<DiscoverySession> session = sessions.findById(link.get().sessionId());
        if (session.isEmpty()) {
            return Optional.empty();
        }
        if (count) {
            links.countOpening(link.get().id(), clock.instant());
        }
        BriefDocument brief = exports.document(session.get());
        return Optional.of(exports.model(brief, exports.sections(session.get().getId())));
    }

    private Optional<BriefShareLink> valid(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return links.findByTokenHash(hash(token)).filter(link -> link.opens(now));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
