package com.discoverybrief.discovery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.accounts.ui.RouteAccessDeniedView;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.SessionHeader;
import com.discoverybrief.strategy.AnswerField;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrators' "erase a client's personal data": find by number, confirm the client, erase. */
class ErasureViewTest extends KaribuTest {

    @Autowired
    DiscoveryService discovery;

    /** A salesperson's session with a contact person and a free-text answer, made as that salesperson. */
    private DiscoverySession sessionOfASalesperson(String client) {
        Actor sales = AccountFixtures.user(context, Role.SALES);
        return as(sales, () -> {
            DiscoverySession started = discovery.start(sales, client, Locale.forLanguageTag("ru"));
            SessionHeader header = started.getHeader();
            SessionHeader named = new SessionHeader(header.clientCompany(), "Иван Петров", header.industry(),
                    header.businessModel(), header.geography(), header.companySize(), header.budget(),
                    LocalDate.of(2026, 11, 2), header.briefLanguage());
            discovery.saveHeader(sales, started.getId(), started.getVersion(), header, named);
            DiscoverySession described = discovery.open(sales, started.getId());
            discovery.saveAnswer(sales, started.getId(), described.getVersion(), AnswerField.PAINS, null,
                    "Иван боится очередей");
            return discovery.open(sales, started.getId());
        });
    }

    private TextField number() {
        return _get(TextField.class, spec -> spec.withId("erasure-number"));
    }

    @Test
    void aNumberThatIsNotASessionIsRefusedOnTheField() {
        signIn(Role.ADMIN);
        UI.getCurrent().navigate("erase-personal-data");

        _setValue(number(), "abc");
        _click(_get(Button.class, spec -> spec.withId("erasure-find")));
        assertThat(number().isInvalid()).isTrue();
        assertThat(number().getErrorMessage()).isEqualTo("Введите номер сессии цифрами, например 42.");
        _assertNone(Button.class, spec -> spec.withId("erase-personal-data"));

        _setValue(number(), "987654321");
        _click(_get(Button.class, spec -> spec.withId("erasure-find")));
        assertThat(number().isInvalid()).isTrue();
        assertThat(number().getErrorMessage()).isEqualTo("Сессии с номером 987654321 нет. Проверьте номер.");
        _assertNone(Button.class, spec -> spec.withId("erase-personal-data"));
    }

    @Test
    void anAdministratorSeesTheClientConfirmsAndTheContactPersonIsReplacedByTheMarker() {
        DiscoverySession session = sessionOfASalesperson("Кофейня «Зерно»");
        Actor admin = signIn(Role.ADMIN);
        UI.getCurrent().navigate("erase-personal-data");

        _setValue(number(), String.valueOf(session.getId()));
        _click(_get(Button.class, spec -> spec.withId("erasure-find")));

        assertThat(number().isInvalid()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("erasure-client")).getText()).isEqualTo("Кофейня «Зерно»");
        assertThat(_get(Span.class, spec -> spec.withId("erasure-meeting")).getText()).isEqualTo("2 ноября 2026 г.");
        assertThat(_get(Div.class, spec -> spec.withId("erasure-candidate")).getElement().getTextRecursively())
                .contains("Продавец");

        _click(_get(Button.class, spec -> spec.withId("erase-personal-data")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("erasure-confirm"));
        assertThat(confirm.getElement().getProperty("message")).contains("Кофейня «Зерно»", "Контактное лицо",
                "остаются");
        ConfirmDialogKt._fireConfirm(confirm);

        Actor manager = AccountFixtures.user(context, Role.ACCOUNT_MANAGER);
        DiscoverySession erased = as(manager, () -> discovery.open(manager, session.getId()));
        assertThat(erased.getHeader().contactPerson()).isEqualTo("[данные удалены]");
        assertThat(erased.storedAnswer(AnswerField.PAINS)).isEqualTo("[данные удалены]");
        assertThat(erased.getHeader().clientCompany()).isEqualTo("Кофейня «Зерно»");
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        _assertNone(Button.class, spec -> spec.withId("erase-personal-data"));
    }

    @Test
    void aNonAdministratorCannotOpenTheView() {
        signIn(Role.ACCOUNT_MANAGER, Role.LEAD, Role.SALES);

        UI.getCurrent().navigate("erase-personal-data");

        assertThat(_get(RouteAccessDeniedView.class)).isNotNull();
        _assertNone(ErasureView.class);
    }
}
