package io.tongxin.region;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only JSON API of the regions. Codes arrive as strings and are parsed here, so a malformed
 * code answers 400 with the region-specific message rather than a generic conversion error.
 */
@RestController
@RequestMapping("/api/v1/regions")
class RegionApiController {

    static final int SEARCH_LIMIT = 50;

    private final RegionDirectory regions;

    RegionApiController(RegionDirectory regions) {
        this.regions = regions;
    }

    /** With {@code q}: name search (at most 50); without: the provinces. */
    @GetMapping
    List<Region> list(@RequestParam(required = false) String q) {
        return q == null || q.isBlank() ? regions.provinces() : regions.search(q, SEARCH_LIMIT);
    }

    @GetMapping("/{code}")
    Region show(@PathVariable String code) {
        return regions.get(RegionCode.of(code));
    }

    @GetMapping("/{code}/children")
    List<Region> children(@PathVariable String code) {
        return regions.children(RegionCode.of(code));
    }
}
