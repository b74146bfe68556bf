package io.tongxin.personaldata;

import java.util.List;
import java.util.Map;

/**
 * How surnames are actually read. Dictionaries (pinyin4j included) list a character's common
 * reading first, but as a surname 单 is shan, not dan; 曾 zeng, not ceng; 仇 qiu, not chou.
 * First reading in each list is the one used; the others are also in use and feed search.
 */
final class SurnameReadings {

    /** Two-character surnames, each syllable with its readings. Only taken when a given name follows. */
    private static final Map<String, List<List<String>>> COMPOUND = Map.ofEntries(
            compound("欧阳", "ou", "yang"), compound("司马", "si", "ma"), compound("上官", "shang", "guan"),
            compound("诸葛", "zhu", "ge"), compound("东方", "dong", "fang"), compound("皇甫", "huang", "fu"),
            compound("尉迟", "yu", "chi"), compound("公孙", "gong", "sun"), compound("慕容", "mu", "rong"),
            compound("令狐", "ling", "hu"), compound("万俟", "mo", "qi"), compound("长孙", "zhang", "sun"),
            compound("夏侯", "xia", "hou"), compound("轩辕", "xuan", "yuan"), compound("司徒", "si", "tu"),
            compound("司空", "si", "kong"), compound("端木", "duan", "mu"), compound("宇文", "yu", "wen"),
            compound("南宫", "nan", "gong"), compound("澹台", "tan", "tai"), compound("呼延", "hu", "yan"),
            compound("赫连", "he", "lian"), compound("申屠", "shen", "tu"), compound("钟离", "zhong", "li"),
            compound("闻人", "wen", "ren"), compound("拓跋", "tuo", "ba"), compound("独孤", "du", "gu"));

    /** Single surnames whose reading differs from the dictionary's first, or that we pin on purpose. */
    private static final Map<Character, List<String>> SINGLE = Map.ofEntries(
            Map.entry('单', List.of("shan")), Map.entry('曾', List.of("zeng")), Map.entry('仇', List.of("qiu")),
            Map.entry('解', List.of("xie")), Map.entry('区', List.of("ou")), Map.entry('查', List.of("zha")),
            Map.entry('朴', List.of("piao")), Map.entry('盖', List.of("ge", "gai")), Map.entry('覃', List.of("qin", "tan")),
            Map.entry('乐', List.of("yue", "le")), Map.entry('卜', List.of("bu")), Map.entry('员', List.of("yun")),
            Map.entry('缪', List.of("miao")), Map.entry('繁', List.of("po")), Map.entry('种', List.of("chong")),
            Map.entry('任', List.of("ren")), Map.entry('沈', List.of("shen")), Map.entry('孙', List.of("sun")),
            Map.entry('柏', List.of("bai")), Map.entry('秘', List.of("bi")), Map.entry('折', List.of("she")),
            Map.entry('句', List.of("gou")), Map.entry('召', List.of("shao")), Map.entry('那', List.of("na")),
            Map.entry('能', List.of("nai")), Map.entry('都', List.of("du")), Map.entry('重', List.of("chong")),
            Map.entry('长', List.of("chang")), Map.entry('洗', List.of("xian")), Map.entry('尉', List.of("wei", "yu")),
            Map.entry('翟', List.of("zhai")), Map.entry('牟', List.of("mou", "mu")), Map.entry('宓', List.of("mi", "fu")),
            Map.entry('谌', List.of("chen", "shen")), Map.entry('祭', List.of("zhai")), Map.entry('隗', List.of("wei", "kui")),
            Map.entry('褚', List.of("chu")), Map.entry('贾', List.of("jia")), Map.entry('华', List.of("hua")),
            Map.entry('薄', List.of("bo")), Map.entry('朝', List.of("chao")), Map.entry('车', List.of("che")));

    private SurnameReadings() {
    }

    /** Per-syllable readings of the compound surname {@code firstTwo}, or {@code null} if it is none. */
    static List<List<String>> compound(String firstTwo) {
        return COMPOUND.get(firstTwo);
    }

    /** Readings of a single-character surname, or {@code null} to use the dictionary's. */
    static List<String> single(char surname) {
        return SINGLE.get(surname);
    }

    private static Map.Entry<String, List<List<String>>> compound(String surname, String first, String second) {
        return Map.entry(surname, List.of(List.of(first), List.of(second)));
    }
}
