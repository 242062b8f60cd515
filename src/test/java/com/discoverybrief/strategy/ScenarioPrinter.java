package com.discoverybrief.strategy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Writes what the engine makes of every scenario as plain text under {@code target/scenarios/}, for
 * a person to read: run {@link #main} (or the suite, which calls it). Not a test.
 */
final class ScenarioPrinter {

    private ScenarioPrinter() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of("target/scenarios");
        Files.createDirectories(out);
        for (Scenario scenario : Scenario.all()) {
            Files.writeString(out.resolve(scenario.name() + ".txt"), print(scenario, ScenarioRun.assess(scenario)));
        }
    }

    static String print(Scenario scenario, Assessment a) {
        StringBuilder s = new StringBuilder();
        s.append(scenario.name()).append(" — ").append(scenario.title()).append('\n');
        s.append("focus ").append(a.summary().focus()).append(", first ").append(a.summary().firstSteps())
                .append(", horizon ").append(a.summary().horizon()).append('\n');
        a.levels().values().stream().sorted((x, y) -> x.level().compareTo(y.level())).forEach(l -> s.append("  ")
                .append(l.level()).append(' ').append(l.readiness()).append("% caps ").append(l.caps())
                .append(" gaps ").append(l.gaps().stream().map(g -> g.field().name()).toList()).append('\n'));
        for (Recommendation r : a.recommendations()) {
            s.append(String.format("%2d %-20s %-8s %-28s %-22s", r.priority(), r.channel(), r.stage(), r.kpi(),
                    r.horizon()));
            if (!r.prerequisites().isEmpty()) {
                s.append(" after ").append(r.prerequisites()).append(" (").append(r.condition().orElse(null)).append(')');
            }
            if (!r.verify().isEmpty()) {
                s.append(" VERIFY ").append(r.verify());
            }
            s.append("\n      ").append(r.reasons().stream().map(x -> x.rule() + ":" + x.field() + x.values()
                    + (x.excerpt() == null ? "" : "«" + x.excerpt() + "»")
                    + (x.evidence() == Evidence.CLIENT_SAID ? "" : "~" + x.evidence()))
                    .collect(Collectors.joining(" | "))).append('\n');
        }
        s.append("verdicts:\n");
        a.verdicts().forEach(v -> s.append("  ").append(v.channel()).append(' ').append(v.motive()).append(" → ")
                .append(v.kind()).append(' ').append(v.reason()).append(v.priority() > 0 ? " #" + v.priority() : "")
                .append(v.condition() == null ? "" : " " + v.condition()).append(v.rule() == null ? "" : " (" + v.rule() + ")")
                .append('\n'));
        TestPlan plan = a.testPlan();
        if (plan == null) {
            s.append("no plan\n");
        } else {
            s.append("plan ").append(plan.monthlyBudget()).append("/month").append(plan.fromBand() ? " (band)" : "")
                    .append(", total ").append(plan.total()).append(", reserve ").append(plan.reserve()).append(", waiting ").append(plan.waiting()).append('\n');
            for (PlannedTest t : plan.lines()) {
                s.append(String.format("  %-20s %-7s w%-2d +%-2d %3d%% %9d ₽ %-26s base %s target %s stop %s%n",
                        t.channel(), t.kind(), t.startWeek(), t.weeks(), t.percent(), t.rubles(), t.kpi(),
                        fig(t.baseline()), fig(t.target()), fig(t.stop())));
            }
        }
        return s.toString();
    }

    private static String fig(Figure f) {
        return f == null ? "-" : f.value().toPlainString() + " " + f.unit();
    }
}
