package io.tongxin.livestream.internal;

import java.time.LocalDate;

import io.tongxin.livestream.LivestreamSessions;
import io.tongxin.livestream.SessionQuery;
import io.tongxin.member.Member;
import io.tongxin.member.MemberTab;
import io.tongxin.security.RegionScopes;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The 村村播 tab on a streamer's member page: villages served (with history), schedules with the
 * last two weeks' slots, the latest sessions, totals and the GMV trend (livestream-member.js).
 */
@Component
class StreamerMemberTab implements MemberTab {

    private final StreamerStore streamers;
    private final ScheduleStore schedules;
    private final ScheduleSlots slots;
    private final LivestreamSessions sessions;
    private final LivestreamFigures figures;
    private final RegionScopes scopes;

    StreamerMemberTab(StreamerStore streamers, ScheduleStore schedules, ScheduleSlots slots,
            LivestreamSessions sessions, LivestreamFigures figures, RegionScopes scopes) {
        this.streamers = streamers;
        this.schedules = schedules;
        this.slots = slots;
        this.sessions = sessions;
        this.figures = figures;
        this.scopes = scopes;
    }

    @Override
    public String code() {
        return "livestream";
    }

    @Override
    public String labelKey() {
        return "livestream.tab";
    }

    @Override
    public boolean visible(Member member) {
        return scopes.currentUser().permissions().contains("livestream:view") && streamers.isStreamer(member.id());
    }

    @Override
    public String template() {
        return "livestream/member-tab";
    }

    @Override
    public void fillModel(Member member, Model model) {
        LocalDate today = LocalDate.now(Sql.ZONE);
        var scope = scopes.current();
        model.addAttribute("lsAssignments", streamers.assignmentsOf(member.id()).stream()
            .filter(a -> scope.includes(a.villageCode())).toList());
        model.addAttribute("lsSchedules", schedules.ofStreamer(member.id()).stream()
            .filter(s -> scope.includes(s.villageCode())).toList());
        model.addAttribute("lsSlots", slots.ofStreamer(member.id(), today.minusDays(13), today).stream()
            .filter(s -> scope.includes(s.schedule().villageCode())).toList());
        model.addAttribute("lsSessions", sessions.list(new SessionQuery(null, member.id(), null, null, null, 0, 10)));
        model.addAttribute("lsTotals", figures.totalsOf(member.id()));
        model.addAttribute("lsTrendUrl", "/livestream/streamers/" + member.id() + "/months.json");
    }
}
