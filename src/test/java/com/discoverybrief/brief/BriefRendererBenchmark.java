package com.discoverybrief.brief;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The full Russian brief (three pages, fallback fonts, logo, watermark), warm. Targets: p50 at most
 * 10 ms per brief, at least 200 briefs per second on 2 threads. Run with {@link #main}; see the README.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class BriefRendererBenchmark {

    private final BriefRenderer renderer = new BriefRenderer();
    private final BriefDocument brief = BriefFixtures.russianClinic();

    /** Latency of one brief, sampled: the report shows p50, p90, p99. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] latency() {
        return render();
    }

    /** Briefs per second with two threads rendering at once. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public byte[] throughputOnTwoThreads() {
        return render();
    }

    private byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        renderer.render(brief, out);
        return out.toByteArray();
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(BriefRendererBenchmark.class.getSimpleName()).build()).run();
    }
}
