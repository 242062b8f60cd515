package com.discoverybrief.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.accounts.internal.AccountService;
import com.discoverybrief.accounts.internal.AuditTrail;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.SessionReviews;
import com.discoverybrief.strategy.AnswerField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/** A small agency's data, made through the services: what a backup or a move must carry. */
final class SampleData {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private SampleData() {
    }

    /** Users of every role, two sessions with answers, one completed and returned with a comment. */
    static Actor fill(AppNode node) {
        Actor admin = AccountFixtures.user(node.context(), Role.ADMIN);
        Actor sales = AccountFixtures.user(node.context(), Role.SALES);
        DiscoveryService discovery = node.bean(DiscoveryService.class);
        try {
            // Through the administration, so the audit trail has a line too.
            node.signIn(admin);
            String leadName = "lead-" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 100_000;
            node.bean(AccountService.class).create(admin, leadName, "Ольга Смирнова", Set.of(Role.LEAD));
            Actor lead = node.bean(AccountService.class).enabledActor(leadName).orElseThrow();
            node.signIn(sales);
            DiscoverySession completed = discovery.start(sales, "Стоматология «Улыбка» 🦷", RUSSIAN);
            Map<AnswerField, String> answers = new HashMap<>(Map.of(
                    AnswerField.SEGMENTS, "Семьи с детьми; взрослые 30–55 лет",
                    AnswerField.PAINS, "Боятся боли и скрытых доплат",
                    AnswerField.PRODUCT, "Лечение и имплантация с фиксированной ценой",
                    AnswerField.USP, "Лечение во сне, гарантия 5 лет <b>на импланты</b>"));
            long version = completed.getVersion();
            for (Map.Entry<AnswerField, String> answer : answers.entrySet()) {
                version = discovery.saveAnswer(sales, completed.getId(), version, answer.getKey(), null,
                        answer.getValue()).version();
            }
            discovery.complete(sales, completed.getId());
            DiscoverySession draft = discovery.start(sales, "Кофейня «Зерно»", Locale.ENGLISH);
            discovery.saveAnswer(sales, draft.getId(), draft.getVersion(), AnswerField.GROWTH_GOAL, null, "Second café in 2027");
            node.signIn(lead);
            node.bean(SessionReviews.class).returnToOwner(lead, completed.getId(),
                    node.bean(SessionReviews.class).open(lead, completed.getId()).updatedAt(),
                    "Уточните бюджет и кто ведёт группу ВКонтакте");
        } finally {
            node.signOut();
        }
        node.bean(AuditTrail.class).flush();
        DatabaseContents filled = DatabaseContents.of(node.bean(DataSource.class));
        assertThat(filled.rows("app_user")).isGreaterThanOrEqualTo(3);
        assertThat(filled.rows("discovery_session")).isGreaterThanOrEqualTo(2);
        assertThat(filled.tables().get("discovery_session")).as("the answers' documents (V19_10)")
                .anySatisfy(row -> assertThat(row).contains("\"PAINS\":\"Боятся боли и скрытых доплат\"",
                        "\"USP\":\"Лечение во сне, гарантия 5 лет <b>на импланты</b>\"", "\"SEGMENTS\":"))
                .anySatisfy(row -> assertThat(row).contains("\"GROWTH_GOAL\":\"Second café in 2027\""));
        assertThat(filled.rows("session_comment")).isGreaterThanOrEqualTo(1);
        assertThat(filled.tables().get("session_assessment")).anySatisfy(row ->
                assertThat(row).containsPattern("snapshot=\\{"));
        assertThat(filled.rows("audit_event")).isGreaterThanOrEqualTo(1);
        return admin;
    }

}
