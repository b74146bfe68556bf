package io.tongxin.member;

import java.util.List;

import io.tongxin.security.RegionScopes;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the member page's model, for its own GET and for the actions that show it again with
 * their form's errors (a form already in the model is kept, with its input and errors).
 */
@Component
class MemberDetailPage {

    static final String VIEW = "member/detail";
    static final List<String> TABS = List.of("basic", "accounts", "positions", "history");

    private final MemberManagement members;
    private final MemberHistoryView historyView;
    private final MemberOptions options;
    private final RegionScopes scopes;
    private final List<MemberTab> extraTabs;

    MemberDetailPage(MemberManagement members, MemberHistoryView historyView, MemberOptions options,
            RegionScopes scopes, List<MemberTab> extraTabs) {
        this.extraTabs = List.copyOf(extraTabs);
        this.members = members;
        this.historyView = historyView;
        this.options = options;
        this.scopes = scopes;
    }

    String render(long id, String tab, Model model) {
        Member member = members.get(id);
        List<MemberTab> visibleTabs = extraTabs.stream().filter(t -> t.visible(member)).toList();
        MemberTab extra = visibleTabs.stream().filter(t -> t.code().equals(tab)).findFirst().orElse(null);
        String active = TABS.contains(tab) || extra != null ? tab : "basic";
        model.addAttribute("member", member);
        model.addAttribute("tab", active);
        model.addAttribute("extraTabs", visibleTabs);
        model.addAttribute("extraTab", extra);
        if (extra != null) {
            extra.fillModel(member, model);
        }
        if (active.equals("history")) {
            model.addAttribute("history", historyView.rows(members.history(id)));
        }
        if (!model.containsAttribute("accountForm")) {
            model.addAttribute("accountForm", new AccountForm());
        }
        if (!model.containsAttribute("followersForm")) {
            FollowersForm followers = new FollowersForm();
            if (member.accounts().size() == 1) {
                followers.setAccountId(member.accounts().get(0).id());
            }
            model.addAttribute("followersForm", followers);
        }
        if (!model.containsAttribute("statusForm")) {
            StatusForm status = new StatusForm();
            status.setVersion(member.version());
            model.addAttribute("statusForm", status);
        }
        model.addAttribute("platforms", options.items("platform"));
        model.addAttribute("contentDomains", options.items("content-domain"));
        model.addAttribute("statuses", MemberStatus.values());
        model.addAttribute("hasPhoto", members.hasPhoto(member.id()));
        permissions(model);
        return VIEW;
    }

    /** What the signed-in user may do, so that the page offers only that. */
    void permissions(Model model) {
        var permissions = scopes.currentUser().permissions();
        model.addAttribute("canEdit", permissions.contains("member:edit"));
        model.addAttribute("canReveal", permissions.contains("member:sensitive:view"));
        model.addAttribute("canCollect", permissions.contains("collection:review"));
    }
}
