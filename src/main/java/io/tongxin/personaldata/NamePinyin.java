package io.tongxin.personaldata;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin of a person's name for search and sorting: {@code of("刘斌")} gives full {@code liubin},
 * initials {@code lb}, spaced {@code liu bin} (one syllable per word, so a search can match part of
 * a given name).
 * <ul>
 * <li>The surname takes the reading people use (单 shan, 曾 zeng, 仇 qiu, 尉迟 yuchi …) from
 * {@link SurnameReadings}; every other character takes pinyin4j's <em>first</em> reading, which is
 * right for most given names. Polyphonic characters make that a guess: {@link #allFullReadings()}
 * lists up to {@value #MAX_READINGS} combinations so that search can match any of them.</li>
 * <li>No tones; ü is written v ({@code lv}, {@code nv}), as people type it on a pinyin keyboard.</li>
 * <li>ASCII letters and digits are kept lower-cased (a run of them counts as one word); other
 * characters are dropped, including the separating dot of transliterated names (阿卜杜·热合曼 gives
 * {@code abudureheman}). Such names have no Han surname, so the surname table is not used for them
 * (查干·巴特尔 is cha gan, not zha gan).</li>
 * </ul>
 */
public record NamePinyin(String full, String initials, String spaced, List<String> allFullReadings) {

    public static final int MAX_READINGS = 8;

    private static final NamePinyin EMPTY = new NamePinyin("", "", "", List.of());
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final String NAME_DOTS = "\u00B7\u2022\u2027\u2219\u22C5\u30FB\u318D.";

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    public NamePinyin {
        allFullReadings = List.copyOf(allFullReadings);
    }

    /** The pinyin of a name; {@code null} or a name without readable characters gives empty strings. */
    public static NamePinyin of(String name) {
        if (name == null) {
            return EMPTY;
        }
        // NFKD turns full-width letters into ASCII and splits accents off (José -> jose).
        String text = Normalizer.normalize(name, Normalizer.Form.NFKD).strip();
        List<List<String>> syllables = new ArrayList<>();
        int start = surname(text, syllables);
        StringBuilder word = new StringBuilder();
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // an accent split off by NFKD: Renée stays one word
            }
            endWord(word, syllables);
            if (isHan(c)) {
                List<String> readings = readings(c);
                if (!readings.isEmpty()) {
                    syllables.add(readings);
                }
            }
        }
        endWord(word, syllables);
        if (syllables.isEmpty()) {
            return EMPTY;
        }
        List<String> primary = syllables.stream().map(s -> s.get(0)).toList();
        return new NamePinyin(String.join("", primary),
                primary.stream().map(s -> s.substring(0, 1)).collect(Collectors.joining()),
                String.join(" ", primary), combinations(syllables));
    }

    /** Adds the surname's readings if the name starts with a known one; returns where the rest begins. */
    private static int surname(String text, List<List<String>> syllables) {
        if (text.isEmpty() || !isHan(text.charAt(0)) || text.chars().anyMatch(c -> NAME_DOTS.indexOf(c) >= 0)) {
            return 0;
        }
        if (text.length() >= 3 && isHan(text.charAt(2))) {
            List<List<String>> compound = SurnameReadings.compound(text.substring(0, 2));
            if (compound != null) {
                syllables.addAll(compound);
                return 2;
            }
        }
        List<String> single = SurnameReadings.single(text.charAt(0));
        if (single != null) {
            syllables.add(single);
            return 1;
        }
        return 0;
    }

    /**
     * pinyin4j formats every reading with regular expressions on each call (about a tenth of an
     * import's row preparation in a profile), while names draw on a few thousand characters.
     */
    private static final Map<Character, List<String>> READINGS = new ConcurrentHashMap<>();

    private static List<String> readings(char han) {
        return READINGS.computeIfAbsent(han, NamePinyin::lookUp);
    }

    private static List<String> lookUp(char han) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(han, FORMAT);
            if (readings == null) {
                return List.of();
            }
            // pinyin4j repeats a syllable once per tone; without tones those are duplicates.
            return List.copyOf(new LinkedHashSet<>(List.of(readings)));
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    private static void endWord(StringBuilder word, List<List<String>> syllables) {
        if (!word.isEmpty()) {
            syllables.add(List.of(word.toString()));
            word.setLength(0);
        }
    }

    /** Full readings, the primary one first, varying the last syllables first, at most {@value #MAX_READINGS}. */
    private static List<String> combinations(List<List<String>> syllables) {
        Set<String> out = new LinkedHashSet<>();
        int[] choice = new int[syllables.size()];
        while (out.size() < MAX_READINGS) {
            StringBuilder reading = new StringBuilder();
            for (int i = 0; i < choice.length; i++) {
                reading.append(syllables.get(i).get(choice[i]));
            }
            out.add(reading.toString());
            int position = choice.length - 1;
            while (position >= 0 && ++choice[position] == syllables.get(position).size()) {
                choice[position--] = 0;
            }
            if (position < 0) {
                break;
            }
        }
        return List.copyOf(out);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
