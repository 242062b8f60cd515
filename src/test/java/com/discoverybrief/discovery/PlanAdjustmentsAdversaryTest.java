package com.discoverybrief.discovery;

import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static com.discoverybrief.discovery.DiscoveryFixtures.accountManager;
import static com.discoverybrief.discovery.DiscoveryFixtures.salesperson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.strategy.Adjustment;
import com.discoverybrief.strategy.Channel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 19, adversary adv19: the account manager's adjustments and note (branch w19a, merged into
 * w19b), probed as a picky colleague. Each test failed on the merged code it was written against; see
 * docs/reviews/adv19-findings.md.
 */
@SpringBootTest
class PlanAdjustmentsAdversaryTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    DiscoveryService discovery;

    @Autowired
    PlanAdjustments plans;

    @Autowired
    BriefExports briefs;

    @Autowired
    SessionTransfer transfer;

    private final Actor anna = salesperson();
    private final Actor manager = accountManager();

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    /**
     * Finding 9: a "required reason" of nothing but invisible characters — no-break spaces, a zero-width
     * space, a direction override, what a tablet keyboard or a paste can produce — is taken as a reason;
     * the plan then says "adjusted by Anna: " and nothing, and the history keeps no why.
     */
    @Test
    void aReasonOfInvisibleCharactersIsNoReason() {
        long id = discovery.start(signedIn(anna), "Кофейня", RUSSIAN).getId();
        AdjustedPlan plan = plans.plan(signedIn(manager), id);
        Channel first = plan.recommendations().get(0).channel();

        for (String invisible : List.of("\u00A0\u00A0", "\u200B", "\u202E\u202C", "\u2060\uFEFF")) {
            assertThatThrownBy(() -> plans.adjust(signedIn(manager), id, plan.revision(), Adjustment.hide(first),
                    invisible)).as("reason %s", invisible.codePoints().mapToObj(Integer::toHexString).toList())
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldKey()).isEqualTo("adjustment.reason"));
        }
        assertThat(plans.plan(signedIn(manager), id).adjustments()).isEmpty();
    }

    /**
     * Finding 10: the JSON export (issue 17: a session's full record, for moving and restoring) leaves out
     * the agency note and every adjustment with its reason; export, import elsewhere, and the account
     * manager's last word is gone without a problem being listed.
     */
    @Test
    void theJsonExportCarriesTheAgencyNoteAndTheAdjustments() {
        long id = discovery.start(signedIn(anna), "Кофейня", RUSSIAN).getId();
        AdjustedPlan plan = plans.plan(signedIn(manager), id);
        Channel first = plan.recommendations().get(0).channel();
        plans.adjust(signedIn(manager), id, plan.revision(), Adjustment.hide(first), "Клиент уже сделал это сам");
        plans.saveAgencyNote(signedIn(manager), id, null, "Рады работать с вами.");

        String json = new String(transfer.export(signedIn(manager), List.of(id), false), StandardCharsets.UTF_8);

        assertThat(json).contains("Рады работать с вами.", "Клиент уже сделал это сам");
    }

    /**
     * Finding 11: "what changed since the last brief" (printed for the client) compares the engine's
     * outputs, not the plans the client was sent. The account manager hides the first step after the
     * first brief: the second brief's plan lacks it, and its "what changed" says nothing changed.
     */
    @Test
    void whatChangedSinceTheLastBriefFollowsThePlanTheClientWasSent() {
        long id = discovery.start(signedIn(anna), "Кофейня «Зерно»", RUSSIAN).getId();
        briefs.prepare(signedIn(manager), id);
        AdjustedPlan plan = plans.plan(signedIn(manager), id);
        Channel first = plan.recommendations().get(0).channel();
        plans.adjust(signedIn(manager), id, plan.revision(), Adjustment.hide(first), "Клиент уже сделал это сам");

        var changes = briefs.changesSinceLastBrief(signedIn(manager), id).orElseThrow();

        assertThat(changes.changes()).as("changes since the first brief")
                .anySatisfy(change -> {
                    assertThat(change.channel()).isEqualTo(first);
                    assertThat(change.kind()).isEqualTo(com.discoverybrief.brief.BriefChanges.Kind.REMOVED);
                });
    }
}
