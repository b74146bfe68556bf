package io.tongxin.member;

import io.tongxin.importing.ImportApiEndpoints;
import io.tongxin.importing.ImportJobs;
import io.tongxin.member.internal.MemberImportHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Member imports over the API: upload (validated in the background), poll the job and its report,
 * commit, download the rejected rows (the endpoints are {@link ImportApiEndpoints}).
 */
@RestController
@RequestMapping("/api/v1/member-imports")
@PreAuthorize("hasAuthority('member:import')")
class MemberImportApiController extends ImportApiEndpoints {

    MemberImportApiController(ImportJobs imports) {
        super(imports, MemberImportHandler.KIND);
    }
}
