package com.discoverybrief.strategy;

import java.util.List;

/**
 * Work that leaves a result people can see and photograph — a renovation, a kitchen or a wardrobe, a wedding shoot, an
 * interior (finding 162): there a one-off customer's review is a photo of the result. A flat sold, a case won in court or
 * a funeral leave none; their customers are asked for a review after the deal. No structured answer says it, so the
 * client's words on the product decide, by the stems below — the one list of such work.
 */
final class VisibleResult {

    /** Stems of the work whose result is seen, Russian and English, lower case. */
    private static final List<String> STEMS = List.of("ремонт", "отделк", "кухн", "мебел", "шкаф", "гардероб", "дизайн",
            "интерьер", "фото", "съёмк", "съемк", "ландшафт", "renovat", "repair", "kitchen", "furniture", "wardrobe",
            "design", "interior", "photo", "landscap");

    private VisibleResult() {
    }

    /** Whether the client's words on the product name work that leaves a visible result. */
    static boolean of(Answers answers) {
        String product = answers.lowerCase(AnswerField.PRODUCT);
        return product != null && STEMS.stream().anyMatch(product::contains);
    }
}
