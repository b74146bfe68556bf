package io.tongxin.livestream.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tongxin.livestream.internal.AggregateSource.Kind;
import io.tongxin.region.RegionCode;
import org.junit.jupiter.api.Test;

/** Which table each part of a range is read from, and the days each part covers. */
class AggregateSourceTests {

    private static final RegionCode COUNTY = RegionCode.of("621022000000");
    private static final Pattern PART = Pattern.compile("from (\\w+) where .*? and (?:day|month) ([^u]*?)(?: union all|\\)$)");

    @Test
    void aRangeInsideOneMonthReadsTheDailyTableOnly() {
        assertThat(parts("2025-01-02", "2025-01-31")).containsExactly("livestream_daily 2025-01-02..2025-01-31");
        assertThat(parts("2025-02-01", "2025-02-27")).containsExactly("livestream_daily 2025-02-01..2025-02-27");
        assertThat(parts("2025-03-05", "2025-03-05")).containsExactly("livestream_daily 2025-03-05..2025-03-05");
    }

    @Test
    void wholeMonthsComeFromTheMonthlyTableAndTheEdgesFromTheDailyOne() {
        assertThat(parts("2025-01-15", "2025-03-01")).containsExactly("livestream_monthly 2025-02-01..2025-02-28",
                "livestream_daily 2025-01-15..2025-01-31", "livestream_daily 2025-03-01..2025-03-01");
        assertThat(parts("2024-12-31", "2025-02-28")).containsExactly("livestream_monthly 2025-01-01..2025-02-28",
                "livestream_daily 2024-12-31..2024-12-31");
        assertThat(parts("2025-01-01", "2025-03-15")).containsExactly("livestream_monthly 2025-01-01..2025-02-28",
                "livestream_daily 2025-03-01..2025-03-15");
        // A leap year's February, ending on its last day.
        assertThat(parts("2024-01-20", "2024-02-29")).containsExactly("livestream_monthly 2024-02-01..2024-02-29",
                "livestream_daily 2024-01-20..2024-01-31");
    }

    @Test
    void wholeYearsAndAllTimeComeFromTheMonthlyTableOnly() {
        assertThat(parts("2025-01-01", "2025-12-31")).containsExactly("livestream_monthly 2025-01-01..2025-12-31");
        assertThat(parts("2025-02-01", "2025-02-28")).containsExactly("livestream_monthly 2025-02-01..2025-02-28");
        assertThat(parts(FigureRepository.BEGINNING.toString(), FigureRepository.END.toString()))
            .containsExactly("livestream_monthly 2000-01-01..2999-12-31");
    }

    @Test
    void anEmptyRangeReadsNothing() {
        assertThat(parts("2025-03-05", "2025-03-01")).containsExactly("livestream_daily 2025-03-05..2025-03-01");
        assertThat(parts("2025-03-01", "2025-02-28")).containsExactly("livestream_daily 2025-03-01..2025-02-28");
    }

    @Test
    void theProductsHaveTheirOwnTablesAndEveryPartTheSameColumns() {
        AggregateSource products = AggregateSource.of(Kind.PRODUCTS, COUNTY, LocalDate.parse("2025-01-15"),
                LocalDate.parse("2025-03-01"), null);
        assertThat(products.sql()).contains("from livestream_product_monthly", "from livestream_product_daily")
            .doesNotContain("from livestream_monthly", "from livestream_daily");
        AggregateSource one = AggregateSource.of(Kind.SESSIONS, COUNTY, LocalDate.parse("2025-01-15"),
                LocalDate.parse("2025-03-01"), "streamer_id = :streamer");
        assertThat(one.sql().split("union all")).hasSize(3).allSatisfy(part -> assertThat(part)
            .contains("month, region_code, streamer_id, platform_code, sessions, seconds, viewers, orders, gmv from")
            .contains("region_code between :low and :high and streamer_id = :streamer and "));
        assertThat(one.params()).containsEntry("low", COUNTY.subtreeLowerBound())
            .containsEntry("high", COUNTY.subtreeUpperBound());
    }

    /**
     * livestream_product_monthly is keyed by township (V64): a village's products come from the
     * daily table for any range, a township's and above from the monthly one as before. The
     * session figures, monthly at village grain, are unaffected.
     */
    @Test
    void aVillagesProductsComeFromTheDailyTableOnly() {
        RegionCode village = RegionCode.of("621022104201");
        RegionCode township = RegionCode.of("621022104000");
        assertThat(parts(Kind.PRODUCTS, village, "2025-01-01", "2025-12-31"))
            .containsExactly("livestream_product_daily 2025-01-01..2025-12-31");
        assertThat(parts(Kind.PRODUCTS, village, "2025-01-15", "2025-03-01"))
            .containsExactly("livestream_product_daily 2025-01-15..2025-03-01");
        assertThat(parts(Kind.PRODUCTS, village, "2025-03-02", "2025-03-20"))
            .containsExactly("livestream_product_daily 2025-03-02..2025-03-20");
        assertThat(AggregateSource.of(Kind.PRODUCTS, village, LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-12-31"), null).params())
            .containsEntry("low", "621022104201").containsEntry("high", "621022104201");

        for (RegionCode region : List.of(township, COUNTY, RegionCode.of("621000000000"))) {
            assertThat(parts(Kind.PRODUCTS, region, "2025-01-01", "2025-12-31")).as(region.value())
                .containsExactly("livestream_product_monthly 2025-01-01..2025-12-31");
            assertThat(parts(Kind.PRODUCTS, region, "2025-01-15", "2025-03-01")).as(region.value())
                .containsExactly("livestream_product_monthly 2025-02-01..2025-02-28",
                        "livestream_product_daily 2025-01-15..2025-01-31",
                        "livestream_product_daily 2025-03-01..2025-03-01");
        }
        assertThat(parts(Kind.SESSIONS, village, "2025-01-01", "2025-12-31"))
            .containsExactly("livestream_monthly 2025-01-01..2025-12-31");
    }

    /**
     * The session figures by township (V65): a township and above read livestream_township_monthly
     * for whole months and livestream_daily for the edges, with no streamer column; a village is
     * not in the township table and reads the daily one for any range.
     */
    @Test
    void theTownshipGrainSessionsComeFromTheTownshipTableFromATownshipUp() {
        RegionCode village = RegionCode.of("621022104201");
        for (RegionCode region : List.of(RegionCode.of("621022104000"), COUNTY, RegionCode.of("621000000000"))) {
            assertThat(parts(Kind.SESSIONS_BY_TOWNSHIP, region, "2025-01-01", "2025-12-31")).as(region.value())
                .containsExactly("livestream_township_monthly 2025-01-01..2025-12-31");
            assertThat(parts(Kind.SESSIONS_BY_TOWNSHIP, region, "2025-01-15", "2025-03-01")).as(region.value())
                .containsExactly("livestream_township_monthly 2025-02-01..2025-02-28",
                        "livestream_daily 2025-01-15..2025-01-31", "livestream_daily 2025-03-01..2025-03-01");
            assertThat(parts(Kind.SESSIONS_BY_TOWNSHIP, region, "2025-03-02", "2025-03-20")).as(region.value())
                .containsExactly("livestream_daily 2025-03-02..2025-03-20");
        }
        assertThat(parts(Kind.SESSIONS_BY_TOWNSHIP, village, "2025-01-01", "2025-12-31"))
            .containsExactly("livestream_daily 2025-01-01..2025-12-31");
        AggregateSource source = AggregateSource.of(Kind.SESSIONS_BY_TOWNSHIP, COUNTY, LocalDate.parse("2025-01-15"),
                LocalDate.parse("2025-03-01"), null);
        assertThat(source.sql().split("union all")).hasSize(3).allSatisfy(part -> assertThat(part)
            .contains("month, region_code, platform_code, sessions, seconds, viewers, orders, gmv from")
            .doesNotContain("streamer_id"));
    }

    /** Each part of the union as "table first..last" (inclusive days), in the source's order. */
    private static List<String> parts(String from, String to) {
        return parts(Kind.SESSIONS, COUNTY, from, to);
    }

    private static List<String> parts(Kind kind, RegionCode region, String from, String to) {
        AggregateSource source = AggregateSource.of(kind, region, LocalDate.parse(from), LocalDate.parse(to), null);
        Matcher m = PART.matcher(source.sql());
        List<String> parts = new ArrayList<>();
        while (m.find()) {
            parts.add(m.group(1) + " " + days(m.group(2), source));
        }
        return parts;
    }

    /** The days a part's condition admits, from its bound parameters. */
    private static String days(String condition, AggregateSource source) {
        Matcher bounds = Pattern.compile("(>=|<=|<|between) :(\\w+)(?: and :(\\w+))?").matcher(condition);
        LocalDate first = null;
        LocalDate last = null;
        while (bounds.find()) {
            LocalDate value = (LocalDate) source.params().get(bounds.group(2));
            switch (bounds.group(1)) {
                case ">=" -> first = value;
                case "<=" -> last = value;
                case "<" -> last = value.minusDays(1);
                default -> {
                    first = value;
                    last = (LocalDate) source.params().get(bounds.group(3));
                }
            }
        }
        return first + ".." + last;
    }
}
