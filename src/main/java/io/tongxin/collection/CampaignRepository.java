package io.tongxin.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.tongxin.security.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaigns with their statistics counted from the submissions in the same query. */
@Repository
class CampaignRepository {

    private static final String SELECT = """
            select c.id, c.title, c.region_code, c.category_codes, c.asked_fields, c.required_fields, c.deadline,
                   c.open, c.token, c.created_by, c.created_at,
                   (select count(*) from collection_submission s where s.campaign_id = c.id) as submitted,
                   (select count(*) from collection_submission s where s.campaign_id = c.id
                       and s.status = 'APPROVED') as approved,
                   (select count(*) from collection_submission s where s.campaign_id = c.id
                       and s.status = 'REJECTED') as rejected
              from collection_campaign c
            """;

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String title, String region, List<String> categories, List<CollectedField> asked,
            List<CollectedField> required, LocalDate deadline, String token, String actor) {
        return jdbc.sql("""
                insert into collection_campaign (title, region_code, category_codes, asked_fields, required_fields,
                                                 deadline, token, created_by)
                values (:title, :region, cast(:categories as varchar[]), cast(:asked as varchar[]),
                        cast(:required as varchar[]), :deadline, :token, :actor)
                returning id
                """)
            .param("title", title)
            .param("region", region)
            .param("categories", SqlArrays.literal(categories))
            .param("asked", SqlArrays.literal(asked))
            .param("required", SqlArrays.literal(required))
            .param("deadline", deadline)
            .param("token", token)
            .param("actor", actor)
            .query(Long.class)
            .single();
    }

    Optional<Campaign> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(CampaignRepository::row).optional();
    }

    Optional<Campaign> findByToken(String token) {
        return jdbc.sql(SELECT + " where c.token = :token").param("token", token).query(CampaignRepository::row)
            .optional();
    }

    List<Campaign> list(RegionScope scope, int offset, int limit) {
        var condition = scope.sql("c.region_code");
        return jdbc.sql(SELECT + " where " + condition.clause() + " order by c.created_at desc, c.id desc"
                + " limit :limit offset :offset")
            .params(condition.parameters())
            .param("limit", limit)
            .param("offset", offset)
            .query(CampaignRepository::row)
            .list();
    }

    long count(RegionScope scope) {
        var condition = scope.sql("c.region_code");
        return jdbc.sql("select count(*) from collection_campaign c where " + condition.clause())
            .params(condition.parameters())
            .query(Long.class)
            .single();
    }

    /** Every campaign in the scope, newest first, for the review queue's filter (id and title only matter). */
    List<Campaign> all(RegionScope scope) {
        return list(scope, 0, 500);
    }

    void setOpen(long id, boolean open) {
        jdbc.sql("update collection_campaign set open = :open where id = :id").param("open", open).param("id", id)
            .update();
    }

    private static Campaign row(ResultSet rs, int n) throws SQLException {
        long submitted = rs.getLong("submitted");
        long approved = rs.getLong("approved");
        long rejected = rs.getLong("rejected");
        String token = rs.getString("token");
        return new Campaign(rs.getLong("id"), rs.getString("title"), rs.getString("region_code"),
                SqlArrays.strings(rs.getArray("category_codes")), fields(rs.getArray("asked_fields")),
                fields(rs.getArray("required_fields")), rs.getObject("deadline", LocalDate.class),
                rs.getBoolean("open"), token, "/c/" + token, rs.getString("created_by"),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
                new CampaignStats(submitted, approved, rejected, submitted - approved - rejected));
    }

    private static List<CollectedField> fields(java.sql.Array array) throws SQLException {
        return SqlArrays.strings(array).stream().map(CollectedField::valueOf).sorted().toList();
    }

}
