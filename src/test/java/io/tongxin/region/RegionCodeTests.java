package io.tongxin.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tongxin.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class RegionCodeTests {

    @ParameterizedTest
    @CsvSource({
        "620000000000, PROVINCE, 62",
        "621000000000, CITY, 6210",
        "621022000000, COUNTY, 621022",
        "621022104000, TOWNSHIP, 621022104",
        "621022104201, VILLAGE, 621022104201",
        "441900003000, TOWNSHIP, 441900003"
    })
    void levelAndSubtreePrefixFollowTheSignificantDigits(String code, RegionLevel level, String prefix) {
        RegionCode region = RegionCode.of(code);
        assertThat(region.level()).isEqualTo(level);
        assertThat(region.subtreePrefix()).isEqualTo(prefix);
    }

    @Test
    void aCityContainsItsVillagesButNotAnotherCitysCounties() {
        RegionCode qingyang = RegionCode.of("621000000000");
        assertThat(qingyang.contains(RegionCode.of("621022104201"))).isTrue();
        assertThat(qingyang.contains(qingyang)).isTrue();
        assertThat(qingyang.contains(RegionCode.of("620823000000"))).isFalse();
        assertThat(qingyang.subtreeUpperBound()).isEqualTo("621099999999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"62102210420", "6210221042011", "62102210420A", "000000000000", ""})
    void malformedCodesAreRefusedWithAMessageCode(String code) {
        assertThatThrownBy(() -> RegionCode.of(code))
            .isInstanceOf(InvalidInputException.class)
            .extracting(e -> ((InvalidInputException) e).messageCode())
            .isEqualTo("error.region.malformed-code");
    }

    @Test
    void isABareStringInJson() {
        JsonMapper json = JsonMapper.builder().build();
        RegionCode code = RegionCode.of("621022104201");
        assertThat(json.writeValueAsString(code)).isEqualTo("\"621022104201\"");
        assertThat(json.readValue("\"621022104201\"", RegionCode.class)).isEqualTo(code);
    }
}
