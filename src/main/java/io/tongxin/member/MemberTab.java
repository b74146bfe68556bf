package io.tongxin.member;

import org.springframework.ui.Model;

/**
 * One more tab on the member page, contributed by another module (e.g. the 村村播 streamer tab)
 * without the member module knowing it: a bean implementing this is collected by the page.
 * The tab's body is the fragment {@code tab} of {@link #template()}; it sees the page's model,
 * including {@code member}.
 */
public interface MemberTab {

    /** The value of {@code ?tab=} that opens it; lower-case, unique among tabs. */
    String code();

    /** Message code of the tab's label. */
    String labelKey();

    /** Whether the signed-in user sees this tab for this member (permission, relevance). */
    boolean visible(Member member);

    /** Template that holds a fragment named {@code tab}, e.g. {@code livestream/member-tab}. */
    String template();

    /** Adds what the fragment needs; called only when the tab is open. */
    void fillModel(Member member, Model model);
}
