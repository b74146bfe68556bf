package io.tongxin.collection;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.tongxin.dictionary.Dictionaries;
import io.tongxin.region.Region;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import io.tongxin.region.RegionLevel;
import io.tongxin.member.Tier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Readable text for collected values, which templates call as {@code ${@collectionLabels.…}}:
 * dictionary names for codes, region paths, 男/女. Never unmasks anything: it shows what it is given.
 */
@Component("collectionLabels")
class CollectionLabels {

    private final Dictionaries dictionaries;
    private final RegionDirectory regions;
    private final MessageSource messages;

    CollectionLabels(Dictionaries dictionaries, RegionDirectory regions, MessageSource messages) {
        this.dictionaries = dictionaries;
        this.regions = regions;
        this.messages = messages;
    }

    public String value(CollectedField field, String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        return switch (field) {
            case GENDER -> messages.getMessage("gender." + raw, null, raw, LocaleContextHolder.getLocale());
            case ETHNICITY -> dictionaries.nameOf("ethnicity", raw);
            case EDUCATION -> dictionaries.nameOf("education", raw);
            case POLITICAL_AFFILIATION -> dictionaries.nameOf("political-affiliation", raw);
            case CATEGORIES -> categories(raw);
            case REGION -> region(raw);
            default -> raw;
        };
    }

    public String categories(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
            .map(c -> dictionaries.nameOf("member-category", c))
            .collect(Collectors.joining(messages.getMessage("list.separator", null, "、",
                    LocaleContextHolder.getLocale())));
    }

    public String region(String code) {
        try {
            return regions.find(RegionCode.of(code)).map(Region::pathName).orElse(code);
        }
        catch (RuntimeException malformed) {
            return code;
        }
    }

    /** Which level manages the people a campaign of this region collects: 市管, 县管 or 乡镇管. */
    static Tier tierFor(String regionCode) {
        RegionLevel level = RegionCode.of(regionCode).level();
        return switch (level) {
            case PROVINCE, CITY -> Tier.CITY;
            case COUNTY -> Tier.COUNTY;
            case TOWNSHIP, VILLAGE -> Tier.TOWNSHIP;
        };
    }
}
