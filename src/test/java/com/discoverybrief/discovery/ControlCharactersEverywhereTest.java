package com.discoverybrief.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Control characters and NUL never reach the database from the other text a person types: a lead's
 * comment is cleaned like an answer (PostgreSQL would refuse the NUL for ever), and the printable
 * words all stay.
 */
class ControlCharactersEverywhereTest {

    @Test
    void aLeadsCommentIsCleanedOfControlCharactersAndKeepsEveryWord() {
        DiscoverySession session = new DiscoverySession("anna",
                SessionHeader.start("Acme", LocalDate.of(2026, 3, 2), Locale.ENGLISH), Instant.now());

        session.comment("lead", "Ask\u0000 about\u0007 the\u001b budget\nand margin", Instant.now());

        assertThat(session.comments()).singleElement()
                .satisfies(comment -> assertThat(comment.text()).isEqualTo("Ask about the budget\nand margin"));
    }
}
