package com.discoverybrief.discovery;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.BudgetRange;
import com.discoverybrief.strategy.BusinessModel;
import com.discoverybrief.strategy.CompanySize;
import com.discoverybrief.strategy.Geography;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * Sessions stored straight through discovery's repository, with a chosen last change, so tests of the
 * lists, the statistics and the retention can say "changed on that day". Only a test may do this: the
 * application itself goes through the services. Names are unique per call so tests never see each
 * other's data.
 */
public final class SessionFixtures {

    public static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");

    private final DiscoverySessionRepository sessions;

    public SessionFixtures(ApplicationContext context) {
        this.sessions = context.getBean(DiscoverySessionRepository.class);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Builder session(String owner) {
        return new Builder(owner);
    }

    /** The session as stored now, if it still exists. */
    public Optional<DiscoverySession> find(long id) {
        return sessions.findById(id);
    }

    public final class Builder {

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

        public Builder client(String value) {
            client = value;
            return this;
        }

        public Builder industry(String value) {
            industry = value;
            return this;
        }

        public Builder model(BusinessModel value) {
            model = value;
            return this;
        }

        public Builder changedAt(Instant value) {
            at = value;
            return this;
        }

        public Builder answer(AnswerField answeredField, String value) {
            field = answeredField;
            answer = value;
            return this;
        }

        public Builder completed() {
            completed = true;
            return this;
        }

        public DiscoverySession save() {
            SessionHeader header = new SessionHeader(client, null, industry, model, Geography.CITY,
                    CompanySize.SMALL, BudgetRange.FROM_50K_TO_150K, LocalDate.ofInstant(at, ZoneOffset.UTC), "ru");
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
