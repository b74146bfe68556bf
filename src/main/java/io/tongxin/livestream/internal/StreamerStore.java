package io.tongxin.livestream.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.tongxin.region.Region;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The programme's streamers (member id, name, region) and their village assignments. */
@Repository
public class StreamerStore {

    private static final String ASSIGNMENTS = """
            select a.id, a.village_code, a.streamer_id, s.name, a.started_on, a.ended_on
              from livestream_assignment a join livestream_streamer s on s.member_id = a.streamer_id""";

    private final JdbcClient jdbc;
    private final RegionDirectory regions;

    StreamerStore(JdbcClient jdbc, RegionDirectory regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    /** Adds the member as a streamer, or refreshes the name and region kept for lists. */
    public void ensure(long memberId, String name, String regionCode) {
        jdbc.sql("""
                insert into livestream_streamer (member_id, name, region_code) values (:id, :name, :region)
                on conflict (member_id) do update set name = excluded.name, region_code = excluded.region_code,
                    updated_at = now()
                 where livestream_streamer.name <> excluded.name or livestream_streamer.region_code <> excluded.region_code""")
            .param("id", memberId).param("name", name).param("region", regionCode).update();
    }

    public boolean isStreamer(long memberId) {
        return jdbc.sql("select count(*) from livestream_streamer where member_id = :id").param("id", memberId)
            .query(Long.class).single() > 0;
    }

    /** False when the streamer already serves the village (an open assignment). */
    boolean assign(String villageCode, long streamerId, LocalDate startedOn, String actor) {
        return jdbc.sql("""
                insert into livestream_assignment (village_code, streamer_id, started_on, created_by)
                values (:village, :streamer, :on, :actor)
                on conflict (village_code, streamer_id) where ended_on is null do nothing""")
            .param("village", villageCode).param("streamer", streamerId).param("on", startedOn).param("actor", actor)
            .update() == 1;
    }

    boolean end(long assignmentId, LocalDate endedOn) {
        return jdbc.sql("""
                update livestream_assignment set ended_on = greatest(:on, started_on)
                 where id = :id and ended_on is null""")
            .param("id", assignmentId).param("on", endedOn).update() == 1;
    }

    Optional<Assignment> assignment(long id) {
        return jdbc.sql(ASSIGNMENTS + " where a.id = :id").param("id", id).query(this::map).optional();
    }

    /** Assignments to villages of a subtree, current ones first, then by village. */
    List<Assignment> assignments(RegionCode region, boolean currentOnly) {
        return jdbc.sql(ASSIGNMENTS + " where a.village_code between :low and :high"
                + (currentOnly ? " and a.ended_on is null" : "")
                + " order by (a.ended_on is null) desc, a.village_code, s.name, a.started_on desc")
            .params(Sql.subtree(region)).query(this::map).list();
    }

    /** One streamer's assignments, current ones first. */
    public List<Assignment> assignmentsOf(long streamerId) {
        return jdbc.sql(ASSIGNMENTS + " where a.streamer_id = :id order by (a.ended_on is null) desc, a.started_on desc")
            .param("id", streamerId).query(this::map).list();
    }

    /** Streamers serving (now) a village of the subtree, by name: the choices of the session form. */
    List<StreamerRef> serving(RegionCode region) {
        return jdbc.sql("""
                select distinct s.member_id, s.name from livestream_streamer s
                  join livestream_assignment a on a.streamer_id = s.member_id and a.ended_on is null
                 where a.village_code between :low and :high order by s.name, s.member_id""")
            .params(Sql.subtree(region))
            .query((rs, n) -> new StreamerRef(rs.getLong("member_id"), rs.getString("name"))).list();
    }

    /** A streamer id with the name lists show. */
    public record StreamerRef(long id, String name) {
    }

    private Assignment map(ResultSet rs, int row) throws SQLException {
        String code = rs.getString("village_code");
        Region village = regions.find(RegionCode.of(code)).orElse(null);
        return new Assignment(rs.getLong("id"), code, village == null ? code : village.name(),
                village == null ? code : village.pathName(), rs.getLong("streamer_id"), rs.getString("name"),
                rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class));
    }
}
