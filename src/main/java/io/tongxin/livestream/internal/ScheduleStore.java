package io.tongxin.livestream.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.tongxin.region.Region;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recurring schedules; scoped by their village. */
@Repository
public class ScheduleStore {

    private static final String SELECT = """
            select c.id, c.streamer_id, s.name, c.village_code, c.weekdays, c.starts_at, c.ends_at, c.kind, c.title,
                   c.valid_from, c.valid_to
              from livestream_schedule c join livestream_streamer s on s.member_id = c.streamer_id""";

    private final JdbcClient jdbc;
    private final RegionDirectory regions;

    ScheduleStore(JdbcClient jdbc, RegionDirectory regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    long insert(ScheduleRequest r, String actor) {
        return jdbc.sql("""
                insert into livestream_schedule (streamer_id, village_code, weekdays, starts_at, ends_at, kind, title,
                    valid_from, valid_to, created_by)
                values (:streamer, :village, cast(:weekdays as smallint[]), :starts, :ends, :kind, :title, :from, :to,
                    :actor)
                returning id""")
            .param("streamer", r.streamerId()).param("village", r.villageCode())
            .param("weekdays", r.weekdays().stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",", "{", "}")))
            .param("starts", r.startsAt()).param("ends", r.endsAt()).param("kind", r.kind().name())
            .param("title", r.title()).param("from", r.validFrom()).param("to", r.validTo()).param("actor", actor)
            .query(Long.class).single();
    }

    /** Ends a schedule (history kept): no slots after {@code on}. */
    boolean end(long id, LocalDate on) {
        return jdbc.sql("""
                update livestream_schedule set valid_to = greatest(:on, valid_from)
                 where id = :id and (valid_to is null or valid_to > :on)""")
            .param("id", id).param("on", on).update() == 1;
    }

    Optional<Schedule> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(this::map).optional();
    }

    /** Schedules for villages of a subtree that run on some day of [from, to] (or any, if null). */
    List<Schedule> list(RegionCode region, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " " + """
                 where c.village_code between :low and :high
                   and (cast(:to as date) is null or c.valid_from <= :to)
                   and (cast(:from as date) is null or c.valid_to is null or c.valid_to >= :from)
                 order by (c.valid_to is null) desc, s.name, c.starts_at, c.id""")
            .params(Sql.subtree(region)).param("from", from).param("to", to).query(this::map).list();
    }

    public List<Schedule> ofStreamer(long streamerId) {
        return jdbc.sql(SELECT + " where c.streamer_id = :id order by (c.valid_to is null) desc, c.starts_at")
            .param("id", streamerId).query(this::map).list();
    }

    private Schedule map(ResultSet rs, int row) throws SQLException {
        String code = rs.getString("village_code");
        Region village = regions.find(RegionCode.of(code)).orElse(null);
        List<DayOfWeek> days = Arrays.stream((Object[]) rs.getArray("weekdays").getArray())
            .map(d -> DayOfWeek.of(((Number) d).intValue())).toList();
        return new Schedule(rs.getLong("id"), rs.getLong("streamer_id"), rs.getString("name"), code,
                village == null ? code : village.name(), days, rs.getObject("starts_at", LocalTime.class),
                rs.getObject("ends_at", LocalTime.class), ScheduleKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class));
    }
}
