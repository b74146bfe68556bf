package io.tongxin.livestream.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tongxin.livestream.Session;
import io.tongxin.livestream.SessionQuery;
import io.tongxin.livestream.SessionSource;
import io.tongxin.region.RegionCode;
import io.tongxin.security.RegionScope;
import io.tongxin.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The partitioned session table. Inserts, updates and deletes fire the trigger that keeps the
 * pre-aggregates exact; this class never touches them. Reads always bound the partition key
 * (started_at) when a date range is given, so only the months asked for are scanned.
 */
@Repository
public class SessionStore {

    private static final String COLUMNS = """
            s.id, s.region_code, s.village_codes, s.streamer_id, st.name as streamer_name, s.account_id,
            s.platform_code, s.started_at, s.ended_at, s.peak_viewers, s.total_viewers, s.orders, s.gmv,
            s.product_codes, s.platform_session_id, s.notes, s.source, s.version""";

    private final JdbcClient jdbc;
    private final FigureRepository figures;

    SessionStore(JdbcClient jdbc, FigureRepository figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    /**
     * Stores a new session unless it was recorded before: same platform session id (on that
     * platform), or same account and start. Returns the new id, or empty for a duplicate.
     */
    public Optional<Long> insertIfNew(ValidSession s, SessionSource source, String actor) {
        long id = jdbc.sql("select nextval('livestream_session_id_seq')").query(Long.class).single();
        if (s.platformSessionId() != null && !claimReference(s, id)) {
            return Optional.empty();
        }
        Map<String, Object> params = values(s, actor);
        params.put("id", id);
        params.put("source", source.name());
        int inserted = jdbc.sql("""
                insert into livestream_session (id, region_code, village_codes, streamer_id, account_id, platform_code,
                    started_at, ended_at, peak_viewers, total_viewers, orders, gmv, product_codes, platform_session_id,
                    notes, source, created_by, updated_by)
                values (:id, :region, cast(:villages as varchar[]), :streamer, :account, :platform, :startedAt, :endedAt,
                    :peak, :total, :orders, :gmv, cast(:products as varchar[]), :psid, :notes, :source, :actor, :actor)
                on conflict (account_id, started_at) do nothing""")
            .params(params)
            .update();
        if (inserted == 0) {
            if (s.platformSessionId() != null) {
                jdbc.sql("delete from livestream_session_ref where session_id = :id").param("id", id).update();
            }
            return Optional.empty();
        }
        return Optional.of(id);
    }

    /** Optimistic update; false when the version moved on (or the row is gone). */
    public boolean update(long id, int version, ValidSession s, String actor) {
        Map<String, Object> params = values(s, actor);
        params.put("id", id);
        params.put("version", version);
        int updated = jdbc.sql("""
                update livestream_session set region_code = :region, village_codes = cast(:villages as varchar[]),
                    streamer_id = :streamer, account_id = :account, platform_code = :platform, started_at = :startedAt,
                    ended_at = :endedAt, peak_viewers = :peak, total_viewers = :total, orders = :orders, gmv = :gmv,
                    product_codes = cast(:products as varchar[]), platform_session_id = :psid, notes = :notes,
                    updated_by = :actor, updated_at = now(), version = version + 1
                 where id = :id and version = :version""")
            .params(params)
            .update();
        if (updated == 1) {
            jdbc.sql("delete from livestream_session_ref where session_id = :id").param("id", id).update();
            if (s.platformSessionId() != null && !claimReference(s, id)) {
                return false;
            }
        }
        return updated == 1;
    }

    public boolean delete(long id) {
        jdbc.sql("delete from livestream_session_ref where session_id = :id").param("id", id).update();
        return jdbc.sql("delete from livestream_session where id = :id").param("id", id).update() == 1;
    }

    /** True when the platform session id is taken by another session than {@code exceptId}. */
    public boolean referenceTaken(String platform, String platformSessionId, Long exceptId) {
        return jdbc.sql("""
                select count(*) from livestream_session_ref
                 where platform_code = :platform and platform_session_id = :psid
                   and (cast(:except as bigint) is null or session_id <> :except)""")
            .param("platform", platform).param("psid", platformSessionId).param("except", exceptId)
            .query(Long.class).single() > 0;
    }

    public boolean startTaken(long accountId, OffsetDateTime startedAt, Long exceptId) {
        return jdbc.sql("""
                select count(*) from livestream_session where account_id = :account and started_at = :start
                   and (cast(:except as bigint) is null or id <> :except)""")
            .param("account", accountId).param("start", startedAt).param("except", exceptId)
            .query(Long.class).single() > 0;
    }

    public Optional<Session> find(long id, RegionScope scope) {
        var condition = scope.sql("s.region_code");
        return jdbc.sql("select " + COLUMNS + " " + """
                  from livestream_session s join livestream_streamer st on st.member_id = s.streamer_id
                 where s.id = :id and """ + " " + condition.clause())
            .param("id", id).params(condition.parameters())
            .query(SessionStore::map).optional();
    }

    /**
     * One page, newest first. The total comes from the daily pre-aggregate, which has exactly the
     * list's filter columns (region, day, streamer, platform): no count over millions of rows.
     */
    public PageResult<Session> list(SessionQuery q, RegionScope scope) {
        RegionCode region = q.regionCode() == null ? scope.root() : RegionCode.of(q.regionCode());
        Map<String, Object> params = new HashMap<>(Sql.subtree(region));
        List<String> where = new ArrayList<>(List.of("s.region_code between :low and :high"));
        if (q.streamer() != null) {
            where.add("s.streamer_id = :streamer");
            params.put("streamer", q.streamer());
        }
        if (q.platform() != null) {
            where.add("s.platform_code = :platform");
            params.put("platform", q.platform());
        }
        if (q.from() != null) {
            where.add("s.started_at >= :fromInstant");
            params.put("fromInstant", q.from().atStartOfDay(Sql.ZONE).toOffsetDateTime());
        }
        if (q.to() != null) {
            where.add("s.started_at < :toInstant");
            params.put("toInstant", q.to().plusDays(1).atStartOfDay(Sql.ZONE).toOffsetDateTime());
        }
        long total = figures.sessionCount(region, q.from(), q.to(), q.streamer(), q.platform());
        params.put("limit", q.size());
        params.put("offset", (long) q.page() * q.size());
        List<Session> rows = jdbc.sql("select " + COLUMNS + " " + """
                  from livestream_session s join livestream_streamer st on st.member_id = s.streamer_id
                 where """ + " " + String.join(" and ", where) + " " + """
                 order by s.started_at desc, s.id desc limit :limit offset :offset""")
            .params(params).query(SessionStore::map).list();
        return new PageResult<>(rows, q.page(), q.size(), total);
    }

    /** A streamer's sessions in a date range (local dates, both included), oldest first. */
    public List<Session> ofStreamers(List<Long> streamerIds, LocalDate from, LocalDate to) {
        if (streamerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " " + """
                  from livestream_session s join livestream_streamer st on st.member_id = s.streamer_id
                 where s.streamer_id in (:ids) and s.started_at >= :from and s.started_at < :to
                 order by s.started_at""")
            .param("ids", streamerIds)
            .param("from", from.atStartOfDay(Sql.ZONE).toOffsetDateTime())
            .param("to", to.plusDays(1).atStartOfDay(Sql.ZONE).toOffsetDateTime())
            .query(SessionStore::map).list();
    }

    private boolean claimReference(ValidSession s, long id) {
        return jdbc.sql("""
                insert into livestream_session_ref (platform_code, platform_session_id, session_id, started_at)
                values (:platform, :psid, :id, :start) on conflict do nothing""")
            .param("platform", s.platformCode()).param("psid", s.platformSessionId()).param("id", id)
            .param("start", s.startedAt())
            .update() == 1;
    }

    private static Map<String, Object> values(ValidSession s, String actor) {
        Map<String, Object> p = new HashMap<>();
        p.put("region", s.regionCode());
        p.put("villages", Sql.array(s.villageCodes()));
        p.put("streamer", s.streamerId());
        p.put("account", s.accountId());
        p.put("platform", s.platformCode());
        p.put("startedAt", s.startedAt());
        p.put("endedAt", s.endedAt());
        p.put("peak", s.peakViewers());
        p.put("total", s.totalViewers());
        p.put("orders", s.orders());
        p.put("gmv", s.gmv());
        p.put("products", Sql.array(s.productCodes()));
        p.put("psid", s.platformSessionId());
        p.put("notes", s.notes());
        p.put("actor", actor);
        return p;
    }

    static Session map(ResultSet rs, int row) throws SQLException {
        return new Session(rs.getLong("id"), rs.getString("region_code"), Sql.strings(rs.getArray("village_codes")),
                rs.getLong("streamer_id"), rs.getString("streamer_name"), rs.getLong("account_id"),
                rs.getString("platform_code"), Sql.local(rs.getObject("started_at", OffsetDateTime.class)),
                Sql.local(rs.getObject("ended_at", OffsetDateTime.class)), rs.getLong("peak_viewers"),
                rs.getLong("total_viewers"), rs.getLong("orders"), rs.getBigDecimal("gmv"),
                Sql.strings(rs.getArray("product_codes")), rs.getString("platform_session_id"),
                rs.getString("notes"), SessionSource.valueOf(rs.getString("source")), rs.getInt("version"));
    }
}
