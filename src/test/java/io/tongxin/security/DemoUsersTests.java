package io.tongxin.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class DemoUsersTests {

    @Autowired
    MockMvc mvc;

    @Test
    void everyDemoAccountLogsInWithTheDocumentedPasswordAndHasItsRole() throws Exception {
        for (DemoUsers.DemoUser demo : DemoUsers.USERS) {
            mvc.perform(formLogin("/login").user(demo.username()).password(DemoUsers.DEMO_PASSWORD))
                .andExpect(authenticated().withUsername(demo.username()).withRoles(demo.role()));
        }
    }
}
