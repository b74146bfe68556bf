package io.tongxin.member;

import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Drives the member import API as a client would: upload, poll until the step is done, commit. */
final class ImportApi {

    private final MockMvc mvc;
    private final String user;

    ImportApi(MockMvc mvc, String user) {
        this.mvc = mvc;
        this.user = user;
    }

    /** Uploads and waits for the validation; the job as JSON. */
    DocumentContext validate(String fileName, byte[] content) throws Exception {
        String body = mvc.perform(multipart("/api/v1/member-imports")
                .file(new MockMultipartFile("file", fileName, MediaType.APPLICATION_OCTET_STREAM_VALUE, content))
                .with(httpBasic(user, PASSWORD)))
            .andExpect(status().isAccepted())
            .andReturn().getResponse().getContentAsString();
        return await(JsonPath.parse(body).read("$.id", String.class));
    }

    DocumentContext commit(String id, String mode, boolean update) throws Exception {
        mvc.perform(post("/api/v1/member-imports/{id}/commit", id).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"mode\":\"" + mode + "\",\"update\":" + update + "}"))
            .andExpect(status().isAccepted());
        return await(id);
    }

    DocumentContext await(String id) throws Exception {
        long deadline = System.currentTimeMillis() + Long.getLong("import.await.ms", 60_000L);
        while (true) {
            String body = mvc.perform(get("/api/v1/member-imports/{id}", id).with(httpBasic(user, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
            DocumentContext job = JsonPath.parse(body, com.jayway.jsonpath.Configuration.defaultConfiguration());
            String state = job.read("$.status");
            if (!state.equals("VALIDATING") && !state.equals("COMMITTING")) {
                return job;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Import " + id + " still " + state + " after a minute");
            }
            Thread.sleep(50);
        }
    }
}
