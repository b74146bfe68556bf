package io.tongxin.member;

import java.io.IOException;

import io.tongxin.shared.InvalidInputException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A member's optional photo: upload (multipart field {@code file}) and download, scoped like the record. */
@RestController
@RequestMapping("/api/v1/members/{id}/photo")
class MemberPhotoController {

    private final MemberManagement members;

    MemberPhotoController(MemberManagement members) {
        this.members = members;
    }

    @PutMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('member:edit')")
    void upload(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        if (file.getSize() > 2L * 1024 * 1024) {
            throw new InvalidInputException("error.member.photo-too-large", 2);
        }
        members.savePhoto(id, file.getBytes());
    }

    @GetMapping
    @PreAuthorize("hasAuthority('member:view')")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        MemberPhoto photo = members.photo(id);
        // Personal data: the browser may keep it for this user only and must ask again next time.
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(photo.contentType()))
            .cacheControl(CacheControl.noCache().cachePrivate())
            .eTag("\"" + photo.sha256() + "\"")
            .body(photo.bytes());
    }
}
