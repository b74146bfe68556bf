package io.tongxin.livestream.internal;

import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import io.tongxin.security.RegionScope;
import io.tongxin.security.RegionScopes;
import org.springframework.stereotype.Component;

/** Turns a region parameter into a region inside the caller's scope (or a 404). */
@Component
public class RegionArgument {

    private final RegionScopes scopes;
    private final RegionDirectory regions;

    RegionArgument(RegionScopes scopes, RegionDirectory regions) {
        this.scopes = scopes;
        this.regions = regions;
    }

    /** The region asked for, or the scope's root when none; 404 when unknown or outside the scope. */
    public RegionCode resolve(String regionCode) {
        RegionScope scope = scopes.current();
        if (regionCode == null || regionCode.isBlank()) {
            return scope.root();
        }
        RegionCode code = RegionCode.of(regionCode);
        scope.requireVisible(code.value(), "livestream.error.region-not-found", code.value());
        regions.get(code);
        return code;
    }
}
