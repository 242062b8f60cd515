package com.discoverybrief.journeys;

import com.discoverybrief.strategy.AnalyticsLevel;
import com.discoverybrief.strategy.AudienceClarity;
import com.discoverybrief.strategy.Capacity;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.ChannelRequest;
import com.discoverybrief.strategy.ExpansionTarget;
import com.discoverybrief.strategy.MapListings;
import com.discoverybrief.strategy.PurchaseFrequency;
import com.discoverybrief.strategy.RequestMotive;
import com.discoverybrief.strategy.Reviews;
import com.discoverybrief.strategy.Site;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.BookingLead;
import com.discoverybrief.strategy.BusinessStage;
import com.discoverybrief.strategy.CustomerArrival;
import com.discoverybrief.strategy.Seasonality;
import com.discoverybrief.strategy.SourceDependence;
import com.discoverybrief.strategy.RegulatedCategory;
import com.discoverybrief.strategy.LocationSpread;
import com.discoverybrief.strategy.ChannelOutcome;
import com.discoverybrief.strategy.ChannelUse;
import com.discoverybrief.strategy.CustomerBase;
import com.discoverybrief.strategy.CurrentChannel;
import com.discoverybrief.strategy.DecisionProcess;
import com.discoverybrief.strategy.GrowthHorizon;
import com.discoverybrief.strategy.PricePositioning;
import com.discoverybrief.strategy.RepeatShare;
import com.discoverybrief.strategy.SalesCycle;
import com.discoverybrief.strategy.UspClarity;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A realistic Russian client as a salesperson hears it in a first meeting: every answer of the five
 * questions (the season's months are asked only of a seasonal business, which the clinic is not).
 */
final class DentalClinic {

    static final String CLIENT = "Стоматология «Белая улыбка»";
    static final String CONTACT = "Марина Сергеевна Орлова";
    static final String INDUSTRY = "Стоматология";

    static final Map<AnswerField, Object> ANSWERS = new EnumMap<>(AnswerField.class);

    static {
        ANSWERS.put(AnswerField.SEGMENTS, "Семьи с детьми из Ново-Савиновского района; взрослые 30–55 лет, "
                + "которым нужны импланты и брекеты");
        ANSWERS.put(AnswerField.PAINS, "Боятся боли и скрытых доплат; хотят понятную цену лечения заранее");
        ANSWERS.put(AnswerField.DECISION_PROCESS, DecisionProcess.CONSIDERED);
        ANSWERS.put(AnswerField.SALES_CYCLE, SalesCycle.WEEKS);
        ANSWERS.put(AnswerField.DECISION_MAKERS, "Решает пациент, за детей — мамы");
        ANSWERS.put(AnswerField.PRODUCT, "Лечение, имплантация и ортодонтия; план лечения с фиксированной ценой");
        ANSWERS.put(AnswerField.USP, "Лечение во сне и гарантия 5 лет на импланты");
        ANSWERS.put(AnswerField.USP_CLARITY, UspClarity.CLEAR);
        ANSWERS.put(AnswerField.COMPETITORS, "«Дентал Люкс» и две сетевые клиники рядом");
        ANSWERS.put(AnswerField.PRICE_POSITIONING, PricePositioning.MID_MARKET);
        ANSWERS.put(AnswerField.CHANNELS, List.of(
                new ChannelUse(CurrentChannel.REFERRALS, ChannelOutcome.PROFIT),
                new ChannelUse(CurrentChannel.TARGETED_ADS, ChannelOutcome.DRAINS_BUDGET)));
        ANSWERS.put(AnswerField.ANALYTICS, AnalyticsLevel.PARTLY);
        ANSWERS.put(AnswerField.ONLINE_PRESENCE, "Сайт на конструкторе, группа ВКонтакте без постов с весны");
        ANSWERS.put(AnswerField.REPEAT_SHARE, RepeatShare.MEDIUM);
        ANSWERS.put(AnswerField.CUSTOMER_BASE, CustomerBase.SPREADSHEET);
        ANSWERS.put(AnswerField.LOYALTY, "Приводят друзей, но программы рекомендаций нет");
        ANSWERS.put(AnswerField.CHURN_REASONS, "Забывают про профилактический осмотр, никто не напоминает");
        ANSWERS.put(AnswerField.GROWTH_GOAL, "Плюс 40 новых пациентов в месяц на имплантацию");
        ANSWERS.put(AnswerField.GROWTH_HORIZON, GrowthHorizon.SIX_MONTHS);
        ANSWERS.put(AnswerField.NEW_MARKETS, "Второй филиал в Авиастроительном районе");
        ANSWERS.put(AnswerField.CONSTRAINTS, "Бюджет до 150 тысяч рублей в месяц, нет своего маркетолога");
        // the facts the advice depends on (issue 13)
        ANSWERS.put(AnswerField.AUDIENCE_CLARITY, AudienceClarity.NAMED);
        ANSWERS.put(AnswerField.AVERAGE_CHECK, new BigDecimal("9000"));
        ANSWERS.put(AnswerField.GROSS_MARGIN, new BigDecimal("35"));
        ANSWERS.put(AnswerField.REQUESTED_CHANNELS, List.of(new ChannelRequest(Channel.SMM, RequestMotive.COMPETITORS)));
        // a month of someone posting for the clinic: within a fifth of the budget, so SMM can be tested (issue 13, 69)
        ANSWERS.put(AnswerField.REQUESTED_PRICE, new BigDecimal("20000"));
        ANSWERS.put(AnswerField.LEADS_PER_MONTH, new BigDecimal("60"));
        ANSWERS.put(AnswerField.LEAD_CONVERSION, new BigDecimal("20"));
        ANSWERS.put(AnswerField.COST_PER_LEAD, new BigDecimal("1500"));
        ANSWERS.put(AnswerField.SITE, Site.BUSINESS_CARD);
        ANSWERS.put(AnswerField.REVIEWS, Reviews.FEW);
        ANSWERS.put(AnswerField.MAPS, MapListings.LISTED);
        ANSWERS.put(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.REGULAR);
        ANSWERS.put(AnswerField.REPEAT_PERCENT, new BigDecimal("30"));
        ANSWERS.put(AnswerField.EXPANSION_TARGET, ExpansionTarget.NEW_DISTRICT);
        ANSWERS.put(AnswerField.CAPACITY, Capacity.CAN_TAKE_MORE);
        ANSWERS.put(AnswerField.MONTHLY_BUDGET, new BigDecimal("120000"));
        // running for years, patients look for it (search, maps), and come all year round: the season's
        // months are then not asked
        ANSWERS.put(AnswerField.BUSINESS_STAGE, BusinessStage.RUNNING);
        ANSWERS.put(AnswerField.CUSTOMER_ARRIVAL, CustomerArrival.THEY_SEARCH);
        ANSWERS.put(AnswerField.SEASONALITY, Seasonality.YEAR_ROUND);
        // patients book a visit for the coming days or weeks, not months ahead
        ANSWERS.put(AnswerField.BOOKING_LEAD, BookingLead.WITHIN_A_MONTH);
        // patients come from search, maps, referrals and ads: no source brings half of them
        ANSWERS.put(AnswerField.SOURCE_DEPENDENCE, SourceDependence.SPREAD);
        // a clinic: the law on advertising restricts what its ads may say (38-FZ art. 24)
        ANSWERS.put(AnswerField.REGULATED_CATEGORY, RegulatedCategory.MEDICAL);
        // one clinic today (the second branch is the goal)
        ANSWERS.put(AnswerField.LOCATIONS, LocationSpread.ONE);
    }

    private DentalClinic() {
    }
}
