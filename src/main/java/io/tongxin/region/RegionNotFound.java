package io.tongxin.region;

import io.tongxin.shared.NotFoundException;

/** No region has this code (the code itself is well-formed). */
public class RegionNotFound extends NotFoundException {

    public RegionNotFound(RegionCode code) {
        super("error.region.not-found", code.value());
    }
}
