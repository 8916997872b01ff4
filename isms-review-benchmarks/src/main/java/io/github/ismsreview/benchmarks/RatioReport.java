package io.github.ismsreview.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs a short version of every benchmark of this module with the JMH runner and prints, for
 * each benchmark, its ratio to the baseline measured in the same run against the target.
 *
 * <pre>{@code
 * java -cp isms-review-benchmarks/target/benchmarks.jar \
 *         io.github.ismsreview.benchmarks.RatioReport
 * }</pre>
 *
 * <p>Each steady-state benchmark runs in one fork with 2 warm-up and 3 measured iterations of
 * one second; the first validation in a fresh JVM runs as a single shot in 10 forks each (the
 * first argument, if given, sets that number). Every run has the GC profiler on, and the table
 * shows the bytes each benchmark and its baseline allocate per operation. A ratio's error comes
 * from the 99.9% confidence intervals JMH reports for both scores; "met" and "missed" judge the
 * ratio itself, and "(within error)" marks a verdict the error could turn. Short runs are a
 * check, not a measurement to publish: their errors are wide.
 */
public final class RatioReport {

    private static final TimeValue ONE_SECOND = TimeValue.seconds(1);

    /** Whether this run is the full one; set once by {@link #main}, before any benchmark. */
    private static boolean full;

    private RatioReport() {
    }

    /**
     * Runs the benchmarks and prints the table.
     *
     * @param args optionally {@code --full} for the full run (2 forks of 5 warm-up and 5
     *     measured iterations, 20 fresh-JVM forks), then optionally the number of forks of the
     *     fresh-JVM benchmark; the short run and 10 forks unless given
     * @throws RunnerException if JMH cannot run a benchmark
     */
    public static void main(String[] args) throws RunnerException {
        int first = 0;
        if (args.length > 0 && args[0].equals("--full")) {
            full = true;
            first = 1;
        }
        int freshForks = args.length > first ? Integer.parseInt(args[first]) : full ? 20 : 10;
        Map<String, Result<?>> scores = new HashMap<>();
        Map<String, Double> allocations = new HashMap<>();

        collect(steady(ValidationBenchmark.class), scores, allocations);
        collect(steady(JsonBenchmark.class), scores, allocations);
        collect(steady(StreamingBenchmark.class), scores, allocations);
        collect(steady(ThreadScalingBenchmark.class), scores, allocations);
        collect(options(FirstValidationBenchmark.class)
                .warmupIterations(0)
                .measurementIterations(1)
                .forks(freshForks), scores, allocations);

        List<Comparison> comparisons = List.of(
                Comparison.atMost("full validate", "ValidationBenchmark.validate",
                        "ValidationBenchmark.hibernateValidatorAlone", 1.2),
                Comparison.atMost("domain rules alone", "ValidationBenchmark.domainRules",
                        "ValidationBenchmark.plainJavaRules", 3.0),
                Comparison.faster("write JSON (reference)", "JsonBenchmark.write:reference",
                        "JsonBenchmark.handWrittenWrite:reference", 0.9),
                Comparison.faster("write JSON (small)", "JsonBenchmark.write:small",
                        "JsonBenchmark.handWrittenWrite:small", 0.9),
                Comparison.faster("read JSON (reference)", "JsonBenchmark.read:reference",
                        "JsonBenchmark.handWrittenRead:reference", 0.8),
                Comparison.faster("read JSON (small)", "JsonBenchmark.read:small",
                        "JsonBenchmark.handWrittenRead:small", 0.8),
                Comparison.atMost("first validation, fresh JVM",
                        "FirstValidationBenchmark.firstValidation",
                        "FirstValidationBenchmark.bareHibernateValidator", 1.2),
                Comparison.faster("readLines per review (reference)",
                        "StreamingBenchmark.readLines:reference",
                        "StreamingBenchmark.readOne:reference", 0.9),
                Comparison.faster("readLines per review (small)",
                        "StreamingBenchmark.readLines:small",
                        "StreamingBenchmark.readOne:small", 0.9),
                Comparison.atLeast("validate, 2 threads", "ThreadScalingBenchmark.twoThreads",
                        "ThreadScalingBenchmark.oneThread", 1.5),
                Comparison.atLeast("validate, 4 threads", "ThreadScalingBenchmark.fourThreads",
                        "ThreadScalingBenchmark.oneThread", 1.5));

        print(comparisons, scores, allocations);
    }

    private static ChainedOptionsBuilder steady(Class<?> benchmark) {
        return options(benchmark)
                .warmupIterations(full ? 5 : 2)
                .warmupTime(ONE_SECOND)
                .measurementIterations(full ? 5 : 3)
                .measurementTime(ONE_SECOND)
                .forks(full ? 2 : 1);
    }

    private static ChainedOptionsBuilder options(Class<?> benchmark) {
        return new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark.getName()) + "\\.")
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.NORMAL);
    }

    private static void collect(ChainedOptionsBuilder options, Map<String, Result<?>> scores,
            Map<String, Double> allocations) throws RunnerException {
        Collection<RunResult> results = new Runner(options.build()).run();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            label = label.substring(label.lastIndexOf('.', label.lastIndexOf('.') - 1) + 1);
            String fixture = result.getParams().getParam("fixture");
            if (fixture != null) {
                label += ":" + fixture;
            }
            scores.put(label, result.getPrimaryResult());
            Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
            if (allocation != null) {
                allocations.put(label, allocation.getScore());
            }
        }
    }

    private static void print(List<Comparison> comparisons, Map<String, Result<?>> scores,
            Map<String, Double> allocations) {
        System.out.println();
        System.out.println("| benchmark | score | baseline score | ratio | target | verdict"
                + " | B/op (benchmark / baseline) |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Comparison comparison : comparisons) {
            Result<?> subject = scores.get(comparison.subject());
            Result<?> baseline = scores.get(comparison.baseline());
            if (subject == null || baseline == null) {
                System.out.println("| " + comparison.name() + " | not run | | | | missing | |");
                continue;
            }
            double[] ratio = comparison.ratio(subject, baseline);
            boolean met = comparison.met(ratio[0]);
            boolean certain = comparison.met(ratio[0] - ratio[1]) == met
                    && comparison.met(ratio[0] + ratio[1]) == met;
            System.out.println("| " + comparison.name()
                    + " | " + score(subject)
                    + " | " + score(baseline)
                    + " | " + String.format(Locale.ROOT, "%.2f ± %.2f", ratio[0], ratio[1])
                    + " | " + comparison.targetText()
                    + " | " + (met ? "met" : "missed") + (certain ? "" : " (within error)")
                    + " | " + bytes(allocations.get(comparison.subject()))
                    + " / " + bytes(allocations.get(comparison.baseline())) + " |");
        }
    }

    private static String score(Result<?> result) {
        double error = result.getScoreError();
        return Double.isNaN(error)
                ? String.format(Locale.ROOT, "%.3f %s", result.getScore(), result.getScoreUnit())
                : String.format(Locale.ROOT, "%.3f ± %.3f %s", result.getScore(), error,
                        result.getScoreUnit());
    }

    private static String bytes(Double allocated) {
        return allocated == null || allocated.isNaN()
                ? "n/a"
                : String.format(Locale.ROOT, "%.0f", allocated);
    }

    /**
     * One row of the table: a benchmark, its baseline and the target for their ratio.
     *
     * @param kind how the ratio is formed and judged
     */
    private record Comparison(String name, String subject, String baseline, Kind kind,
            double target) {

        /** A time per operation that may be at most {@code target} times the baseline's. */
        static Comparison atMost(String name, String subject, String baseline, double target) {
            return new Comparison(name, subject, baseline, Kind.TIME_AT_MOST, target);
        }

        /**
         * A time per operation whose throughput (the inverse) must be at least {@code target}
         * times the baseline's.
         */
        static Comparison faster(String name, String subject, String baseline, double target) {
            return new Comparison(name, subject, baseline, Kind.THROUGHPUT_AT_LEAST, target);
        }

        /** A throughput score that must be at least {@code target} times the baseline's. */
        static Comparison atLeast(String name, String subject, String baseline, double target) {
            return new Comparison(name, subject, baseline, Kind.SCORE_AT_LEAST, target);
        }

        /** Returns the ratio and its error, propagated from both relative errors. */
        double[] ratio(Result<?> subjectResult, Result<?> baselineResult) {
            double a = subjectResult.getScore();
            double b = baselineResult.getScore();
            double ratio = kind == Kind.THROUGHPUT_AT_LEAST ? b / a : a / b;
            double relativeA = relative(subjectResult);
            double relativeB = relative(baselineResult);
            double error = ratio * Math.sqrt(relativeA * relativeA + relativeB * relativeB);
            return new double[] {ratio, Double.isNaN(error) ? 0 : error};
        }

        boolean met(double ratio) {
            return kind == Kind.TIME_AT_MOST ? ratio <= target : ratio >= target;
        }

        String targetText() {
            return kind == Kind.TIME_AT_MOST
                    ? String.format(Locale.ROOT, "time ≤ %.1fx", target)
                    : String.format(Locale.ROOT, "throughput ≥ %.1fx", target);
        }

        private static double relative(Result<?> result) {
            double error = result.getScoreError();
            return Double.isNaN(error) ? 0 : error / result.getScore();
        }
    }

    private enum Kind {
        TIME_AT_MOST, THROUGHPUT_AT_LEAST, SCORE_AT_LEAST
    }
}
