/**
 * JMH benchmarks of the validator and the JSON module, each measured in the same run as a
 * baseline: Hibernate Validator alone, the same checks written as plain Java, and hand-written
 * Jackson streaming code.
 *
 * <p>{@link io.github.ismsreview.benchmarks.RatioReport} runs a short version of every benchmark
 * and prints the ratio of each to its baseline against its target; {@code docs/performance.md}
 * says how to run it and holds the latest results.
 */
@NullMarked
package io.github.ismsreview.benchmarks;

import org.jspecify.annotations.NullMarked;
