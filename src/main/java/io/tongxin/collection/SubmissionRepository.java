package io.tongxin.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tongxin.security.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Submissions and the review queue; every staff-side query carries the caller's scope. */
@Repository
class SubmissionRepository {

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private static final String SELECT = """
            select s.id, s.campaign_id, c.title as campaign_title, s.link_id, s.member_id, s.region_code, s.name,
                   s.data::text as data, s.id_number_cipher, s.phone_cipher, s.submitted_at, s.status,
                   s.decisions::text as decisions, s.review_reason, s.reviewed_by, s.reviewed_at
              from collection_submission s
              left join collection_campaign c on c.id = s.campaign_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SubmissionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record NewSubmission(Long campaignId, Long linkId, Long memberId, String regionCode, String name,
            Map<String, String> data, String idNumberCipher, String phoneCipher, String clientHash,
            String userAgent) {
    }

    long insert(NewSubmission s) {
        return jdbc.sql("""
                insert into collection_submission (campaign_id, link_id, member_id, region_code, name, data,
                                                   id_number_cipher, phone_cipher, client_hash, user_agent)
                values (:campaign, :link, :member, :region, :name, cast(:data as jsonb), :idCipher, :phoneCipher,
                        :client, :agent)
                returning id
                """)
            .param("campaign", s.campaignId())
            .param("link", s.linkId())
            .param("member", s.memberId())
            .param("region", s.regionCode())
            .param("name", s.name())
            .param("data", json.writeValueAsString(s.data()))
            .param("idCipher", s.idNumberCipher())
            .param("phoneCipher", s.phoneCipher())
            .param("client", s.clientHash())
            .param("agent", s.userAgent())
            .query(Long.class)
            .single();
    }

    Optional<SubmissionRow> find(long id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(this::row).optional();
    }

    /** Locks the row for the reviewer's transaction, so two reviewers cannot both apply it. */
    Optional<SubmissionRow> lock(long id) {
        return jdbc.sql(SELECT + " where s.id = :id for update of s").param("id", id).query(this::row).optional();
    }

    List<SubmissionSummary> list(RegionScope scope, Long campaignId, SubmissionStatus status, int offset,
            int limit) {
        var condition = scope.sql("s.region_code");
        return jdbc.sql("""
                select s.id, s.campaign_id, c.title as campaign_title, s.member_id, s.link_id, s.name,
                       s.region_code, s.status, s.submitted_at, s.reviewed_by
                  from collection_submission s
                  left join collection_campaign c on c.id = s.campaign_id
                 where %s and (cast(:campaign as bigint) is null or s.campaign_id = :campaign)
                   and (cast(:status as varchar) is null or s.status = :status)
                 order by s.submitted_at desc, s.id desc
                 limit :limit offset :offset
                """.formatted(condition.clause()))
            .params(condition.parameters())
            .param("campaign", campaignId)
            .param("status", status == null ? null : status.name())
            .param("limit", limit)
            .param("offset", offset)
            .query((rs, n) -> new SubmissionSummary(rs.getLong("id"), (Long) rs.getObject("campaign_id"),
                    rs.getString("campaign_title"), (Long) rs.getObject("member_id"), rs.getObject("link_id") != null,
                    rs.getString("name"), rs.getString("region_code"), SubmissionStatus.valueOf(rs.getString("status")),
                    instant(rs.getObject("submitted_at", OffsetDateTime.class)), rs.getString("reviewed_by")))
            .list();
    }

    long count(RegionScope scope, Long campaignId, SubmissionStatus status) {
        var condition = scope.sql("s.region_code");
        return jdbc.sql("select count(*) from collection_submission s where " + condition.clause()
                + " and (cast(:campaign as bigint) is null or s.campaign_id = :campaign)"
                + " and (cast(:status as varchar) is null or s.status = :status)")
            .params(condition.parameters())
            .param("campaign", campaignId)
            .param("status", status == null ? null : status.name())
            .query(Long.class)
            .single();
    }

    void markReviewed(long id, SubmissionStatus status, Long memberId, Map<String, String> decisions, String reason,
            String actor) {
        jdbc.sql("""
                update collection_submission
                   set status = :status, member_id = coalesce(:member, member_id), decisions = cast(:decisions as jsonb),
                       review_reason = :reason, reviewed_by = :actor, reviewed_at = now()
                 where id = :id
                """)
            .param("status", status.name())
            .param("member", memberId)
            .param("decisions", json.writeValueAsString(decisions))
            .param("reason", reason)
            .param("actor", actor)
            .param("id", id)
            .update();
    }

    private SubmissionRow row(ResultSet rs, int n) throws SQLException {
        String decisions = rs.getString("decisions");
        return new SubmissionRow(rs.getLong("id"), (Long) rs.getObject("campaign_id"), rs.getString("campaign_title"),
                (Long) rs.getObject("link_id"), (Long) rs.getObject("member_id"), rs.getString("region_code"),
                rs.getString("name"), map(rs.getString("data")), rs.getString("id_number_cipher"),
                rs.getString("phone_cipher"), instant(rs.getObject("submitted_at", OffsetDateTime.class)),
                SubmissionStatus.valueOf(rs.getString("status")), decisions == null ? Map.of() : map(decisions),
                rs.getString("review_reason"), rs.getString("reviewed_by"),
                instant(rs.getObject("reviewed_at", OffsetDateTime.class)));
    }

    private Map<String, String> map(String text) {
        return new LinkedHashMap<>(json.readValue(text, STRING_MAP));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
