package io.tongxin.region;

import java.util.Optional;

import org.springframework.stereotype.Service;

/** Placeholder until the regions branch lands. */
@Service
public class RegionDirectory {

    public Optional<Region> find(RegionCode code) {
        return Optional.empty();
    }
}
