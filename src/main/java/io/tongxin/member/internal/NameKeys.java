package io.tongxin.member.internal;

import io.tongxin.personaldata.NamePinyin;

/** The search keys of a name: full pinyin without spaces ("liubin") and initials ("lb"). */
record NameKeys(String pinyin, String initials) {

    static NameKeys of(String name) {
        NamePinyin pinyin = NamePinyin.of(name);
        return new NameKeys(pinyin.full(), pinyin.initials());
    }
}
