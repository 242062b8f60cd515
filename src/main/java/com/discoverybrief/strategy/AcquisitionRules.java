package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.CHANNELS;
import static com.discoverybrief.strategy.AnswerField.DECISION_MAKERS;
import static com.discoverybrief.strategy.AnswerField.DECISION_PROCESS;
import static com.discoverybrief.strategy.AnswerField.PAINS;
import static com.discoverybrief.strategy.AnswerField.SALES_CYCLE;
import static com.discoverybrief.strategy.AnswerField.SEGMENTS;
import static com.discoverybrief.strategy.AnswerField.USP_CLARITY;
import static com.discoverybrief.strategy.Channel.COLD_OUTREACH;
import static com.discoverybrief.strategy.Channel.CONTEXTUAL_ADS;
import static com.discoverybrief.strategy.Channel.LEAD_NURTURING;
import static com.discoverybrief.strategy.Channel.PARTNER_MARKETING;
import static com.discoverybrief.strategy.Channel.REFERRAL_PROGRAMME;
import static com.discoverybrief.strategy.Channel.SEO_CONTENT;
import static com.discoverybrief.strategy.Channel.SMM;
import static com.discoverybrief.strategy.Channel.TARGETED_ADS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Acquisition, the seed's second process: how people learn about the client and get interested.
 * Everything new here is a test with a KPI; what already brings profit is kept and measured, and
 * scaled once it is measured.
 */
final class AcquisitionRules {

    /**
     * What already brings profit is kept, never demoted below a new test: scaled step by step where
     * it is measured, nothing leaks and the client's own numbers agree that it pays; otherwise kept and
     * measured — and when the numbers disagree, they are cited beside it and it is verified first.
     */
    /** The reason given beside a channel said to pay when the client's own numbers say otherwise. */
    static final String NUMBERS_DISAGREE = "numbers-disagree";
    /** The reason of a paying channel kept at today's level because no more clients can be served (finding 64). */
    static final Cite KEEP_AT_CAPACITY = new Cite("keep-at-capacity");
    /** The reason of a request for a channel the client already runs: a request to scale it ({@link ScaleRequests}). */
    static final String ASKS_TO_SCALE = "client-asks-to-scale";

    static final Rule KEEP_PROFITABLE_CHANNEL = new Rule("keep-profitable-channel",
            answers -> !Signals.profitableChannels(answers).isEmpty(),
            (answers, cite) -> {
                Map<Channel, List<Reason>> byChannel = new LinkedHashMap<>();
                for (ChannelUse use : Signals.profitableChannels(answers)) {
                    Channel channel = Signals.toCatalogue(use.channel());
                    // at the limit the paying channel is kept at today's level: "scale step by step" would be wrong;
                    // so is it for the one platform the client wants to depend on less: held, not scaled (finding 125)
                    byChannel.computeIfAbsent(channel, c -> new ArrayList<>())
                            .add((KeepTodaysLevel.holds(answers, channel) ? KEEP_AT_CAPACITY
                                    : OwnSources.capped(answers, channel) ? OwnSources.CAPPED : cite).use(use));
                }
                Stage stage = mayScale(answers) ? Stage.SCALE : Stage.KEEP;
                if (Signals.numbersDisputeProfit(answers)) {
                    Cite disagree = new Cite(NUMBERS_DISAGREE);
                    byChannel.values().forEach(reasons -> reasons.addAll(disagree.answered(answers,
                            AnswerField.COST_PER_LEAD, AnswerField.LEAD_CONVERSION, AnswerField.AVERAGE_CHECK,
                            AnswerField.GROSS_MARGIN)));
                }
                return byChannel.entrySet().stream()
                        .map(e -> {
                            Stage own = OwnSources.capped(answers, e.getKey()) ? Stage.KEEP : stage;
                            return Proposal.keep(e.getKey(), own, scaledKpi(e.getKey(), own, answers),
                                    Horizon.ONE_TO_THREE_MONTHS, e.getValue());
                        })
                        .toList();
            });

    /** A long decision by consumers: cases, a consultation, answers to their fears, a reminder after it. */
    static final Cite LONG_DECISION_PEOPLE = new Cite("long-decision-people");

    /** A long decision by businesses with no named segments to approach: the enquiries are warmed up, no outreach. */
    static final Cite LONG_DECISION_BUSINESSES = new Cite("long-decision-businesses");

    /**
     * A committee or a cycle of months: buyers research long, so leads are warmed up for months and
     * expert content is found while they research; business buyers with named segments are also
     * approached directly.
     */
    static final Rule LONG_DECISION_CYCLE = new Rule("long-decision-cycle", Signals::longDecision,
            (answers, given) -> {
                // "named business clients are approached directly" only where the plan does so (finding 54): a
                // patient deciding for months with her family is warmed up with cases and a consultation
                boolean outreach = Signals.sellsToBusinessesOnly(answers) && answers.isAnswered(SEGMENTS);
                Cite cite = outreach ? given : Signals.sellsToBusinessesOnly(answers) ? LONG_DECISION_BUSINESSES
                        : LONG_DECISION_PEOPLE;
                List<Reason> reasons = new ArrayList<>();
                if (answers.decisionProcess() == DecisionProcess.COMMITTEE) {
                    reasons.add(cite.of(DECISION_PROCESS, DecisionProcess.COMMITTEE));
                }
                if (answers.salesCycle() == SalesCycle.MONTHS || answers.salesCycle() == SalesCycle.OVER_SIX_MONTHS) {
                    reasons.add(cite.of(SALES_CYCLE, answers.salesCycle()));
                }
                List<Proposal> proposals = new ArrayList<>(List.of(
                        Proposal.test(LEAD_NURTURING, Kpi.OPPORTUNITIES_FROM_NURTURING, Horizon.THREE_TO_SIX_MONTHS,
                                Need.LONG_DECISION, reasons),
                        Proposal.test(SEO_CONTENT, Kpi.ORGANIC_TRAFFIC_AND_LEADS, Horizon.SIX_TO_TWELVE_MONTHS,
                                Need.GROWTH, reasons)));
                if (outreach) {
                    proposals.add(Proposal.test(COLD_OUTREACH, Kpi.MEETINGS_FROM_OUTREACH, Horizon.THREE_TO_SIX_MONTHS,
                            Need.GROWTH, Cite.concat(reasons, cite.answered(answers, SEGMENTS, DECISION_MAKERS))));
                }
                return proposals;
            });

    /** Impulse purchases by consumers: social media warms them up, targeted ads test offers fast. */
    static final Rule IMPULSE_PURCHASE = new Rule("impulse-purchase",
            answers -> answers.decisionProcess() == DecisionProcess.IMPULSE && !Signals.sellsToBusinessesOnly(answers),
            (answers, cite) -> {
                List<Reason> reasons = List.of(cite.of(DECISION_PROCESS, DecisionProcess.IMPULSE));
                return List.of(
                        Proposal.test(SMM, Kpi.ENGAGED_AUDIENCE_AND_LEADS, Horizon.ONE_TO_THREE_MONTHS, Need.GROWTH, reasons),
                        Proposal.test(TARGETED_ADS, Kpi.COST_PER_LEAD, Horizon.TWO_TO_FOUR_WEEKS, Need.GROWTH, reasons));
            });

    /**
     * Considered purchases across a region or the country: people search and compare, so content that
     * answers their pains is found. In one city, search ads with a local focus do that faster.
     */
    static final Rule CONSIDERED_PURCHASE = new Rule("considered-purchase",
            answers -> answers.decisionProcess() == DecisionProcess.CONSIDERED
                    && answers.geography() != Geography.CITY && !Signals.localConsumers(answers),
            (answers, cite) -> List.of(Proposal.test(SEO_CONTENT, Kpi.ORGANIC_TRAFFIC_AND_LEADS,
                    Horizon.THREE_TO_SIX_MONTHS, Need.GROWTH,
                    Cite.concat(List.of(cite.of(DECISION_PROCESS, DecisionProcess.CONSIDERED)),
                            cite.answered(answers, PAINS)))));

    /**
     * Consumers in one city: people search for the service nearby, so contextual ads with a local focus.
     * The city and the business model are facts of the session's header, printed in the client's line
     * and in the rule's sentence, never as an answer: the reasons are the answers the ads rely on — that
     * customers search for the client, when they said so, and who the ads reach (the segments, quoted).
     */
    static final Rule LOCAL_MARKET = new Rule("local-market",
            answers -> answers.geography() == Geography.CITY && !Signals.sellsToBusinessesOnly(answers)
                    && !Signals.walkIn(answers) && !Signals.notOpenYet(answers),
            (answers, cite) -> {
                List<Reason> reasons = new ArrayList<>();
                if (answers.customerArrival() == CustomerArrival.THEY_SEARCH) {
                    reasons.add(cite.of(AnswerField.CUSTOMER_ARRIVAL, CustomerArrival.THEY_SEARCH));
                }
                reasons.add(cite.answer(answers, SEGMENTS));
                return List.of(Proposal.test(CONTEXTUAL_ADS, Kpi.COST_PER_LEAD, Horizon.TWO_TO_FOUR_WEEKS,
                        Need.GROWTH, reasons));
            });

    /** Referrals or partners already pay off: turn recommendations into a programme, partners into a system. */
    static final Rule REFERRALS_WORK = new Rule("referrals-work",
            answers -> !referralUses(answers).isEmpty(),
            (answers, cite) -> {
                List<Proposal> proposals = new ArrayList<>();
                for (ChannelUse use : referralUses(answers)) {
                    Channel channel = use.channel() == CurrentChannel.REFERRALS ? REFERRAL_PROGRAMME : PARTNER_MARKETING;
                    Kpi kpi = channel == REFERRAL_PROGRAMME ? Kpi.REFERRAL_SHARE : Kpi.PARTNER_LEADS;
                    proposals.add(Proposal.test(channel, kpi, Horizon.THREE_TO_SIX_MONTHS, Need.GROWTH,
                            List.of(cite.use(use))));
                }
                return proposals;
            });

    /**
     * No channel yet, but the client and the offer are clear: start with demand that already exists —
     * direct approaches to named business buyers; search ads for consumers who search and compare,
     * with content too where they search beyond one city. Impulse buyers are left to the social feed
     * ({@link #IMPULSE_PURCHASE}).
     */
    static final Rule NO_CHANNELS_YET = new Rule("no-channels-yet",
            answers -> !answers.isAnswered(CHANNELS) && !Signals.uspUnclear(answers)
                    && !Signals.audienceUndefined(answers) && answers.decisionProcess() != DecisionProcess.IMPULSE
                    && !Signals.walkIn(answers) && !Signals.notOpenYet(answers),
            (answers, cite) -> {
                List<Reason> reasons = List.of(Reason.missing(cite.rule(), CHANNELS), cite.of(USP_CLARITY, UspClarity.CLEAR));
                if (Signals.sellsToBusinessesOnly(answers)) {
                    return List.of(Proposal.test(COLD_OUTREACH, Kpi.MEETINGS_FROM_OUTREACH, Horizon.ONE_TO_THREE_MONTHS,
                            Need.GROWTH, reasons));
                }
                List<Proposal> proposals = new ArrayList<>();
                proposals.add(Proposal.test(CONTEXTUAL_ADS, Kpi.COST_PER_LEAD, Horizon.TWO_TO_FOUR_WEEKS, Need.GROWTH,
                        reasons));
                if (answers.geography() != Geography.CITY) {
                    proposals.add(Proposal.test(SEO_CONTENT, Kpi.ORGANIC_TRAFFIC_AND_LEADS, Horizon.THREE_TO_SIX_MONTHS,
                            Need.GROWTH, reasons));
                }
                return proposals;
            });

    /**
     * The client asked for a channel: it is tested like any other — weighed by why they asked — unless
     * it does not fit, in which case {@link Exclusions} says so in the verdict.
     */
    static final Rule CLIENT_ASKS = new Rule("client-asks",
            answers -> !answers.requestedChannels().isEmpty(),
            (answers, cite) -> answers.requestedChannels().stream()
                    .map(request -> {
                        Need need = request.motive() == RequestMotive.DATA ? Need.CLIENT_DATA : Need.CLIENT_IDEA;
                        // a site asked for with a reason is built first; one asked for on a hunch is an idea like any other
                        boolean reasoned = request.motive() == RequestMotive.DATA || request.motive() == RequestMotive.TRIED_BEFORE;
                        Stage stage = request.channel() == Channel.WEBSITE && reasoned ? Stage.DO_FIRST : Stage.TEST;
                        // a channel the client runs and asks for again is a request to scale it: said so (finding 68)
                        Reason asked = Signals.runs(answers, request.channel()) && request.channel() != Channel.WEBSITE
                                ? new Cite(ASKS_TO_SCALE).request(request) : cite.request(request);
                        return new Proposal(request.channel(), stage, kpiOf(request.channel(), answers),
                                Horizons.of(request.channel()), need, List.of(asked));
                    })
                    .toList());

    static final List<Rule> ALL = List.of(KEEP_PROFITABLE_CHANNEL, LONG_DECISION_CYCLE, IMPULSE_PURCHASE,
            CONSIDERED_PURCHASE, LOCAL_MARKET, REFERRALS_WORK, NO_CHANNELS_YET, CLIENT_ASKS);

    private AcquisitionRules() {
    }

    /**
     * Scaling needs numbers and a bucket that holds: tracking in place, no leak (of clients or of enquiries before
     * the sale), room for more clients.
     */
    private static boolean mayScale(Answers answers) {
        // while the coming season is being sold, what the client says pays is scaled as its source is tracked: by the
        // time the tracking is complete the season is sold (finding 105)
        boolean measured = answers.analytics() == AnalyticsLevel.YES
                || answers.analytics() == AnalyticsLevel.PARTLY && BookingWindow.open(answers);
        return measured && !Signals.churnProblem(answers)
                && !Signals.justOpened(answers) && !Signals.notOpenYet(answers)
                && !Signals.atCapacity(answers) && !Signals.clientCostsMoreThanItBrings(answers)
                && !Signals.thinMargin(answers) && !Signals.leadsLost(answers)
                // no more traffic while enquiries are lost before the sale (finding 76)
                && !LostCalls.beforeTheSale(answers);
    }

    private static List<ChannelUse> referralUses(Answers answers) {
        return Signals.uses(answers, Set.of(ChannelOutcome.PROFIT, ChannelOutcome.BREAK_EVEN)).stream()
                .filter(use -> use.channel() == CurrentChannel.REFERRALS || use.channel() == CurrentChannel.PARTNERS)
                .toList();
    }

    /**
     * The number that shows whether a channel works for this client: e-mail to the people who enquired about a
     * one-off purchase is nurturing — it works when more of them buy, not when buyers come back (finding 68).
     */
    static Kpi kpiOf(Channel channel, Answers answers) {
        if (channel == Channel.EMAIL && Signals.buysOnce(answers) && !Signals.repeatContradictsOneOff(answers)) {
            return Kpi.CONVERSION_RATE;
        }
        return kpiOf(channel);
    }

    /**
     * The number a channel that pays is judged on: where it is scaled and its own number is the enquiries and their cost
     * (social media), the money added is judged as on every scaled line — by what a customer from it costs against what
     * a customer is worth — once the client's check and margin give that worth (08: not «стоп, если заявок нет»).
     */
    static Kpi scaledKpi(Channel channel, Stage stage, Answers answers) {
        Kpi own = kpiOf(channel, answers);
        return stage == Stage.SCALE && own == Kpi.ENGAGED_AUDIENCE_AND_LEADS && TestPlans.clientValue(answers) != null
                ? Kpi.COST_PER_ACQUISITION : own;
    }

    /** The number that shows whether a channel works. */
    static Kpi kpiOf(Channel channel) {
        return switch (channel) {
            case TARGETED_ADS, CONTEXTUAL_ADS, MARKETPLACES, OFFLINE_ADS, EVENTS, OPTIMISATION, UNIT_ECONOMICS ->
                    Kpi.COST_PER_ACQUISITION;
            case SEO_CONTENT -> Kpi.ORGANIC_TRAFFIC_AND_LEADS;
            case SMM -> Kpi.ENGAGED_AUDIENCE_AND_LEADS;
            case PARTNER_MARKETING -> Kpi.PARTNER_LEADS;
            case COLD_OUTREACH -> Kpi.MEETINGS_FROM_OUTREACH;
            case LEAD_NURTURING -> Kpi.OPPORTUNITIES_FROM_NURTURING;
            case POSITIONING, MARKET_ANALYSIS -> Kpi.CONVERSION_RATE;
            case EMAIL, CRM_MARKETING, LOYALTY_BRANDING -> Kpi.REPEAT_PURCHASE_RATE;
            case REFERRAL_PROGRAMME -> Kpi.REFERRAL_SHARE;
            case REVIEWS_REPUTATION -> Kpi.RATING_AND_REVIEWS;
            case MAP_LISTINGS -> Kpi.MAP_ACTIONS;
            case WEBSITE -> Kpi.SITE_CONVERSION;
            case ONBOARDING_CHURN -> Kpi.RETENTION_RATE;
            case ANALYTICS_SETUP -> Kpi.LEADS_WITH_KNOWN_SOURCE;
            case AUDIENCE_RESEARCH -> Kpi.SALES_FROM_TARGET_SEGMENTS;
            case PRICING -> Kpi.MARGIN_PER_SALE;
        };
    }
}
