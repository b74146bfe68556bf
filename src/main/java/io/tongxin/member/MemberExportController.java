package io.tongxin.member;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The current filtered member list as an .xlsx download, streamed. */
@RestController
class MemberExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MemberManagement members;

    MemberExportController(MemberManagement members) {
        this.members = members;
    }

    @GetMapping("/api/v1/members/export")
    @PreAuthorize("hasAuthority('member:export')")
    void export(MemberListParameters parameters, @RequestParam(defaultValue = "false") boolean sensitive,
            @RequestParam(required = false) String reason, HttpServletResponse response) throws IOException {
        String file = "统战成员-" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"members.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        MemberQuery query = parameters.toQuery();
        members.export(query, sensitive, reason, response.getOutputStream());
    }
}
