package com.discoverybrief.strategy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every answer a session can hold, with the question that asks it, the level of strategy it informs
 * and what it holds. This is the one place where an answer is tagged with its level: a new field is a
 * new constant here (and its texts in the translation bundles); storage, the questionnaire, the step
 * bar and the brief follow from its type.
 */
public enum AnswerField {
    // 1. Who is our client?
    SEGMENTS(Question.CLIENT, Level.MESO, String.class),
    AUDIENCE_CLARITY(Question.CLIENT, Level.MESO, AudienceClarity.class),
    PAINS(Question.CLIENT, Level.MESO, String.class),
    DECISION_PROCESS(Question.CLIENT, Level.MESO, DecisionProcess.class),
    SALES_CYCLE(Question.CLIENT, Level.MACRO, SalesCycle.class),
    DECISION_MAKERS(Question.CLIENT, Level.MESO, String.class),
    // 2. What do we sell?
    BUSINESS_STAGE(Question.OFFER, Level.MACRO, BusinessStage.class),
    PRODUCT(Question.OFFER, Level.MACRO, String.class),
    USP(Question.OFFER, Level.MESO, String.class),
    USP_CLARITY(Question.OFFER, Level.MESO, UspClarity.class),
    COMPETITORS(Question.OFFER, Level.MACRO, String.class),
    PRICE_POSITIONING(Question.OFFER, Level.MACRO, PricePositioning.class),
    AVERAGE_CHECK(Question.OFFER, Level.MACRO, new Range(Unit.RUBLES, 1, 1_000_000_000, 0)),
    GROSS_MARGIN(Question.OFFER, Level.MACRO, new Range(Unit.PERCENT, 0, 100, 1)),
    REGULATED_CATEGORY(Question.OFFER, Level.MESO, RegulatedCategory.class),
    // 3. How do we attract clients?
    CHANNELS(Question.ATTRACTION, Level.MICRO, ChannelUse.class),
    REQUESTED_CHANNELS(Question.ATTRACTION, Level.MICRO, ChannelRequest.class),
    /** What one unit of the first new channel the client asks for costs a month (a billboard, a stand), when they name it. */
    REQUESTED_PRICE(Question.ATTRACTION, Level.MICRO, new Range(Unit.RUBLES, 0, 1_000_000_000, 0)),
    SOURCE_DEPENDENCE(Question.ATTRACTION, Level.MACRO, SourceDependence.class),
    ANALYTICS(Question.ATTRACTION, Level.MICRO, AnalyticsLevel.class),
    LEADS_PER_MONTH(Question.ATTRACTION, Level.MICRO, new Range(Unit.PER_MONTH, 0, 1_000_000, 0)),
    LEAD_CONVERSION(Question.ATTRACTION, Level.MICRO, new Range(Unit.PERCENT, 0, 100, 1)),
    COST_PER_LEAD(Question.ATTRACTION, Level.MICRO, new Range(Unit.RUBLES, 0, 10_000_000, 0)),
    SITE(Question.ATTRACTION, Level.MICRO, Site.class),
    REVIEWS(Question.ATTRACTION, Level.MICRO, Reviews.class),
    MAPS(Question.ATTRACTION, Level.MICRO, MapListings.class),
    CUSTOMER_ARRIVAL(Question.ATTRACTION, Level.MICRO, CustomerArrival.class),
    ONLINE_PRESENCE(Question.ATTRACTION, Level.MICRO, String.class),
    // 4. How do we retain clients?
    PURCHASE_FREQUENCY(Question.RETENTION, Level.MESO, PurchaseFrequency.class),
    REPEAT_SHARE(Question.RETENTION, Level.MESO, RepeatShare.class),
    REPEAT_PERCENT(Question.RETENTION, Level.MESO, new Range(Unit.PERCENT, 0, 100, 1)),
    CUSTOMER_BASE(Question.RETENTION, Level.MICRO, CustomerBase.class),
    LOYALTY(Question.RETENTION, Level.MESO, String.class),
    CHURN_REASONS(Question.RETENTION, Level.MESO, String.class),
    // 5. How do we scale?
    GROWTH_GOAL(Question.SCALING, Level.MACRO, String.class),
    GROWTH_HORIZON(Question.SCALING, Level.MACRO, GrowthHorizon.class),
    EXPANSION_TARGET(Question.SCALING, Level.MACRO, ExpansionTarget.class),
    NEW_MARKETS(Question.SCALING, Level.MACRO, String.class),
    CAPACITY(Question.SCALING, Level.MACRO, Capacity.class),
    LOCATIONS(Question.SCALING, Level.MACRO, LocationSpread.class),
    SEASONALITY(Question.SCALING, Level.MACRO, Seasonality.class),
    SEASON_START(Question.SCALING, Level.MACRO, SeasonMonth.class),
    SEASON_END(Question.SCALING, Level.MACRO, SeasonMonth.class),
    /** How many months before they use it clients buy or book (finding 78): when a season is sold. */
    BOOKING_LEAD(Question.SCALING, Level.MACRO, BookingLead.class),
    MONTHLY_BUDGET(Question.SCALING, Level.MACRO, new Range(Unit.RUBLES, 0, 10_000_000_000L, 0)),
    CONSTRAINTS(Question.SCALING, Level.MACRO, String.class);

    /**
     * The sane values of a number: its unit, the smallest and largest value a client could mean, and
     * how many decimals make sense (a conversion of 2.5 %, but never 1.5 roubles).
     */
    public record Range(Unit unit, long min, long max, int decimals) {

        public boolean contains(BigDecimal value) {
            return value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0
                    && Math.max(value.stripTrailingZeros().scale(), 0) <= decimals;
        }
    }

    private final Question question;
    private final Level level;
    private final Class<?> type;
    private final Range range;

    AnswerField(Question question, Level level, Class<?> type) {
        this.question = question;
        this.level = level;
        this.type = type;
        this.range = null;
    }

    AnswerField(Question question, Level level, Range range) {
        this.question = question;
        this.level = level;
        this.type = BigDecimal.class;
        this.range = range;
    }

    /**
     * What the answer holds: {@code String} for the client's own words, an enum class for a choice the
     * rules depend on, {@code BigDecimal} for a number (see {@link #range()}), or the element type of a
     * list ({@code ChannelUse} for the channels in use, {@code ChannelRequest} for those asked for).
     */
    public Class<?> type() {
        return type;
    }

    public boolean isText() {
        return type == String.class;
    }

    public boolean isChoice() {
        return type.isEnum();
    }

    public boolean isNumber() {
        return range != null;
    }

    /** A list of channels (in use, or asked for) rather than one value. */
    public boolean isList() {
        return type == ChannelUse.class || type == ChannelRequest.class;
    }

    /** The number's unit and sane range; {@code null} unless {@link #isNumber()}. */
    public Range range() {
        return range;
    }

    public Question question() {
        return question;
    }

    public Level level() {
        return level;
    }

    public static List<AnswerField> of(Question question) {
        return BY_QUESTION.getOrDefault(question, List.of());
    }

    public static List<AnswerField> of(Level level) {
        return BY_LEVEL.getOrDefault(level, List.of());
    }

    // the fields of each question and of each level, listed once: the levels read them on every assessment
    private static final Map<Question, List<AnswerField>> BY_QUESTION = new EnumMap<>(Question.class);
    private static final Map<Level, List<AnswerField>> BY_LEVEL = new EnumMap<>(Level.class);

    static {
        for (Question question : Question.values()) {
            BY_QUESTION.put(question, Arrays.stream(values()).filter(f -> f.question == question).toList());
        }
        for (Level level : Level.values()) {
            BY_LEVEL.put(level, Arrays.stream(values()).filter(f -> f.level == level).toList());
        }
    }
}
