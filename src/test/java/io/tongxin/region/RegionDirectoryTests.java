package io.tongxin.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class RegionDirectoryTests {

    static final RegionCode HONGDE = RegionCode.of("621022104000");
    static final RegionCode GENGYUANPAN = RegionCode.of("621022104201");

    @Autowired
    RegionDirectory regions;

    @Test
    void getsARegionWithItsLevelParentAndPath() {
        Region hongde = regions.get(HONGDE);
        assertThat(hongde).isEqualTo(new Region(HONGDE, "洪德镇", RegionLevel.TOWNSHIP,
            RegionCode.of("621022000000"), "甘肃省/庆阳市/环县/洪德镇"));
        assertThat(regions.get(RegionCode.of("620823000000")).parentCode()).isEqualTo(RegionCode.of("620800000000"));
    }

    @Test
    void anUnknownCodeIsNotFound() {
        RegionCode unknown = RegionCode.of("629999999999");
        assertThat(regions.find(unknown)).isEmpty();
        assertThat(regions.exists(unknown)).isFalse();
        assertThat(regions.exists(HONGDE)).isTrue();
        assertThatThrownBy(() -> regions.get(unknown)).isInstanceOf(RegionNotFound.class)
            .extracting(e -> ((RegionNotFound) e).messageCode()).isEqualTo("error.region.not-found");
        assertThatThrownBy(() -> regions.children(unknown)).isInstanceOf(RegionNotFound.class);
        assertThatThrownBy(() -> regions.ancestorsAndSelf(unknown)).isInstanceOf(RegionNotFound.class);
    }

    @Test
    void childrenAreOrderedByCode() {
        List<Region> villages = regions.children(HONGDE);
        assertThat(villages).extracting(Region::name).contains("耿原畔村委会");
        assertThat(villages).allMatch(v -> v.level() == RegionLevel.VILLAGE && v.parentCode().equals(HONGDE));
        assertThat(villages).extracting(Region::code).isSorted();
        assertThat(regions.children(GENGYUANPAN)).isEmpty();
    }

    @Test
    void townshipsOfACityWithoutCountiesHangOnTheCity() {
        // Outside Gansu only counties are loaded, so 东莞's children are empty, but it is a city.
        Region dongguan = regions.get(RegionCode.of("441900000000"));
        assertThat(dongguan.level()).isEqualTo(RegionLevel.CITY);
        assertThat(regions.children(RegionCode.of("440000000000"))).contains(dongguan);
    }

    @Test
    void provincesAreTheRoots() {
        List<Region> provinces = regions.provinces();
        assertThat(provinces).hasSizeGreaterThanOrEqualTo(31)
            .allMatch(p -> p.level() == RegionLevel.PROVINCE && p.parentCode() == null);
        assertThat(provinces).extracting(Region::name).contains("甘肃省", "北京市", "新疆维吾尔自治区");
        assertThat(provinces).extracting(Region::code).isSorted();
    }

    @Test
    void ancestorsStartWithTheProvince() {
        assertThat(regions.ancestorsAndSelf(GENGYUANPAN)).extracting(Region::name)
            .containsExactly("甘肃省", "庆阳市", "环县", "洪德镇", "耿原畔村委会");
        assertThat(regions.ancestorsAndSelf(RegionCode.of("620000000000"))).extracting(Region::name)
            .containsExactly("甘肃省");
    }

    @Test
    void searchFindsNamesContainingTheTextHigherLevelsFirst() {
        List<Region> found = regions.search(" 洪德 ", 50);
        assertThat(found).isNotEmpty().allMatch(r -> r.name().contains("洪德"));
        assertThat(found.get(0)).extracting(Region::code).isEqualTo(HONGDE);
        assertThat(found).extracting(Region::level).isSorted();
        assertThat(regions.search("崇信县", 5)).extracting(Region::code).first()
            .isEqualTo(RegionCode.of("620823000000"));
        assertThat(regions.search("村", 7)).hasSize(7);
        assertThat(regions.search(" ", 10)).isEmpty();
        assertThat(regions.search("洪德", 0)).isEmpty();
    }
}
