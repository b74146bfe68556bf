package io.tongxin.member.internal;

import io.tongxin.member.MembersMerged;
import io.tongxin.member.ChangeSource;
import io.tongxin.security.RegionScope;
import io.tongxin.shared.ConflictException;
import io.tongxin.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Combines two records of the same person into one. The kept record takes over the other's
 * accounts, positions and change history, gains its categories and tags, and fills its own empty
 * fields from it; the other record is then removed. Both versions must be the ones the user saw.
 */
@Component
public class MemberMerger {

    /** Text columns copied from the merged record where the kept one is empty. */
    private static final String[] FILLABLE = {"gender", "ethnicity_code", "birth_date", "native_place",
        "education_code", "political_affiliation_code", "employer", "position", "address", "notes"};

    private final JdbcClient jdbc;
    private final MemberStore store;
    private final ChangeHistory history;
    private final ApplicationEventPublisher events;

    MemberMerger(JdbcClient jdbc, MemberStore store, ChangeHistory history, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.store = store;
        this.history = history;
    }

    public void merge(long keepId, int keepVersion, long mergeId, int mergeVersion, RegionScope scope,
            String actor) {
        if (keepId == mergeId) {
            throw new InvalidInputException("error.member.merge-same");
        }
        MemberRow keep = store.stored(keepId, scope);
        MemberRow merged = store.stored(mergeId, scope);
        if (keep.version() != keepVersion || merged.version() != mergeVersion) {
            throw new ConflictException("error.member.stale-version",
                    keep.version() != keepVersion ? keep.name() : merged.name());
        }
        // ID numbers are unique (member_id_number_key): two records that both hold one hold two
        // different numbers, however alike their masks (same county and last four digits) look.
        if (keep.idCipher() != null && merged.idCipher() != null) {
            throw new ConflictException("error.member.merge-different-id");
        }
        boolean takeSensitive = keep.idCipher() == null && merged.idCipher() != null;
        jdbc.sql("update member_account set member_id = :keep where member_id = :merge")
            .param("keep", keepId).param("merge", mergeId).update();
        jdbc.sql("update member_position set member_id = :keep where member_id = :merge")
            .param("keep", keepId).param("merge", mergeId).update();
        jdbc.sql("update member_change set member_id = :keep where member_id = :merge")
            .param("keep", keepId).param("merge", mergeId).update();
        // Read the merged row's sensitive columns before deleting it; its unique ID hash must be
        // gone before the kept record can take it over.
        var sensitive = jdbc.sql("""
                select id_number_cipher, id_number_hmac, id_number_masked, phone_cipher, phone_hmac, phone_last4,
                       phone_masked from member where id = :id""")
            .param("id", mergeId)
            .query((rs, n) -> new SensitiveValues(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7)))
            .single();
        fillEmptyFields(keepId, mergeId);
        jdbc.sql("delete from member where id = :id").param("id", mergeId).update();
        events.publishEvent(new MembersMerged(keepId, mergeId));
        if (takeSensitive) {
            jdbc.sql("""
                    update member set id_number_cipher = :c, id_number_hmac = :h, id_number_masked = :m
                     where id = :id""")
                .param("c", sensitive.idCipher()).param("h", sensitive.idHmac()).param("m", sensitive.idMasked())
                .param("id", keepId).update();
        }
        if (keep.phoneCipher() == null && sensitive.phoneCipher() != null) {
            jdbc.sql("""
                    update member set phone_cipher = :c, phone_hmac = :h, phone_last4 = :l, phone_masked = :m
                     where id = :id""")
                .param("c", sensitive.phoneCipher()).param("h", sensitive.phoneHmac())
                .param("l", sensitive.phoneLast4()).param("m", sensitive.phoneMasked()).param("id", keepId).update();
        }
        jdbc.sql("""
                update member set max_followers = coalesce((select max(followers) from member_account
                                                           where member_id = :id), 0),
                       updated_by = :actor, updated_at = now(), version = version + 1
                 where id = :id""")
            .param("id", keepId).param("actor", actor).update();
        history.write(keepId, "merged", null, "#" + mergeId + " " + merged.name(), actor, ChangeSource.MERGE);
    }

    private void fillEmptyFields(long keepId, long mergeId) {
        StringBuilder set = new StringBuilder("""
                category_codes = array(select distinct unnest(k.category_codes || o.category_codes)),
                tags = array(select distinct unnest(k.tags || o.tags))""");
        for (String column : FILLABLE) {
            set.append(", ").append(column).append(" = coalesce(k.").append(column).append(", o.").append(column)
                .append(")");
        }
        jdbc.sql("update member k set " + set + " from member o where k.id = :keep and o.id = :merge")
            .param("keep", keepId).param("merge", mergeId).update();
    }
}
