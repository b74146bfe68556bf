package io.tongxin.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.tongxin.region.RegionCode;
import org.junit.jupiter.api.Test;

/** How a scope meets a region filter: the lists' totals are read for exactly that region. */
class RegionScopeTests {

    private static final RegionCode QINGYANG = RegionCode.of(SecurityFixtures.QINGYANG);
    private static final RegionCode HUANXIAN = RegionCode.of(SecurityFixtures.HUANXIAN);
    private static final RegionCode CHONGXIN = RegionCode.of(SecurityFixtures.CHONGXIN);

    @Test
    void aFilterInsideTheScopeNarrowsItToTheFilter() {
        assertThat(new RegionScope(QINGYANG).narrowedTo(HUANXIAN)).contains(HUANXIAN);
    }

    @Test
    void aFilterAboveTheScopeOrNoFilterLeavesTheScope() {
        assertThat(new RegionScope(HUANXIAN).narrowedTo(QINGYANG)).contains(HUANXIAN);
        assertThat(new RegionScope(HUANXIAN).narrowedTo(HUANXIAN)).contains(HUANXIAN);
        assertThat(new RegionScope(HUANXIAN).narrowedTo(null)).contains(HUANXIAN);
    }

    @Test
    void aFilterElsewhereSeesNothing() {
        assertThat(new RegionScope(HUANXIAN).narrowedTo(CHONGXIN)).isEmpty();
        assertThat(new RegionScope(QINGYANG).narrowedTo(CHONGXIN)).isEmpty();
    }
}
