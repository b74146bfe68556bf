package io.tongxin.importing;

import java.util.Map;

/**
 * The choices of one pass: whether rows that match existing records update them, and what the
 * uploader chose with the file (e.g. {@code platform}).
 */
public record ImportOptions(boolean updateExisting, Map<String, String> parameters) {

    public ImportOptions {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    public String parameter(String name) {
        return parameters.get(name);
    }
}
