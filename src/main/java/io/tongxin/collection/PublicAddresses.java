package io.tongxin.collection;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses of the public links, for copying and for QR codes: the configured public
 * address when there is one (behind a proxy the staff's own address may be an internal one),
 * else the address of the current request.
 */
@Component
class PublicAddresses {

    private final CollectionProperties properties;

    PublicAddresses(CollectionProperties properties) {
        this.properties = properties;
    }

    String absolute(String path) {
        String base = properties.publicBaseUrl();
        if (base != null && !base.isBlank()) {
            return base.strip().replaceAll("/+$", "") + path;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }
}
