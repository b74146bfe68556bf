package io.tongxin.livestream.internal;

import java.time.LocalDate;

import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import io.tongxin.security.RegionScopes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The programme overview: coverage cards and per-sub-region table, results charts (drawn by
 * livestream-overview.js from /api/v1/livestream/figures) and the top lists. Defaults to this year.
 */
@Controller
class OverviewPageController {

    private final LivestreamFigures figures;
    private final RegionArgument regionArgument;
    private final RegionDirectory regions;
    private final RegionScopes scopes;

    OverviewPageController(LivestreamFigures figures, RegionArgument regionArgument, RegionDirectory regions,
            RegionScopes scopes) {
        this.figures = figures;
        this.regionArgument = regionArgument;
        this.regions = regions;
        this.scopes = scopes;
    }

    @GetMapping("/livestream")
    @PreAuthorize("hasAuthority('livestream:view')")
    String overview(@RequestParam(required = false) String regionCode, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, Model model) {
        RegionCode region = regionArgument.resolve(regionCode);
        LocalDate end = to == null ? LocalDate.now(Sql.ZONE) : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        model.addAttribute("region", regions.get(region));
        model.addAttribute("scopeRoot", scopes.current().root().value());
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("summary", figures.summary(region.value(), start, end));
        model.addAttribute("rows", figures.byChildRegion(region.value(), start, end));
        model.addAttribute("topLists", figures.breakdowns(region.value(), start, end));
        model.addAttribute("figuresUrl", UriComponentsBuilder.fromPath("/api/v1/livestream/figures")
            .queryParam("regionCode", region.value()).queryParam("from", start).queryParam("to", end)
            .build().toUriString());
        model.addAttribute("section", "overview");
        return "livestream/overview";
    }
}
