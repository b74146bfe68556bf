package io.tongxin.member;

import java.util.List;

/**
 * A record that may be the same person: the member and why ({@code SAME_NAME_AND_BIRTH_DATE},
 * {@code SAME_PHONE}, {@code SAME_ACCOUNT}).
 */
public record PossibleDuplicate(MemberSummary member, List<String> reasons) {
}
