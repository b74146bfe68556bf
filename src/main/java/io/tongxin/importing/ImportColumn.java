package io.tongxin.importing;

import java.util.List;

/**
 * A column an import understands: its key, the header of the template and the other headers people
 * write for it (手机 / 手机号 / 联系电话). Headers match after normalising width, spaces and case.
 */
public record ImportColumn(String key, String header, List<String> synonyms, boolean required) {

    public ImportColumn {
        synonyms = List.copyOf(synonyms);
    }

    public static ImportColumn of(String key, String header, String... synonyms) {
        return new ImportColumn(key, header, List.of(synonyms), false);
    }

    public ImportColumn asRequired() {
        return new ImportColumn(key, header, synonyms, true);
    }
}
