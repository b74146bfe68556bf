package io.tongxin.region;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "region-api-tester")
class RegionApiTests {

    @Autowired
    MockMvc mvc;

    /**
     * Hands @WithMockUser's user to the request. Boot 4 does this by itself only with
     * spring-boot-starter-security-test on the classpath, which the build does not have yet.
     */
    static MockHttpServletRequestBuilder get(String uri) {
        return MockMvcRequestBuilders.get(uri).with(testSecurityContext());
    }

    @Test
    void showsARegion() throws Exception {
        mvc.perform(get("/api/v1/regions/621022104000"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.code").value("621022104000"))
            .andExpect(jsonPath("$.name").value("洪德镇"))
            .andExpect(jsonPath("$.level").value("TOWNSHIP"))
            .andExpect(jsonPath("$.parentCode").value("621022000000"))
            .andExpect(jsonPath("$.pathName").value("甘肃省/庆阳市/环县/洪德镇"));
        mvc.perform(get("/api/v1/regions/620823000000"))
            .andExpect(jsonPath("$.parentCode").value("620800000000"))
            .andExpect(jsonPath("$.level").value("COUNTY"));
        mvc.perform(get("/api/v1/regions/620000000000"))
            .andExpect(jsonPath("$.parentCode").value(nullValue()));
    }

    @Test
    void listsChildren() throws Exception {
        mvc.perform(get("/api/v1/regions/621022104000/children"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[*].name", hasItem("耿原畔村委会")))
            .andExpect(jsonPath("$[*].code", hasItem("621022104201")))
            .andExpect(jsonPath("$[*].level", everyItem(org.hamcrest.Matchers.is("VILLAGE"))));
    }

    @Test
    void searchesByNameOrListsTheProvinces() throws Exception {
        mvc.perform(get("/api/v1/regions").param("q", "洪德"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].name").value("洪德镇"))
            .andExpect(jsonPath("$[*].name", everyItem(containsString("洪德"))));
        mvc.perform(get("/api/v1/regions").param("q", "村"))
            .andExpect(jsonPath("$", hasSize(RegionApiController.SEARCH_LIMIT)));
        mvc.perform(get("/api/v1/regions"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[*].level", everyItem(org.hamcrest.Matchers.is("PROVINCE"))))
            .andExpect(jsonPath("$[*].name", hasItem("甘肃省")));
    }

    @Test
    void aMalformedCodeIsABadRequestExplainedInChinese() throws Exception {
        mvc.perform(get("/api/v1/regions/62102210420X"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(400))
            .andExpect(jsonPath("$.detail", containsString("区划代码“62102210420X”格式不正确")));
        mvc.perform(get("/api/v1/regions/6210/children"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownCodeIsNotFoundExplainedInChinese() throws Exception {
        mvc.perform(get("/api/v1/regions/629999999999"))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail", containsString("没有代码为“629999999999”的行政区划")));
        mvc.perform(get("/api/v1/regions/629999999999/children"))
            .andExpect(status().isNotFound());
    }
}
