package com.discoverybrief.discovery;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Question;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Issue 15: a session's answers (and, apart, its notes) as one JSON object in a column of the
 * session's row — {@code {"PAINS":"…","USP":"…"}}, keys in the enum's order, blank values never
 * stored — so that autosave writes an answer with the same one update that moves the session's
 * version, instead of a row of its own. The only place in the application that reads or writes the
 * document: the entity (through the two converters below) and autosave's row update
 * ({@link HotWrites}) go through {@link #write} and {@link #read}; the migration V19_10 and the import
 * of an older H2 file make it from the former rows with the database's own JSON functions, and
 * {@link #read} accepts any key order.
 *
 * <p>A key that is not a field of this version is refused rather than dropped, so words are never
 * lost silently by a save that rewrites the document.
 */
final class TextDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TextDocument() {
    }

    /** The document of {@code values}, in the enum's order; never null ({@code {}} when empty). */
    static <K extends Enum<K>> String write(Map<K, String> values) {
        if (values == null || values.isEmpty()) {
            return "{}";
        }
        Map<K, String> ordered = values instanceof EnumMap<K, String> map ? map : sorted(values);
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.getFactory().createGenerator(text)) {
            out.writeStartObject();
            for (Map.Entry<K, String> entry : ordered.entrySet()) {
                if (entry.getValue() != null && !entry.getValue().isBlank()) {
                    out.writeStringField(entry.getKey().name(), entry.getValue());
                }
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The values of a document; an empty map for null or {@code {}}. */
    static <K extends Enum<K>> Map<K, String> read(String document, Class<K> keys) {
        Map<K, String> values = new HashMap<>();
        if (document == null || document.isBlank()) {
            return values;
        }
        try (JsonParser in = JSON.getFactory().createParser(document)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("Not a document of " + keys.getSimpleName() + ": " + abbreviated(document));
            }
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                if (in.nextToken() != JsonToken.VALUE_STRING) {
                    throw new IllegalStateException("Not text for " + name + " in a document of " + keys.getSimpleName());
                }
                values.put(Enum.valueOf(keys, name), in.getText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private static <K extends Enum<K>> Map<K, String> sorted(Map<K, String> values) {
        Map<K, String> ordered = new EnumMap<>(values.keySet().iterator().next().getDeclaringClass());
        ordered.putAll(values);
        return ordered;
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** {@code discovery_session.answers}. */
    static final class Answers implements AttributeConverter<Map<AnswerField, String>, String> {

        @Override
        public String convertToDatabaseColumn(Map<AnswerField, String> answers) {
            return write(answers);
        }

        @Override
        public Map<AnswerField, String> convertToEntityAttribute(String document) {
            return read(document, AnswerField.class);
        }
    }

    /** {@code discovery_session.notes}. */
    static final class Notes implements AttributeConverter<Map<Question, String>, String> {

        @Override
        public String convertToDatabaseColumn(Map<Question, String> notes) {
            return write(notes);
        }

        @Override
        public Map<Question, String> convertToEntityAttribute(String document) {
            return read(document, Question.class);
        }
    }
}
