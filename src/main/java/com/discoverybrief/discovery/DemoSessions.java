package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.DemoUsersCreated;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.strategy.AnswerField;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's sample sessions: a few realistic Russian discoveries owned by the demo
 * salesperson, seeded once, when the demo users are created. They go through {@link DiscoveryService}
 * as that salesperson, so they obey the same rules as sessions typed in the UI.
 */
@Component
@Profile("demo")
class DemoSessions {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSessions.class);
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final DiscoveryService discovery;

    DemoSessions(DiscoveryService discovery) {
        this.discovery = discovery;
    }

    @EventListener
    void seed(DemoUsersCreated event) {
        Actor salesperson = event.withRole(Role.SALES);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(signedIn(salesperson));
        try {
            dentalClinic(salesperson);
            coffeeShop(salesperson);
            logisticsCompany(salesperson);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        LOG.info("Demo sessions seeded for '{}'", salesperson.username());
    }

    private void dentalClinic(Actor owner) {
        Map<AnswerField, String> answers = new LinkedHashMap<>();
        answers.put(AnswerField.SEGMENTS, "Семьи с детьми из соседних кварталов; взрослые 35–55 лет, которым нужна имплантация");
        answers.put(AnswerField.PAINS, "Боятся боли и непредсказуемой цены; не хотят ждать приёма неделями");
        answers.put(AnswerField.DECISION_PROCESS, "CONSIDERED");
        answers.put(AnswerField.PRODUCT, "Лечение и профилактика, имплантация под ключ");
        answers.put(AnswerField.USP_CLARITY, "VAGUE");
        answers.put(AnswerField.CHANNELS, "TARGETED_ADS=DRAINS_BUDGET;REFERRALS=PROFIT");
        answers.put(AnswerField.ANALYTICS, "NO");
        answers.put(AnswerField.REPEAT_SHARE, "MEDIUM");
        answers.put(AnswerField.CUSTOMER_BASE, "SPREADSHEET");
        seed(owner, "Стоматология «Улыбка»", answers, false);
    }

    private void coffeeShop(Actor owner) {
        Map<AnswerField, String> answers = new LinkedHashMap<>();
        answers.put(AnswerField.SEGMENTS, "Студенты соседнего вуза и офисные сотрудники бизнес-центра напротив");
        answers.put(AnswerField.PAINS, "Очереди в обед, хочется взять кофе с собой за пару минут");
        answers.put(AnswerField.DECISION_PROCESS, "IMPULSE");
        answers.put(AnswerField.USP, "Обжариваем зерно на месте, при гостях");
        answers.put(AnswerField.USP_CLARITY, "CLEAR");
        answers.put(AnswerField.CHANNELS, "SMM=UNKNOWN");
        answers.put(AnswerField.ANALYTICS, "PARTLY");
        answers.put(AnswerField.REPEAT_SHARE, "LOW");
        answers.put(AnswerField.CUSTOMER_BASE, "NONE");
        answers.put(AnswerField.GROWTH_GOAL, "Вторая точка рядом с университетом через год");
        seed(owner, "Кофейня «Зерно»", answers, true);
    }

    private void logisticsCompany(Actor owner) {
        Map<AnswerField, String> answers = new LinkedHashMap<>();
        answers.put(AnswerField.SEGMENTS, "Производители и дистрибьюторы в Центральном федеральном округе");
        answers.put(AnswerField.DECISION_PROCESS, "COMMITTEE");
        answers.put(AnswerField.DECISION_MAKERS, "Директор по логистике, финансовый директор");
        answers.put(AnswerField.COMPETITORS, "Крупные федеральные перевозчики и частники с «Авито»");
        answers.put(AnswerField.CHANNELS, "COLD_OUTREACH=BREAK_EVEN;EVENTS=UNKNOWN");
        answers.put(AnswerField.ANALYTICS, "YES");
        answers.put(AnswerField.CUSTOMER_BASE, "CRM");
        seed(owner, "ООО «ТрансЛогистик»", answers, false);
    }

    private void seed(Actor owner, String client, Map<AnswerField, String> answers, boolean complete) {
        DiscoverySession session = discovery.start(owner, client, RUSSIAN);
        long version = session.getVersion();
        for (Map.Entry<AnswerField, String> answer : answers.entrySet()) {
            version = discovery.saveAnswer(owner, session.getId(), version, answer.getKey(), null, answer.getValue())
                    .version();
        }
        if (complete) {
            discovery.complete(owner, session.getId());
        }
    }

    private static SecurityContext signedIn(Actor actor) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor.username(), null,
                actor.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList()));
        return context;
    }
}
