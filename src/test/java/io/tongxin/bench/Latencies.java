package io.tongxin.bench;

import java.util.Arrays;

/** Latencies of one scenario (nanoseconds) and what is printed of them. */
record Latencies(String name, long[] nanos, long wallNanos, int errors) {

    double percentileMillis(double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    double throughput() {
        return nanos.length / (wallNanos / 1e9);
    }

    String line() {
        return String.format("%-34s n=%-5d p50 %8.1f ms  p95 %8.1f ms  p99 %8.1f ms  %7.1f req/s  errors %d",
                name, nanos.length, percentileMillis(50), percentileMillis(95), percentileMillis(99), throughput(),
                errors);
    }
}
