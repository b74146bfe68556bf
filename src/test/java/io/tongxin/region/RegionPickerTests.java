package io.tongxin.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The picker as htmx gets it from GET /regions/picker, which renders the reusable fragment. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "region-picker-tester")
class RegionPickerTests {

    @Autowired
    MockMvc mvc;

    private PickerHtml picker(String... params) throws Exception {
        var request = RegionApiTests.get("/regions/picker");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return PickerHtml.parse(mvc.perform(request).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString());
    }

    @Test
    void startsWithTheProvinces() throws Exception {
        PickerHtml html = picker("name", "regionCode");
        assertThat(html.hiddenName()).isEqualTo("regionCode");
        assertThat(html.hiddenValue()).isEmpty();
        assertThat(html.ids()).containsExactly("regionCode-province");
        PickerHtml.Select provinces = html.select("regionCode-province");
        assertThat(provinces.texts().get(0)).isEqualTo("请选择省份");
        assertThat(provinces.attr("aria-label")).isEqualTo("请选择省份");
        assertThat(provinces.values()).startsWith("").contains("620000000000", "110000000000");
        assertThat(provinces.texts()).contains("甘肃省");
    }

    @Test
    void choosingATownshipLoadsItsVillages() throws Exception {
        PickerHtml html = picker("name", "regionCode", "value", "621022104000");
        assertThat(html.hiddenValue()).isEqualTo("621022104000");
        assertThat(html.ids()).containsExactly("regionCode-province", "regionCode-city", "regionCode-county",
            "regionCode-township", "regionCode-village");
        assertThat(html.selectedTexts()).containsExactly("甘肃省", "庆阳市", "环县", "洪德镇");
        assertThat(html.select("regionCode-county").texts()).contains("请选择县（区）", "环县", "西峰区");

        PickerHtml.Select villages = html.select("regionCode-village");
        assertThat(villages.options().get(0)).isEqualTo(new PickerHtml.Option("621022104000", "请选择村（社区）", false));
        assertThat(villages.options()).contains(new PickerHtml.Option("621022104201", "耿原畔村委会", false));
        assertThat(villages.values().subList(1, villages.values().size())).allMatch(v -> v.startsWith("621022104"));
        // htmx: a change sends the select's own value to the picker endpoint and swaps the whole picker.
        assertThat(villages.attr("name")).isEqualTo("value");
        assertThat(villages.attr("hx-get")).startsWith("/regions/picker?name=regionCode");
        assertThat(villages.attr("hx-trigger")).isEqualTo("change");
        assertThat(villages.attr("hx-target")).isEqualTo("closest .region-picker");
        assertThat(villages.attr("hx-swap")).isEqualTo("outerHTML");
        // Not part of the enclosing form: only the hidden input is submitted.
        assertThat(villages.attr("form")).isNotBlank();
        assertThat(villages.disabled()).isFalse();
    }

    @Test
    void aVillageIsTheDeepestLevel() throws Exception {
        PickerHtml html = picker("name", "r", "value", "621022104201");
        assertThat(html.hiddenValue()).isEqualTo("621022104201");
        assertThat(html.selects()).hasSize(5);
        assertThat(html.selectedTexts()).containsExactly("甘肃省", "庆阳市", "环县", "洪德镇", "耿原畔村委会");
    }

    @Test
    void aRootFixesTheLevelsDownToIt() throws Exception {
        PickerHtml html = picker("name", "area", "root", "620823000000");
        assertThat(html.hiddenValue()).isEqualTo("620823000000");
        List<PickerHtml.Select> fixed = html.selects().stream().filter(PickerHtml.Select::disabled).toList();
        assertThat(fixed).extracting(s -> s.attr("id")).containsExactly("area-province", "area-city", "area-county");
        assertThat(fixed).flatExtracting(PickerHtml.Select::texts).containsExactly("甘肃省", "平凉市", "崇信县");

        PickerHtml.Select townships = html.select("area-township");
        assertThat(townships.disabled()).isFalse();
        assertThat(townships.values()).startsWith("620823000000").contains("620823100000")
            .allMatch(code -> code.startsWith("620823"));
        assertThat(townships.attr("hx-get")).contains("root=620823000000");
    }

    @Test
    void aValueOutsideTheRootIsIgnored() throws Exception {
        PickerHtml html = picker("name", "area", "root", "620823000000", "value", "621022104201");
        assertThat(html.hiddenValue()).isEqualTo("620823000000");
        assertThat(html.selectedTexts()).containsExactly("甘肃省", "平凉市", "崇信县");
        assertThat(html.ids()).last().isEqualTo("area-township");
    }

    @Test
    void aMalformedOrUnknownRootIsRefused() throws Exception {
        mvc.perform(RegionApiTests.get("/regions/picker?name=r&root=abc")).andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("区划代码“abc”格式不正确")));
        mvc.perform(RegionApiTests.get("/regions/picker?name=r&root=629999999999")).andExpect(status().isNotFound());
    }

    @Test
    void aMalformedOrUnknownValueSelectsNothing() throws Exception {
        assertThat(picker("name", "r", "value", "abc").hiddenValue()).isEmpty();
        assertThat(picker("name", "r", "value", "629999999999").ids()).containsExactly("r-province");
    }
}
