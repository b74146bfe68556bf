package io.tongxin.member;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.tongxin.dictionary.Dictionaries;
import io.tongxin.dictionary.DictionaryItem;
import io.tongxin.region.Region;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import io.tongxin.security.RegionScopes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names for codes on the member pages, which templates call as {@code ${@memberLabels.…}}:
 * dictionary names, region paths, follower counts the way Chinese offices write them (万).
 */
@Component("memberLabels")
class MemberLabels {

    static final String CATEGORY = "member-category";

    private final Dictionaries dictionaries;
    private final RegionDirectory regions;
    private final RegionScopes scopes;
    private final MessageSource messages;

    MemberLabels(Dictionaries dictionaries, RegionDirectory regions, RegionScopes scopes, MessageSource messages) {
        this.dictionaries = dictionaries;
        this.regions = regions;
        this.scopes = scopes;
        this.messages = messages;
    }

    /** The name of a dictionary code; the code itself if unknown, empty for none. */
    public String dict(String type, String code) {
        return code == null || code.isBlank() ? "" : dictionaries.nameOf(type, code);
    }

    /** Category names in the dictionary's order, whatever order they were ticked in. */
    public String categories(List<String> codes) {
        return String.join(separator(), codes.stream()
            .sorted(Comparator.comparingInt(c -> dictionaries.find(CATEGORY, c).map(DictionaryItem::sortOrder)
                .orElse(Integer.MAX_VALUE)))
            .map(c -> dict(CATEGORY, c))
            .toList());
    }

    /** The full path, e.g. 甘肃省/庆阳市/环县/洪德镇. */
    public String region(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return regions.find(RegionCode.of(code)).map(Region::pathName).orElse(code);
    }

    /** The region's own name, e.g. 环县. */
    public String regionName(String code) {
        String path = region(code);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * The path below the user's own region, which every row shares: a county clerk reads
     * 洪德镇/耿原畔村委会 rather than the same 甘肃省/庆阳市/环县/ on every line.
     */
    public String regionInScope(String code) {
        String path = region(code);
        RegionCode root = scopes.current().root();
        String rootPath = regions.find(root).map(Region::pathName).orElse(null);
        if (rootPath == null || !path.startsWith(rootPath + "/")) {
            return path.substring(path.lastIndexOf('/') + 1);
        }
        return path.substring(rootPath.length() + 1);
    }

    /** 8,500 / 12.6万 / 471万. */
    public String followers(long count) {
        if (count < 10_000) {
            return String.format(Locale.ROOT, "%,d", count);
        }
        double tenThousands = count / 10_000.0;
        String number = tenThousands >= 100 ? String.format(Locale.ROOT, "%,.0f", tenThousands)
                : String.format(Locale.ROOT, "%.1f", tenThousands).replace(".0", "");
        return message("member.followers.ten-thousands", number);
    }

    private String separator() {
        return message("list.separator");
    }

    String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
