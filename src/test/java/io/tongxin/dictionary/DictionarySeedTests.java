package io.tongxin.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The seeded dictionaries are complete and carry the national-standard codes. */
@SpringBootTest
@ActiveProfiles("test")
class DictionarySeedTests {

    /** GB/T 3304-1991, codes 01 to 56 in this order. */
    private static final List<String> NATIONALITIES = List.of(
            "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
            "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
            "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
            "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
            "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
            "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族");

    @Autowired
    Dictionaries dictionaries;

    @Test
    void theNineDictionariesExistInDisplayOrder() {
        assertThat(dictionaries.types()).extracting(DictionaryType::code).startsWith("member-category", "ethnicity",
                "political-affiliation", "education", "platform", "content-domain", "position-type", "position-level",
                "member-tag");
        assertThat(dictionaries.type("member-category").hierarchical()).isTrue();
        assertThat(dictionaries.type("ethnicity").hierarchical()).isFalse();
        assertThat(dictionaries.type("ethnicity").name()).isEqualTo("民族");
    }

    @Test
    void ethnicitiesAreThe56NationalitiesWithTheirGbT3304CodesThenOtherAndForeignOrigin() {
        List<DictionaryItem> items = dictionaries.items("ethnicity");
        assertThat(items).hasSize(58);
        assertThat(items.subList(0, 56)).extracting(DictionaryItem::code)
            .containsExactlyElementsOf(IntStream.rangeClosed(1, 56).mapToObj(n -> "%02d".formatted(n)).toList());
        assertThat(items.subList(0, 56)).extracting(DictionaryItem::name).containsExactlyElementsOf(NATIONALITIES);
        assertThat(items.subList(56, 58)).extracting(DictionaryItem::code, DictionaryItem::name)
            .containsExactly(tuple("97", "其他"), tuple("98", "外国血统中国籍人士"));
        // Spot checks against the standard, independent of the list above.
        assertThat(dictionaries.nameOf("ethnicity", "01")).isEqualTo("汉族");
        assertThat(dictionaries.nameOf("ethnicity", "05")).isEqualTo("维吾尔族");
        assertThat(dictionaries.nameOf("ethnicity", "10")).isEqualTo("朝鲜族");
        assertThat(dictionaries.nameOf("ethnicity", "35")).isEqualTo("撒拉族");
        assertThat(dictionaries.nameOf("ethnicity", "48")).isEqualTo("裕固族");
        assertThat(dictionaries.nameOf("ethnicity", "56")).isEqualTo("基诺族");
        assertThat(dictionaries.codeForName("ethnicity", "回族")).contains("03");
    }

    @Test
    void politicalAffiliationsFollowGbT4762() {
        assertThat(dictionaries.items("political-affiliation")).extracting(DictionaryItem::code, DictionaryItem::name)
            .containsExactly(tuple("01", "中国共产党党员"), tuple("02", "中国共产党预备党员"),
                    tuple("03", "中国共产主义青年团团员"), tuple("04", "中国国民党革命委员会会员"),
                    tuple("05", "中国民主同盟盟员"), tuple("06", "中国民主建国会会员"), tuple("07", "中国民主促进会会员"),
                    tuple("08", "中国农工民主党党员"), tuple("09", "中国致公党党员"), tuple("10", "九三学社社员"),
                    tuple("11", "台湾民主自治同盟盟员"), tuple("12", "无党派人士"), tuple("13", "群众"));
    }

    @Test
    void educationUsesGbT4658Codes() {
        assertThat(dictionaries.items("education")).extracting(DictionaryItem::code, DictionaryItem::name)
            .containsExactly(tuple("11", "研究生（博士）"), tuple("14", "研究生（硕士）"), tuple("21", "大学本科"),
                    tuple("31", "大学专科"), tuple("41", "中等专科"), tuple("44", "职业高中"), tuple("47", "技工学校"),
                    tuple("61", "普通高中"), tuple("71", "初中"), tuple("81", "小学"), tuple("90", "其他"));
    }

    @Test
    void memberCategoriesFollowTheRegulationsWithSubGroupsAndOnlinePersonalities() {
        List<DictionaryItem> items = dictionaries.items("member-category");
        assertThat(items).filteredOn(i -> i.parentCode() == null).extracting(DictionaryItem::name).containsExactly(
                "民主党派成员", "无党派人士", "党外知识分子", "少数民族人士", "宗教界人士", "非公有制经济人士",
                "新的社会阶层人士", "出国和归国留学人员", "香港同胞", "澳门同胞", "台湾同胞及其在大陆的亲属",
                "华侨、归侨及侨眷", "网络人士", "其他需要联系和团结的人员");
        assertThat(items).filteredOn(i -> "NEW_SOCIAL_STRATUM".equals(i.parentCode())).extracting(DictionaryItem::name)
            .containsExactly("私营企业和外资企业管理技术人员", "中介组织和社会组织从业人员", "自由职业人员", "新媒体从业人员");
        assertThat(dictionaries.find("member-category", "ONLINE_REPRESENTATIVE")).get()
            .extracting(DictionaryItem::name, DictionaryItem::parentCode).containsExactly("网络代表人士", "ONLINE");
        assertThat(items).hasSize(19).allMatch(i -> i.code().matches("[A-Z]+(_[A-Z]+)*"));
    }

    @Test
    void theOtherListsAreSeededWithAsciiCodes() {
        assertThat(dictionaries.items("platform")).extracting(DictionaryItem::code).containsExactly("DOUYIN", "KUAISHOU",
                "WECHAT_CHANNELS", "WECHAT_OFFICIAL", "WEIBO", "XIAOHONGSHU", "BILIBILI", "TOUTIAO", "OTHER");
        assertThat(dictionaries.nameOf("platform", "BILIBILI")).isEqualTo("哔哩哔哩");
        assertThat(dictionaries.items("content-domain")).extracting(DictionaryItem::name).containsExactly("三农", "美食",
                "文旅", "教育", "科普", "生活", "时政", "财经", "健康", "文化", "娱乐", "体育", "汽车", "科技", "其他");
        assertThat(dictionaries.items("content-domain")).allMatch(i -> i.code().matches("[A-Z]+(_[A-Z]+)*"));
        assertThat(dictionaries.items("position-type")).extracting(DictionaryItem::code, DictionaryItem::name)
            .containsExactly(tuple("NPC_DEPUTY", "人大代表"), tuple("CPPCC_MEMBER", "政协委员"),
                    tuple("GOVERNMENT_COUNSELLOR", "政府参事"), tuple("OTHER", "其他"));
        assertThat(dictionaries.items("position-level")).extracting(DictionaryItem::code, DictionaryItem::name)
            .containsExactly(tuple("NATIONAL", "全国"), tuple("PROVINCIAL", "省级"), tuple("CITY", "市级"),
                    tuple("COUNTY", "县级"), tuple("TOWNSHIP", "乡镇"));
        assertThat(dictionaries.type("member-tag").name()).isEqualTo("标签");
    }
}
