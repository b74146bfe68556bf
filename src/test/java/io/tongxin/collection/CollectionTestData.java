package io.tongxin.collection;

import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.tongxin.personaldata.Gender;
import io.tongxin.personaldata.IdNumbers;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test data of the collection tests: unique ID numbers and phones, campaigns made through the API. */
final class CollectionTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(500));
    private static final AtomicInteger ADDRESS = new AtomicInteger(ThreadLocalRandom.current().nextInt(200) * 250);
    static final JsonMapper JSON = JsonMapper.builder().build();

    private CollectionTestData() {
    }

    /** Born in 镇原县 (621027): no other test module uses it, so no collision in the shared database. */
    static String newIdNumber(Gender gender) {
        LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(14000));
        return IdNumbers.valid("621027", birth, gender, SEQUENCE.incrementAndGet() % 500);
    }

    static String newMobile() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A client address no other test uses, so each test has its own rate-limit window. */
    static String newAddress() {
        int n = ADDRESS.incrementAndGet();
        return "10." + (n / 65536 % 256) + "." + (n / 256 % 256) + "." + (n % 256);
    }

    static JsonNode createCampaign(MockMvc mvc, String user, String region, String asked, String required)
            throws Exception {
        String body = """
                {"title":"网络人士信息采集%d","regionCode":"%s","categoryCodes":["ONLINE","NSS_NEW_MEDIA"],
                 "askedFields":[%s],"requiredFields":[%s],"deadline":"%s"}"""
            .formatted(System.nanoTime() % 100000, region, asked, required, LocalDate.now().plusDays(10));
        String response = mvc.perform(post("/api/v1/collection/campaigns").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        return JSON.readTree(response);
    }

    static JsonNode createCampaign(MockMvc mvc, String user, String region) throws Exception {
        return createCampaign(mvc, user, region, "\"GENDER\",\"ID_NUMBER\",\"PHONE\",\"EMPLOYER\",\"POSITION\",\"CATEGORIES\"",
                "\"ID_NUMBER\",\"PHONE\"");
    }

    /** A signed-in page session (the pages take form login, not HTTP Basic). */
    static MockHttpSession login(MockMvc mvc, String username) throws Exception {
        return (MockHttpSession) mvc.perform(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestBuilders.formLogin("/login").user(username).password(PASSWORD))
            .andReturn().getRequest().getSession();
    }

    /** A fresh anonymous session that has opened the form, as a phone would. */
    static MockHttpSession openForm(MockMvc mvc, String path) throws Exception {
        return (MockHttpSession) mvc.perform(get(path)).andReturn().getRequest().getSession();
    }

    /** A filled-in public form post from one client address. */
    static MockHttpServletRequestBuilder submission(String path, String address, String name, String idNumber,
            String phone, String region, String employer) {
        return submission(path, address, name, idNumber, phone, region, employer, true);
    }

    static MockHttpServletRequestBuilder submission(String path, String address, String name, String idNumber,
            String phone, String region, String employer, boolean consent) {
        return post(path).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        })
            .header("User-Agent", "Mozilla/5.0 (Linux; Android 14) Mobile")
            .param("name", name).param("gender", "")
            .param("idNumber", idNumber).param("phone", phone).param("employer", employer)
            .param("position", "主播").param("regionCode", region).param("categoryCodes", "ONLINE")
            .param("consent", String.valueOf(consent)).param("website", "");
    }
}
