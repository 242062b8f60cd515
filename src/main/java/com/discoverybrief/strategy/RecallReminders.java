package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.CUSTOMER_BASE;
import static com.discoverybrief.strategy.AnswerField.LOYALTY;
import static com.discoverybrief.strategy.AnswerField.PURCHASE_FREQUENCY;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Clients come back every few weeks or months, their contacts sit in a CRM, and the client says nobody reminds
 * them (finding 77: a dental chain, 40 % of patients return, the base in the clinic's system, «напоминаний о
 * гигиене раз в полгода нет»). A reminder on time — the due check-up, the unfinished plan or order — is the
 * cheapest visit there is: one message costs roubles and the base is already there. So reminders from the CRM
 * are a first step even where no churn problem is named. The facts are structured (how often clients buy, where
 * the base lives, no newsletters run today); the words only say that reminders are missing.
 */
final class RecallReminders {

    /** «напоминаний … нет», «нет напоминаний», «без напоминаний», «не напоминаем», "no reminders". */
    private static final Pattern NO_REMINDERS = Pattern.compile(
            "напоминани\\S*(?:\\s+(?!есть)[^\\s;,.]+){0,6}?\\s+нет(?![а-яё])|(?:нет|без)\\s+(?:\\S+\\s+)?напоминани"
                    + "|не\\s+напомина|никто\\s+не\\s+напомина"
                    + "|no\\s+reminders?|(?:don.?t|do not|never)\\s+remind|nobody\\s+reminds");

    private RecallReminders() {
    }

    /** Regular buyers, a base in a CRM, no newsletters run, and the client's words say nobody reminds them. */
    static boolean missing(Answers answers) {
        if (!Signals.buysAgainAndAgain(answers) || Signals.runs(answers, Channel.EMAIL)
                || answers.customerBase() != CustomerBase.CRM && answers.customerBase() != CustomerBase.CRM_AND_EMAIL) {
            return false;
        }
        String loyalty = answers.loyalty();
        if (loyalty == null || loyalty.isBlank()) {
            return false;
        }
        String lower = answers.lowerCase(AnswerField.LOYALTY);
        return (lower.contains("напомин") || lower.contains("remind")) && NO_REMINDERS.matcher(lower).find();
    }

    /** Reminders from the CRM: the due visit and the unfinished plan, by text message or messenger. */
    static final Rule RECALL = new Rule("recall-reminders", RecallReminders::missing,
            (answers, cite) -> List.of(Proposal.doFirst(Channel.CRM_MARKETING, Kpi.REPEAT_PURCHASE_RATE,
                    Horizon.ONE_TO_THREE_MONTHS, Need.RECALL_MISSING, Cite.concat(cite.answers(answers, LOYALTY),
                            cite.answered(answers, PURCHASE_FREQUENCY, CUSTOMER_BASE)))));

    static final List<Rule> ALL = List.of(RECALL);
}
