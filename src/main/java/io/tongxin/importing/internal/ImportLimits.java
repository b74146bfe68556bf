package io.tongxin.importing.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one upload may hold. The defaults fit a county's whole registry in one file; bigger
 * files are split, which the refusal message says.
 */
@ConfigurationProperties("tongxin.import")
record ImportLimits(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("100000") int maxRows,
        @DefaultValue("2") int workers) {
}
