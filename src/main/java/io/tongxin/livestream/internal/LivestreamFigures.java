package io.tongxin.livestream.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tongxin.dictionary.Dictionaries;
import io.tongxin.region.Region;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import io.tongxin.region.RegionLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme's figures for a region in the caller's scope: summary, breakdowns, top lists. */
@Service
public class LivestreamFigures {

    static final int TOP = 10;

    private final FigureRepository figures;
    private final RegionArgument regionArgument;
    private final RegionDirectory regions;
    private final Dictionaries dictionaries;

    LivestreamFigures(FigureRepository figures, RegionArgument regionArgument, RegionDirectory regions,
            Dictionaries dictionaries) {
        this.figures = figures;
        this.regionArgument = regionArgument;
        this.regions = regions;
        this.dictionaries = dictionaries;
    }

    /** Coverage as of {@code to} (default today); results from {@code from} to {@code to}, both included. */
    @Transactional(readOnly = true)
    public Summary summary(String regionCode, LocalDate from, LocalDate to) {
        RegionCode region = regionArgument.resolve(regionCode);
        LocalDate end = to == null ? LocalDate.now(Sql.ZONE) : to;
        LocalDate start = from == null ? FigureRepository.BEGINNING : from;
        Coverage coverage = figures.coverageByChild(region, region.level().significantDigits(), end).values()
            .stream().reduce(Coverage.ZERO, Coverage::plus);
        return Summary.of(region.value(), from, to, coverage, figures.totals(region, start, end, null));
    }

    /** A streamer's results over all time, in the caller's scope. */
    @Transactional(readOnly = true)
    public Totals totalsOf(long streamerId) {
        return figures.totals(regionArgument.resolve(null), FigureRepository.BEGINNING, FigureRepository.END,
                streamerId);
    }

    /** One row per child region (township of a county, county of a city...): coverage and results. */
    @Transactional(readOnly = true)
    public List<Row> byChildRegion(String regionCode, LocalDate from, LocalDate to) {
        RegionCode region = regionArgument.resolve(regionCode);
        LocalDate end = to == null ? LocalDate.now(Sql.ZONE) : to;
        LocalDate start = from == null ? FigureRepository.BEGINNING : from;
        if (region.level() == RegionLevel.VILLAGE) {
            return List.of();
        }
        int digits = RegionLevel.values()[region.level().ordinal() + 1].significantDigits();
        Map<String, Coverage> coverage = figures.coverageByChild(region, digits, end);
        Map<String, Totals> totals = figures.totalsByChild(region, digits, start, end);
        List<Row> rows = new ArrayList<>();
        for (Region child : regions.children(region)) {
            String key = child.code().value();
            rows.add(new Row(key, child.name(), coverage.getOrDefault(key, Coverage.ZERO),
                    totals.getOrDefault(key, Totals.ZERO)));
        }
        return rows;
    }

    @Transactional(readOnly = true)
    public Map<LocalDate, Totals> byMonth(String regionCode, LocalDate from, LocalDate to, Long streamer) {
        RegionCode region = regionArgument.resolve(regionCode);
        return figures.byMonth(region, from == null ? FigureRepository.BEGINNING : from,
                to == null ? LocalDate.now(Sql.ZONE) : to, streamer);
    }

    /** Results by platform, top streamers, villages and products: each a list of named rows. */
    @Transactional(readOnly = true)
    public Map<String, List<Named>> breakdowns(String regionCode, LocalDate from, LocalDate to) {
        RegionCode region = regionArgument.resolve(regionCode);
        LocalDate end = to == null ? LocalDate.now(Sql.ZONE) : to;
        LocalDate start = from == null ? FigureRepository.BEGINNING : from;
        Map<String, List<Named>> result = new LinkedHashMap<>();
        result.put("platforms", figures.byPlatform(region, start, end).stream()
            .map(n -> new Named(n.key(), dictionaries.nameOf("platform", n.key()), n.totals())).toList());
        result.put("streamers", figures.topStreamers(region, start, end, TOP).stream()
            .map(n -> new Named(n.key(), n.label(), n.totals())).toList());
        result.put("villages", figures.topVillages(region, start, end, TOP).stream()
            .map(n -> new Named(n.key(), regions.find(RegionCode.of(n.key())).map(Region::pathName).orElse(n.key()),
                    n.totals())).toList());
        result.put("products", figures.topProducts(region, start, end, TOP).stream()
            .map(n -> new Named(n.key(), dictionaries.nameOf(SessionValidator.PRODUCTS, n.key()), n.totals()))
            .toList());
        return result;
    }

    /** A child region's coverage and results. */
    public record Row(String code, String name, Coverage coverage, Totals totals) {
    }

    /** A group (platform, streamer, village, product) with its display name and results. */
    public record Named(String key, String name, Totals totals) {
    }
}
