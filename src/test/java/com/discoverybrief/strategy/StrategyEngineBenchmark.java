package com.discoverybrief.strategy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long one assessment takes (target: at most 100 µs), for an empty session, a typical client, the
 * busiest client the fixtures know and the fullest client of the scenario suite (all the facts, a budget,
 * the client's own ideas, assumptions). Not a test: run {@link #main} (the command is in the README's
 * "Benchmarks" section).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StrategyEngineBenchmark {

    @Param({"empty", "dentalClinic", "onlineShop", "fullestScenario"})
    public String client;

    private final StrategyEngine engine = new StrategyEngine();
    private Answers answers;

    @org.openjdk.jmh.annotations.Setup
    public void pickClient() {
        answers = switch (client) {
            case "empty" -> Answers.EMPTY;
            case "dentalClinic" -> AnswersFixtures.dentalClinicInKazan();
            case "onlineShop" -> AnswersFixtures.petFoodOnlineShop();
            default -> fullestScenario();
        };
    }

    /**
     * The scenario of the suite with the most answers: every new fact, numbers, requests and evidence tags;
     * read from the classpath, so the forked JVM finds them whatever its working directory.
     */
    private static Answers fullestScenario() {
        return Scenario.onClasspath().stream().map(ScenarioRun::answers)
                .max(Comparator.comparingInt((Answers answers) -> (int) Arrays.stream(AnswerField.values())
                        .filter(answers::isAnswered).count()))
                .orElseThrow();
    }

    @Benchmark
    public Assessment assess() {
        return engine.assess(answers);
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(StrategyEngineBenchmark.class.getSimpleName())
                .forks(1)
                // 30 s of warm-up per case: with 5 x 2 s the scores were still falling while measured
                // (C2 compiles the rules' streams late); the last warm-up iterations should now match
                // the measured ones — JMH prints both, check them before quoting a figure.
                .warmupIterations(10).warmupTime(TimeValue.seconds(3))
                .measurementIterations(5).measurementTime(TimeValue.seconds(3))
                .build();
        List.copyOf(new Runner(options).run()).forEach(result -> System.out.printf("%s %s: %.2f µs/op%n",
                result.getParams().getBenchmark(), result.getParams().getParam("client"),
                result.getPrimaryResult().getScore()));
    }
}
