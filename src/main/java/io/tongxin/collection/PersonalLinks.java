package io.tongxin.collection;

import java.time.Instant;
import java.util.Optional;

import io.tongxin.audit.AuditActions;
import io.tongxin.audit.AuditEntry;
import io.tongxin.audit.AuditLog;
import io.tongxin.member.Member;
import io.tongxin.member.MemberManagement;
import io.tongxin.security.RegionScopes;
import io.tongxin.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal update links: made by staff for a member in their scope (audited), opened by the
 * member without logging in. The link carries a masked snapshot of the record, so the public page
 * never reads the registry.
 */
@Service
class PersonalLinks {

    private final LinkRepository links;
    private final MemberManagement members;
    private final RegionScopes scopes;
    private final AuditLog audit;
    private final CollectionProperties properties;

    PersonalLinks(LinkRepository links, MemberManagement members, RegionScopes scopes, AuditLog audit,
            CollectionProperties properties) {
        this.links = links;
        this.members = members;
        this.scopes = scopes;
        this.audit = audit;
        this.properties = properties;
    }

    @Transactional
    PersonalLink create(long memberId) {
        Member member = members.get(memberId);
        Instant expires = Instant.now().plus(properties.linkValidity());
        long id = links.insert(Tokens.next(), member.id(), member.regionCode(), FieldValues.ofMember(member), expires,
                scopes.currentUser().getUsername());
        audit.record(AuditEntry.of(AuditActions.COLLECTION_LINK_CREATED).target("MEMBER", String.valueOf(member.id()))
            .region(member.regionCode()).detail("link=" + id + "; expires=" + expires));
        return links.find(id).orElseThrow();
    }

    /** For staff: a link they made, within their scope. */
    @Transactional(readOnly = true)
    PersonalLink get(long id) {
        PersonalLink link = links.find(id).orElseThrow(() -> new NotFoundException("collection.error.link-not-found"));
        scopes.current().requireVisible(link.regionCode(), "collection.error.link-not-found");
        return link;
    }

    @Transactional(readOnly = true)
    Optional<PersonalLink> byToken(String token) {
        return Tokens.wellFormed(token) ? links.findByToken(token) : Optional.empty();
    }
}
