package io.tongxin.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Personal update links. */
@Repository
class LinkRepository {

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    LinkRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(String token, long memberId, String region, FieldValues snapshot, Instant expiresAt, String actor) {
        return jdbc.sql("""
                insert into collection_link (token, member_id, region_code, snapshot, expires_at, created_by)
                values (:token, :member, :region, cast(:snapshot as jsonb), :expires, :actor)
                returning id
                """)
            .param("token", token)
            .param("member", memberId)
            .param("region", region)
            .param("snapshot", json.writeValueAsString(snapshot.byName()))
            .param("expires", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
            .param("actor", actor)
            .query(Long.class)
            .single();
    }

    Optional<PersonalLink> find(long id) {
        return jdbc.sql("select * from collection_link where id = :id").param("id", id).query(this::row).optional();
    }

    Optional<PersonalLink> findByToken(String token) {
        return jdbc.sql("select * from collection_link where token = :token").param("token", token)
            .query(this::row).optional();
    }

    /**
     * Uses the link up, if it is still unused and unexpired: the one statement that decides, so two
     * submissions racing on the same link cannot both pass.
     */
    boolean markUsed(long id) {
        return jdbc.sql("update collection_link set used_at = now() where id = :id and used_at is null"
                + " and expires_at > now()")
            .param("id", id)
            .update() == 1;
    }

    private PersonalLink row(ResultSet rs, int n) throws SQLException {
        String token = rs.getString("token");
        OffsetDateTime used = rs.getObject("used_at", OffsetDateTime.class);
        return new PersonalLink(rs.getLong("id"), token, "/u/" + token, rs.getLong("member_id"),
                rs.getString("region_code"), FieldValues.fromNames(json.readValue(rs.getString("snapshot"), STRING_MAP)),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(), used == null ? null : used.toInstant(),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
