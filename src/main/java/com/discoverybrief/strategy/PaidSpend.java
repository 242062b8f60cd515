package com.discoverybrief.strategy;

/**
 * What the client's channels cost a month today by their own figures (finding 85). Leads a month × the cost of a
 * lead is that spend only where every lead is bought: where part of them come free (SEO, e-mail, referrals) the
 * product counts free leads as paid and can exceed the whole budget the client named. The plan never keeps more
 * than the named budget as today's money; where the product is above it, the figures contradict the budget and
 * the brief asks which leads are paid and what each channel costs — the plan does not silently "cut" the channels.
 */
final class PaidSpend {

    private PaidSpend() {
    }

    /** Leads a month × the cost of a lead, as the client gave them; 0 when either is missing. */
    static double listed(Answers answers) {
        if (answers.leadsPerMonth() == null || answers.costPerLead() == null) {
            return 0;
        }
        return answers.leadsPerMonth().doubleValue() * answers.costPerLead().doubleValue();
    }

    /** Whether leads × the cost of a lead is above the monthly budget the client named (a figure, not a band). */
    static boolean aboveBudget(Answers answers) {
        return answers.monthlyBudget() != null && listed(answers) > answers.monthlyBudget().doubleValue();
    }

    /**
     * Whether the leads a month include those of free channels run beside paid ones ({@link FreeLeads}): leads × the
     * cost of a lead is then the most the paid channels cost, not their spend, even within the budget (finding 96).
     */
    static boolean freeCounted(Answers answers) {
        return listed(answers) > 0 && FreeLeads.acquisition(answers);
    }

    /**
     * What the channels cost today, at most the budget the client named: the money the plan may keep on them. Where
     * free leads are counted ({@link #freeCounted}) it is the most the paid channels cost, no channel's own spend.
     */
    static double monthly(Answers answers) {
        double listed = listed(answers);
        return aboveBudget(answers) ? answers.monthlyBudget().doubleValue() : listed;
    }
}
