package io.tongxin.member;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import io.tongxin.member.internal.ImportTemplate;
import io.tongxin.shared.Attachments;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Excel downloads: the current filtered member list (streamed) and the import template. */
@RestController
class MemberExportController {

    private final MemberManagement members;
    private final ImportTemplate template;

    MemberExportController(MemberManagement members, ImportTemplate template) {
        this.members = members;
        this.template = template;
    }

    /** The template to fill in for an import: the export's columns, with drop-downs and instructions. */
    @GetMapping("/api/v1/members/import-template")
    @PreAuthorize("hasAuthority('member:import')")
    void importTemplate(HttpServletResponse response) throws IOException {
        Attachments.xlsx(response, "统战成员导入模板.xlsx", "member-import-template.xlsx");
        template.write(response.getOutputStream());
    }

    @GetMapping("/api/v1/members/export")
    @PreAuthorize("hasAuthority('member:export')")
    void export(MemberListParameters parameters, @RequestParam(defaultValue = "false") boolean sensitive,
            @RequestParam(required = false) String reason, HttpServletResponse response) throws IOException {
        Attachments.xlsx(response, "统战成员-" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + ".xlsx", "members.xlsx");
        MemberQuery query = parameters.toQuery();
        members.export(query, sensitive, reason, response.getOutputStream());
    }
}
