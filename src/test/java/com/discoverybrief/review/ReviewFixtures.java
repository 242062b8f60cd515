package com.discoverybrief.review;

import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.SessionHeader;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.BudgetRange;
import com.discoverybrief.strategy.BusinessModel;
import com.discoverybrief.strategy.CompanySize;
import com.discoverybrief.strategy.Geography;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Sessions stored straight through the review repository, with a chosen last change, so tests can
 * say "changed on that day". Names are unique per call so tests never see each other's data.
 */
final class ReviewFixtures {

    static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");

    private final ReviewSessions sessions;

    ReviewFixtures(ReviewSessions sessions) {
        this.sessions = sessions;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    Builder session(String owner) {
        return new Builder(owner);
    }

    final class Builder {

        private final String owner;
        private String client = unique("Client");
        private String industry;
        private BusinessModel model;
        private Instant at = NOON;
        private AnswerField field;
        private String answer;
        private boolean completed;

        private Builder(String owner) {
            this.owner = owner;
        }

        Builder client(String value) {
            client = value;
            return this;
        }

        Builder industry(String value) {
            industry = value;
            return this;
        }

        Builder model(BusinessModel value) {
            model = value;
            return this;
        }

        Builder changedAt(Instant value) {
            at = value;
            return this;
        }

        Builder answer(AnswerField answeredField, String value) {
            field = answeredField;
            answer = value;
            return this;
        }

        Builder completed() {
            completed = true;
            return this;
        }

        DiscoverySession save() {
            SessionHeader header = new SessionHeader(client, null, industry, model, Geography.CITY,
                    CompanySize.SMALL, BudgetRange.FROM_50K_TO_150K, LocalDate.ofInstant(at, java.time.ZoneOffset.UTC), "ru");
            DiscoverySession session = new DiscoverySession(owner, header, at);
            if (field != null) {
                session.answer(field, answer, at);
            }
            if (completed) {
                session.complete(owner, "{}", "test", at);
            }
            return sessions.save(session);
        }
    }
}
