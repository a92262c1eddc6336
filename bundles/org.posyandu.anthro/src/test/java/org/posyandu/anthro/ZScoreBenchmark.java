package org.posyandu.anthro;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Z-scores per second on one thread: {@code mvn -Pbench -pl bundles/org.posyandu.anthro verify}. Goal: at least
 * 10 million per second on one core. Inputs vary (age, sex, weight, length) so nothing is constant-folded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ZScoreBenchmark {
    private final GrowthStandards who = GrowthStandards.who2006();
    private int[] days;
    private double[] weights;
    private double[] lengths;
    private int i;

    @Setup
    public void setUp() {
        java.util.Random r = new java.util.Random(42);
        days = new int[4096];
        weights = new double[4096];
        lengths = new double[4096];
        for (int k = 0; k < days.length; k++) {
            days[k] = r.nextInt(1827);
            weights[k] = 2 + r.nextDouble() * 20;
            lengths[k] = 46 + r.nextDouble() * 60;
        }
    }

    @Benchmark
    public double weightForAge() {
        int k = i++ & 4095;
        return who.weightForAge((k & 1) == 0 ? Sex.MALE : Sex.FEMALE, days[k], weights[k]);
    }

    @Benchmark
    public double lengthForAge() {
        int k = i++ & 4095;
        return who.lengthHeightForAge((k & 1) == 0 ? Sex.MALE : Sex.FEMALE, days[k], lengths[k]);
    }

    @Benchmark
    public double weightForLengthInterpolated() {
        int k = i++ & 4095;
        return who.weightForLength((k & 1) == 0 ? Sex.MALE : Sex.FEMALE, lengths[k], weights[k]);
    }
}
