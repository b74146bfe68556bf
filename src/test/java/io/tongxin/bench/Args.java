package io.tongxin.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs of the bench commands. */
final class Args {

    static final String BENCH_PASSWORD = "Bench-Tongxin-2026";

    private Args() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value, got " + args[i]);
            }
            String name = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                values.put(name, args[++i]);
            }
            else {
                values.put(name, "true");
            }
        }
        return values;
    }
}
