package com.discoverybrief.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Checks a JSON document against the shipped JSON Schema (draft 2020-12), for the keywords that
 * schema uses — {@link #KEYWORDS}; a schema with any other keyword is refused, so the check never
 * silently skips a rule. Every problem comes with its JSON path.
 */
final class JsonSchemaCheck {

    static final Set<String> KEYWORDS = Set.of("$schema", "$id", "$defs", "title", "description", "type", "required",
            "properties", "additionalProperties", "propertyNames", "items", "enum", "const", "minLength", "maxLength",
            "pattern", "format", "$ref", "oneOf");

    private final JsonNode root;

    JsonSchemaCheck(JsonNode root) {
        this.root = root;
        requireKnownKeywords(root, "#");
    }

    List<ImportProblem> check(JsonNode document) {
        List<ImportProblem> problems = new ArrayList<>();
        check(root, document, "$", problems);
        return problems;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<ImportProblem> problems) {
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").asText()), value, path, problems);
            return;
        }
        if (schema.has("oneOf")) {
            oneOf(schema.get("oneOf"), value, path, problems);
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            problems.add(ImportProblem.of(path, "transfer.problem.const", schema.get("const").asText()));
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            problems.add(ImportProblem.of(path, "transfer.problem.enum", StreamSupport
                    .stream(schema.get("enum").spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(", "))));
            return;
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            problems.add(ImportProblem.of(path, "transfer.problem.type", typeText(schema.get("type"))));
            return;
        }
        if (value.isTextual()) {
            text(schema, value.asText(), path, problems);
        } else if (value.isObject()) {
            object(schema, value, path, problems);
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private void text(JsonNode schema, String text, String path, List<ImportProblem> problems) {
        int length = text.codePointCount(0, text.length());
        if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
            problems.add(ImportProblem.of(path, "transfer.problem.too-short"));
        } else if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
            problems.add(ImportProblem.of(path, "transfer.problem.too-long", schema.get("maxLength").asInt()));
        } else if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            problems.add(ImportProblem.of(path, "transfer.problem.pattern"));
        } else if (schema.has("format") && !formatMatches(schema.get("format").asText(), text)) {
            problems.add(ImportProblem.of(path, "transfer.problem.format", schema.get("format").asText()));
        }
    }

    private void object(JsonNode schema, JsonNode value, String path, List<ImportProblem> problems) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(ImportProblem.of(path + "." + required.asText(), "transfer.problem.required"));
            }
        }
        JsonNode properties = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String at = path + "." + entry.getKey();
            if (schema.has("propertyNames")) {
                List<ImportProblem> name = new ArrayList<>();
                check(schema.get("propertyNames"), com.fasterxml.jackson.databind.node.TextNode.valueOf(entry.getKey()), at,
                        name);
                if (!name.isEmpty()) {
                    // A name outside the list: an answer field or a question this format does not have.
                    problems.add(ImportProblem.of(at, "transfer.problem.unknown"));
                    continue;
                }
            }
            if (properties.has(entry.getKey())) {
                check(properties.get(entry.getKey()), entry.getValue(), at, problems);
            } else if (schema.has("additionalProperties")) {
                JsonNode additional = schema.get("additionalProperties");
                if (additional.isBoolean()) {
                    if (!additional.asBoolean()) {
                        problems.add(ImportProblem.of(at, "transfer.problem.unknown"));
                    }
                } else {
                    check(additional, entry.getValue(), at, problems);
                }
            }
        }
    }

    private void oneOf(JsonNode branches, JsonNode value, String path, List<ImportProblem> problems) {
        List<ImportProblem> closest = null;
        int passing = 0;
        for (JsonNode branch : branches) {
            List<ImportProblem> found = new ArrayList<>();
            check(branch, value, path, found);
            if (found.isEmpty()) {
                passing++;
            } else if (closest == null || !(found.size() == 1 && found.get(0).messageKey().equals("transfer.problem.type"))) {
                closest = found;
            }
        }
        if (passing != 1 && closest != null) {
            problems.addAll(closest);
        }
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("Only local references are supported: " + ref);
        }
        JsonNode node = root;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part);
        }
        if (node.isMissingNode()) {
            throw new IllegalStateException("Unresolvable reference " + ref);
        }
        return node;
    }

    private static boolean contains(JsonNode options, JsonNode value) {
        for (JsonNode option : options) {
            if (option.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (typeMatches(one, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> throw new IllegalStateException("Unknown type " + type);
        };
    }

    private static String typeText(JsonNode type) {
        return type.isArray() ? StreamSupport.stream(type.spliterator(), false).map(JsonNode::asText)
                .collect(Collectors.joining(" | ")) : type.asText();
    }

    private static boolean formatMatches(String format, String text) {
        try {
            switch (format) {
                case "date-time" -> OffsetDateTime.parse(text);
                case "date" -> LocalDate.parse(text);
                default -> throw new IllegalStateException("Unknown format " + format);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void requireKnownKeywords(JsonNode schema, String at) {
        if (!schema.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            boolean namesOnly = at.endsWith("/properties") || at.endsWith("/$defs");
            if (!namesOnly && !KEYWORDS.contains(key)) {
                throw new IllegalStateException("The schema uses '" + key + "' at " + at + ", which is not checked");
            }
            JsonNode child = entry.getValue();
            if (child.isObject()) {
                requireKnownKeywords(child, at + "/" + key);
            } else if (child.isArray() && (key.equals("oneOf"))) {
                for (JsonNode branch : child) {
                    requireKnownKeywords(branch, at + "/" + key);
                }
            }
        }
    }
}
