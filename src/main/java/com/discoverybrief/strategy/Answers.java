package com.discoverybrief.strategy;

import java.math.BigDecimal;
import java.time.Month;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A read-only snapshot of everything a discovery session knows, as the engine sees it: the header's
 * business model, geography, size and budget band, each answer keyed by its {@link AnswerField}, and
 * where each answer comes from ({@link Evidence}). Build one with {@link #builder()}; the builder
 * refuses a value of the wrong type, so the typed accessors never cast blindly.
 * <p>
 * Text is {@code null} when not asked yet (blank counts as not asked); a choice or a number is
 * {@code null} when not asked yet; a list is empty.
 */
public final class Answers {

    /** A session where nothing has been asked yet. */
    public static final Answers EMPTY = builder().build();

    private final BusinessModel businessModel;
    private final Geography geography;
    private final CompanySize companySize;
    private final BudgetRange budget;
    private final Month meetingMonth;
    private final Map<AnswerField, Object> values;
    private final Map<AnswerField, Evidence> evidence;
    /** Each text answer lower-cased once: several rules look for words in the same answer. */
    private final Map<AnswerField, String> lowerCase;
    /** Each text answer's {@link Excerpts excerpt}, made once: the levels and many reasons quote it. */
    private final Map<AnswerField, String> excerpts;
    /** Facts read from the client's words, each read once: many rules ask the same one ({@link #wordFact}). */
    private final Map<WordFact, Boolean> wordFacts = new ConcurrentHashMap<>();

    private Answers(Builder builder) {
        this.businessModel = builder.businessModel;
        this.geography = builder.geography;
        this.companySize = builder.companySize;
        this.budget = builder.budget;
        this.meetingMonth = builder.meetingMonth;
        this.values = Collections.unmodifiableMap(new EnumMap<>(builder.values));
        this.evidence = Collections.unmodifiableMap(new EnumMap<>(builder.evidence));
        Map<AnswerField, String> lower = new EnumMap<>(AnswerField.class);
        Map<AnswerField, String> quoted = new EnumMap<>(AnswerField.class);
        builder.values.forEach((field, value) -> {
            if (value instanceof String text) {
                lower.put(field, text.toLowerCase(Locale.ROOT));
                quoted.put(field, Excerpts.of(text));
            }
        });
        this.lowerCase = Collections.unmodifiableMap(lower);
        this.excerpts = Collections.unmodifiableMap(quoted);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding everything this snapshot holds, to change a few answers. */
    public Builder toBuilder() {
        Builder builder = builder().businessModel(businessModel).geography(geography).companySize(companySize)
                .budget(budget).meetingMonth(meetingMonth);
        builder.values.putAll(values);
        builder.evidence.putAll(evidence);
        return builder;
    }

    // --- the session header

    public BusinessModel businessModel() {
        return businessModel;
    }

    public Geography geography() {
        return geography;
    }

    public CompanySize companySize() {
        return companySize;
    }

    public BudgetRange budget() {
        return budget;
    }

    /**
     * The month of the meeting (the session header's date), from which the plan's first weeks run;
     * {@code null} when the meeting has no date. Only the season's timing reads it.
     */
    public Month meetingMonth() {
        return meetingMonth;
    }

    // --- any answer

    /** Whether the client has said anything for this field. */
    public boolean isAnswered(AnswerField field) {
        return values.containsKey(field);
    }

    /**
     * The raw value of a field: a {@code String}, an enum constant, a {@code BigDecimal}, or a list
     * ({@code List<ChannelUse>}, {@code List<ChannelRequest>}, empty when not answered); {@code null}
     * when not answered.
     */
    public Object valueOf(AnswerField field) {
        Object value = values.get(field);
        return value == null && field.isList() ? List.of() : value;
    }

    /** The client's words for a text field, or {@code null}. */
    public String text(AnswerField field) {
        return values.get(field) instanceof String text ? text : null;
    }

    /** A fact some rules read from the client's words; each is read once per set of answers. */
    enum WordFact {
        CALLS_LOST, ENQUIRIES_LOST_BEFORE_SALE, MONTHLY_CHURN, GRIEF
    }

    /**
     * Whether {@code fact} holds, reading the words with {@code read} only the first time it is asked: the patterns
     * behind these facts are the engine's most expensive look at the answers, and every look at churn asks them.
     */
    boolean wordFact(WordFact fact, Predicate<Answers> read) {
        Boolean known = wordFacts.get(fact);
        if (known == null) {
            known = read.test(this);
            wordFacts.put(fact, known);
        }
        return known;
    }

    /** The client's words for a text field in lower case ({@link Locale#ROOT}), for a look for words; or {@code null}. */
    public String lowerCase(AnswerField field) {
        return lowerCase.get(field);
    }

    /** {@link Excerpts#of} the client's words for a text field: what a fact or a reason quotes; or {@code null}. */
    String excerpt(AnswerField field) {
        return excerpts.get(field);
    }

    /** The chosen constant of a choice field, or {@code null}. */
    public <E extends Enum<E>> E choice(AnswerField field, Class<E> type) {
        Object value = values.get(field);
        return type.isInstance(value) ? type.cast(value) : null;
    }

    /** The number given for a number field, or {@code null}. */
    public BigDecimal number(AnswerField field) {
        return values.get(field) instanceof BigDecimal number ? number : null;
    }

    /** Where the answer comes from; an answer nobody tagged is what the client said. */
    public Evidence evidence(AnswerField field) {
        return evidence.getOrDefault(field, Evidence.CLIENT_SAID);
    }

    /** The fields whose answer is only an assumption, in questionnaire order. */
    public List<AnswerField> assumptions() {
        return evidence.entrySet().stream()
                .filter(e -> e.getValue() == Evidence.ASSUMPTION && isAnswered(e.getKey()))
                .map(Map.Entry::getKey).toList();
    }

    // --- 1. Who is our client?

    public String segments() {
        return text(AnswerField.SEGMENTS);
    }

    public AudienceClarity audienceClarity() {
        return choice(AnswerField.AUDIENCE_CLARITY, AudienceClarity.class);
    }

    public String pains() {
        return text(AnswerField.PAINS);
    }

    public DecisionProcess decisionProcess() {
        return choice(AnswerField.DECISION_PROCESS, DecisionProcess.class);
    }

    public SalesCycle salesCycle() {
        return choice(AnswerField.SALES_CYCLE, SalesCycle.class);
    }

    public String decisionMakers() {
        return text(AnswerField.DECISION_MAKERS);
    }

    // --- 2. What do we sell?

    public String product() {
        return text(AnswerField.PRODUCT);
    }

    public String usp() {
        return text(AnswerField.USP);
    }

    public UspClarity uspClarity() {
        return choice(AnswerField.USP_CLARITY, UspClarity.class);
    }

    public String competitors() {
        return text(AnswerField.COMPETITORS);
    }

    public PricePositioning pricePositioning() {
        return choice(AnswerField.PRICE_POSITIONING, PricePositioning.class);
    }

    public BigDecimal averageCheck() {
        return number(AnswerField.AVERAGE_CHECK);
    }

    public BigDecimal grossMargin() {
        return number(AnswerField.GROSS_MARGIN);
    }

    // --- 3. How do we attract clients?

    public List<ChannelUse> channels() {
        return list(AnswerField.CHANNELS, ChannelUse.class);
    }

    public List<ChannelRequest> requestedChannels() {
        return list(AnswerField.REQUESTED_CHANNELS, ChannelRequest.class);
    }

    public AnalyticsLevel analytics() {
        return choice(AnswerField.ANALYTICS, AnalyticsLevel.class);
    }

    public BigDecimal leadsPerMonth() {
        return number(AnswerField.LEADS_PER_MONTH);
    }

    public BigDecimal leadConversion() {
        return number(AnswerField.LEAD_CONVERSION);
    }

    public BigDecimal costPerLead() {
        return number(AnswerField.COST_PER_LEAD);
    }

    public Site site() {
        return choice(AnswerField.SITE, Site.class);
    }

    public Reviews reviews() {
        return choice(AnswerField.REVIEWS, Reviews.class);
    }

    public MapListings maps() {
        return choice(AnswerField.MAPS, MapListings.class);
    }

    public String onlinePresence() {
        return text(AnswerField.ONLINE_PRESENCE);
    }

    // --- 4. How do we retain clients?

    public PurchaseFrequency purchaseFrequency() {
        return choice(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.class);
    }

    public RepeatShare repeatShare() {
        return choice(AnswerField.REPEAT_SHARE, RepeatShare.class);
    }

    public BigDecimal repeatPercent() {
        return number(AnswerField.REPEAT_PERCENT);
    }

    public CustomerBase customerBase() {
        return choice(AnswerField.CUSTOMER_BASE, CustomerBase.class);
    }

    public String loyalty() {
        return text(AnswerField.LOYALTY);
    }

    public String churnReasons() {
        return text(AnswerField.CHURN_REASONS);
    }

    // --- 5. How do we scale?

    public String growthGoal() {
        return text(AnswerField.GROWTH_GOAL);
    }

    public GrowthHorizon growthHorizon() {
        return choice(AnswerField.GROWTH_HORIZON, GrowthHorizon.class);
    }

    public ExpansionTarget expansionTarget() {
        return choice(AnswerField.EXPANSION_TARGET, ExpansionTarget.class);
    }

    public String newMarkets() {
        return text(AnswerField.NEW_MARKETS);
    }

    public Capacity capacity() {
        return choice(AnswerField.CAPACITY, Capacity.class);
    }

    public BusinessStage businessStage() {
        return choice(AnswerField.BUSINESS_STAGE, BusinessStage.class);
    }

    public CustomerArrival customerArrival() {
        return choice(AnswerField.CUSTOMER_ARRIVAL, CustomerArrival.class);
    }

    public Seasonality seasonality() {
        return choice(AnswerField.SEASONALITY, Seasonality.class);
    }

    public SeasonMonth seasonStart() {
        return choice(AnswerField.SEASON_START, SeasonMonth.class);
    }

    public SeasonMonth seasonEnd() {
        return choice(AnswerField.SEASON_END, SeasonMonth.class);
    }

    public BookingLead bookingLead() {
        return choice(AnswerField.BOOKING_LEAD, BookingLead.class);
    }

    public BigDecimal monthlyBudget() {
        return number(AnswerField.MONTHLY_BUDGET);
    }

    public String constraints() {
        return text(AnswerField.CONSTRAINTS);
    }

    /** The stored list itself: the builder checked each item's type and keeps it unmodifiable. */
    @SuppressWarnings("unchecked")
    private <T> List<T> list(AnswerField field, Class<T> type) {
        return values.get(field) instanceof List<?> list ? (List<T>) list : List.of();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers that && businessModel == that.businessModel && geography == that.geography
                && companySize == that.companySize && budget == that.budget && meetingMonth == that.meetingMonth
                && values.equals(that.values)
                && evidence.equals(that.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(businessModel, geography, companySize, budget, meetingMonth, values, evidence);
    }

    @Override
    public String toString() {
        Map<Object, Object> shown = new LinkedHashMap<>();
        shown.put("businessModel", businessModel);
        shown.put("geography", geography);
        shown.put("companySize", companySize);
        shown.put("budget", budget);
        if (meetingMonth != null) {
            shown.put("meetingMonth", meetingMonth);
        }
        shown.putAll(values);
        shown.put("evidence", evidence);
        return "Answers" + shown;
    }

    /**
     * Collects a session's answers. {@link #set} takes a value of the field's type (blank text, a
     * {@code null} and an empty list mean "not answered") and refuses anything else, so a wrong type is
     * a bug found where it is made, not a cast that fails later.
     */
    public static final class Builder {
        private BusinessModel businessModel;
        private Geography geography;
        private CompanySize companySize;
        private BudgetRange budget;
        private Month meetingMonth;
        private final Map<AnswerField, Object> values = new EnumMap<>(AnswerField.class);
        private final Map<AnswerField, Evidence> evidence = new EnumMap<>(AnswerField.class);

        private Builder() {
        }

        public Builder businessModel(BusinessModel value) {
            businessModel = value;
            return this;
        }

        public Builder geography(Geography value) {
            geography = value;
            return this;
        }

        public Builder companySize(CompanySize value) {
            companySize = value;
            return this;
        }

        public Builder budget(BudgetRange value) {
            budget = value;
            return this;
        }

        public Builder meetingMonth(Month value) {
            meetingMonth = value;
            return this;
        }

        /** Sets (or, with a blank or empty value, clears) one answer. */
        public Builder set(AnswerField field, Object value) {
            Object checked = checked(field, value);
            if (checked == null) {
                values.remove(field);
            } else {
                values.put(field, checked);
            }
            return this;
        }

        /** Tags where an answer comes from; {@code null} or {@link Evidence#CLIENT_SAID} is the default. */
        public Builder evidence(AnswerField field, Evidence value) {
            if (value == null || value == Evidence.CLIENT_SAID) {
                evidence.remove(field);
            } else {
                evidence.put(field, value);
            }
            return this;
        }

        public Answers build() {
            return new Answers(this);
        }

        private static Object checked(AnswerField field, Object value) {
            if (value == null) {
                return null;
            }
            if (field.isList()) {
                if (!(value instanceof List<?> list)) {
                    throw wrongType(field, value);
                }
                if (list.isEmpty()) {
                    return null;
                }
                list.forEach(item -> {
                    if (!field.type().isInstance(item)) {
                        throw wrongType(field, item);
                    }
                });
                return list.stream().distinct().toList();
            }
            if (!field.type().isInstance(value)) {
                throw wrongType(field, value);
            }
            return value instanceof String text && text.isBlank() ? null : value;
        }

        private static IllegalArgumentException wrongType(AnswerField field, Object value) {
            return new IllegalArgumentException(field + " cannot hold " + value.getClass().getSimpleName());
        }
    }
}
