package io.tongxin.livestream.internal;

import io.tongxin.member.MembersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When two member records of one streamer are merged, the streamer's villages, schedules and
 * sessions follow to the kept record, in the merge's own transaction. The session trigger moves the
 * pre-aggregated figures with them, so every total stays the same.
 */
@Component
class MergedStreamers {

    private final JdbcClient jdbc;

    MergedStreamers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(MembersMerged merged) {
        long kept = merged.keptId();
        long removed = merged.removedId();
        if (!isStreamer(removed)) {
            return;
        }
        if (!isStreamer(kept)) {
            jdbc.sql("""
                    insert into livestream_streamer (member_id, name, region_code)
                    select m.id, m.name, m.region_code from member m where m.id = :kept""")
                .param("kept", kept).update();
        }
        // Both served the same village: it is one person, so the kept record's open assignment stays.
        jdbc.sql("""
                update livestream_assignment a set ended_on = greatest(a.started_on, current_date)
                 where a.streamer_id = :removed and a.ended_on is null
                   and exists (select 1 from livestream_assignment k where k.streamer_id = :kept
                               and k.village_code = a.village_code and k.ended_on is null)""")
            .param("kept", kept).param("removed", removed).update();
        for (String table : new String[] {"livestream_assignment", "livestream_schedule", "livestream_session"}) {
            jdbc.sql("update " + table + " set streamer_id = :kept where streamer_id = :removed")
                .param("kept", kept).param("removed", removed).update();
        }
        jdbc.sql("delete from livestream_streamer where member_id = :removed").param("removed", removed).update();
    }

    private boolean isStreamer(long memberId) {
        return jdbc.sql("select count(*) from livestream_streamer where member_id = :id").param("id", memberId)
            .query(Long.class).single() > 0;
    }
}
