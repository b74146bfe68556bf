package io.tongxin.livestream.internal;

import io.tongxin.importing.ImportApiEndpoints;
import io.tongxin.importing.ImportJobs;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Session imports over the API: upload a platform's export with the form field {@code platform}
 * (a code of the platform dictionary), poll, commit, download the rejected rows.
 */
@RestController
@RequestMapping("/api/v1/livestream/session-imports")
@PreAuthorize("hasAuthority('livestream:edit')")
class SessionImportApiController extends ImportApiEndpoints {

    SessionImportApiController(ImportJobs imports) {
        super(imports, SessionImportHandler.KIND);
    }
}
