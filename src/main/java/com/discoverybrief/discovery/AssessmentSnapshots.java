package com.discoverybrief.discovery;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.Cap;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.ChecklistItem;
import com.discoverybrief.strategy.Condition;
import com.discoverybrief.strategy.Evidence;
import com.discoverybrief.strategy.Fact;
import com.discoverybrief.strategy.Gap;
import com.discoverybrief.strategy.Horizon;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.Level;
import com.discoverybrief.strategy.LevelAssessment;
import com.discoverybrief.strategy.Reason;
import com.discoverybrief.strategy.Recommendation;
import com.discoverybrief.strategy.Stage;
import com.discoverybrief.strategy.Summary;
import com.discoverybrief.strategy.TestPlan;
import com.discoverybrief.strategy.Verdict;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an {@link Assessment} as JSON and reads it back, so a completed session keeps what was
 * recommended at the time. Enum values on facts and reasons are stored as {@code SimpleName.CONSTANT}
 * of the {@code strategy} package.
 */
final class AssessmentSnapshots {

    private static final String STRATEGY_PACKAGE = Assessment.class.getPackageName() + ".";

    private final ObjectMapper json;

    AssessmentSnapshots(ObjectMapper json) {
        this.json = json;
    }

    String write(Assessment assessment) {
        Map<Level, LevelJson> levels = new EnumMap<>(Level.class);
        assessment.levels().forEach((level, value) -> levels.put(level, new LevelJson(level,
                value.known().stream().map(f -> new FactJson(f.field(), names(f.values()), f.excerpt(), f.evidence()))
                        .toList(),
                value.readiness(), value.gaps(), value.caps())));
        List<RecommendationJson> recommendations = assessment.recommendations().stream()
                .map(r -> new RecommendationJson(r.priority(), r.channel(), r.stage(),
                        r.reasons().stream().map(x -> new ReasonJson(x.rule(), x.field(), names(x.values()), x.excerpt(),
                                x.evidence())).toList(),
                        r.kpi(), r.horizon(), r.condition().orElse(null), r.prerequisites(), r.verify()))
                .toList();
        try {
            return json.writeValueAsString(new AssessmentJson(assessment.rulesVersion(), levels, recommendations,
                    assessment.beforeAdsChecklist(), assessment.summary(), assessment.verdicts(),
                    assessment.testPlan()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an assessment snapshot", e);
        }
    }

    Assessment read(String stored) {
        try {
            AssessmentJson snapshot = json.readValue(stored, AssessmentJson.class);
            Map<Level, LevelAssessment> levels = new EnumMap<>(Level.class);
            snapshot.levels().forEach((level, value) -> levels.put(level, new LevelAssessment(level,
                    value.known().stream().map(f -> new Fact(f.field(), constants(f.values()), f.excerpt(), f.evidence()))
                            .toList(),
                    value.readiness(), value.gaps(), value.caps())));
            List<Recommendation> recommendations = snapshot.recommendations().stream()
                    .map(r -> new Recommendation(r.priority(), r.channel(), r.stage(),
                            r.reasons().stream()
                                    .map(x -> new Reason(x.rule(), x.field(), constants(x.values()), x.excerpt(),
                                            x.evidence()))
                                    .toList(),
                            r.kpi(), r.horizon(), Optional.ofNullable(r.condition()), r.prerequisites(), r.verify()))
                    .toList();
            // snapshots kept by older rules have neither verdicts nor a test plan: they read as none
            return new Assessment(snapshot.rulesVersion(), levels, recommendations, snapshot.beforeAdsChecklist(),
                    snapshot.summary(), snapshot.verdicts(), snapshot.testPlan());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read an assessment snapshot", e);
        }
    }

    private static List<String> names(List<Enum<?>> values) {
        return values.stream().map(v -> v.getDeclaringClass().getSimpleName() + "." + v.name()).toList();
    }

    private static List<Enum<?>> constants(List<String> names) {
        return names.stream().<Enum<?>>map(AssessmentSnapshots::constant).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Enum<?> constant(String qualified) {
        int dot = qualified.lastIndexOf('.');
        try {
            Class<? extends Enum> type = (Class<? extends Enum>) Class.forName(STRATEGY_PACKAGE + qualified.substring(0, dot));
            return Enum.valueOf(type, qualified.substring(dot + 1));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Unknown value in a snapshot: " + qualified, e);
        }
    }

    /**
     * The stored snapshot with every excerpt of a free-text answer replaced by {@code marker}: what
     * erasing the client's personal data leaves of a kept assessment (its recommendations stay).
     */
    String scrub(String stored, String marker) {
        if (stored == null) {
            return null;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode root = json.readTree(stored);
            scrub(root, marker);
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read an assessment snapshot", e);
        }
    }

    private static void scrub(com.fasterxml.jackson.databind.JsonNode node, String marker) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object && object.has("field")
                && object.get("field").isTextual() && isText(object.get("field").asText())) {
            if (object.hasNonNull("excerpt")) {
                object.put("excerpt", marker);
            }
            if (object.has("values") && object.get("values").isArray()) {
                object.putArray("values");
            }
        }
        node.forEach(child -> scrub(child, marker));
    }

    private static boolean isText(String field) {
        try {
            return AnswerField.valueOf(field).isText();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    record AssessmentJson(String rulesVersion, Map<Level, LevelJson> levels, List<RecommendationJson> recommendations,
            List<ChecklistItem> beforeAdsChecklist, Summary summary, List<Verdict> verdicts, TestPlan testPlan) {
    }

    record LevelJson(Level level, List<FactJson> known, int readiness, List<Gap> gaps, List<Cap> caps) {
    }

    record FactJson(AnswerField field, List<String> values, String excerpt, Evidence evidence) {
    }

    record RecommendationJson(int priority, Channel channel, Stage stage, List<ReasonJson> reasons, Kpi kpi,
            Horizon horizon, Condition condition, List<Channel> prerequisites, List<AnswerField> verify) {
    }

    record ReasonJson(String rule, AnswerField field, List<String> values, String excerpt, Evidence evidence) {
    }
}
