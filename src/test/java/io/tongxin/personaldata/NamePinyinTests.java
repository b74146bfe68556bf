package io.tongxin.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePinyinTests {

    @Test
    void liuBin() {
        NamePinyin pinyin = NamePinyin.of("刘斌");
        assertThat(pinyin.full()).isEqualTo("liubin");
        assertThat(pinyin.initials()).isEqualTo("lb");
        assertThat(pinyin.spaced()).isEqualTo("liu bin");
        assertThat(pinyin.allFullReadings()).containsExactly("liubin");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // Surnames that dictionaries read wrongly.
            "曾小贤,   zengxiaoxian,  zxx,  zeng xiao xian",
            "单田芳,   shantianfang,  stf,  shan tian fang",
            "仇英,     qiuying,       qy,   qiu ying",
            "解缙,     xiejin,        xj,   xie jin",
            "区志航,   ouzhihang,     ozh,  ou zhi hang",
            "查良镛,   zhaliangyong,  zly,  zha liang yong",
            "朴槿惠,   piaojinhui,    pjh,  piao jin hui",
            "盖聂,     genie,         gn,   ge nie",
            "覃海洋,   qinhaiyang,    qhy,  qin hai yang",
            "乐嘉,     yuejia,        yj,   yue jia",
            "卜凡,     bufan,         bf,   bu fan",
            "员晓峰,   yunxiaofeng,   yxf,  yun xiao feng",
            "缪可馨,   miaokexin,     mkx,  miao ke xin",
            "繁钦,     poqin,         pq,   po qin",
            "种师道,   chongshidao,   csd,  chong shi dao",
            "任正非,   renzhengfei,   rzf,  ren zheng fei",
            "沈从文,   shencongwen,   scw,  shen cong wen",
            "孙俪,     sunli,         sl,   sun li",
            "柏杨,     baiyang,       by,   bai yang",
            "长江,     changjiang,    cj,   chang jiang",
            // Compound surnames.
            "欧阳修,   ouyangxiu,     oyx,  ou yang xiu",
            "尉迟恭,   yuchigong,     ycg,  yu chi gong",
            "万俟卨,   moqixie,       mqx,  mo qi xie",
            "长孙无忌, zhangsunwuji,  zswj, zhang sun wu ji",
            "司马光,   simaguang,     smg,  si ma guang",
            "上官婉儿, shangguanwaner, sgwe, shang guan wan er",
            "诸葛亮,   zhugeliang,    zgl,  zhu ge liang",
            "东方朔,   dongfangshuo,  dfs,  dong fang shuo",
            "皇甫谧,   huangfumi,     hfm,  huang fu mi",
            "公孙胜,   gongsunsheng,  gss,  gong sun sheng",
            "慕容复,   murongfu,      mrf,  mu rong fu",
            "令狐冲,   linghuchong,   lhc,  ling hu chong",
            "夏侯惇,   xiahoudun,     xhd,  xia hou dun",
            "轩辕敬,   xuanyuanjing,  xyj,  xuan yuan jing",
            "澹台灭明, tantaimieming, ttmm, tan tai mie ming",
            // Ordinary names, including the ü written as v.
            "吕布,     lvbu,          lb,   lv bu",
            "张三,     zhangsan,      zs,   zhang san",
            "王秀英,   wangxiuying,   wxy,  wang xiu ying"})
    void surnamesTakeTheReadingPeopleUse(String name, String full, String initials, String spaced) {
        NamePinyin pinyin = NamePinyin.of(name);
        assertThat(pinyin.full()).isEqualTo(full);
        assertThat(pinyin.initials()).isEqualTo(initials);
        assertThat(pinyin.spaced()).isEqualTo(spaced);
        assertThat(pinyin.allFullReadings()).startsWith(full);
    }

    @Test
    void surnameReadingsApplyOnlyAtTheStart() {
        // 单 in a given name keeps the dictionary's first reading; 曾 too.
        assertThat(NamePinyin.of("张单").full()).isEqualTo("zhangdan");
        assertThat(NamePinyin.of("李曾").full()).isEqualTo("liceng");
        // A two-character name starting like a compound surname is surname + given name.
        assertThat(NamePinyin.of("欧阳").full()).isEqualTo("ouyang");
        assertThat(NamePinyin.of("长孙").full()).isEqualTo("changsun");
    }

    @Test
    void transliteratedNamesDropTheDotAndSkipTheSurnameTable() {
        NamePinyin uyghur = NamePinyin.of("阿卜杜·热合曼");
        assertThat(uyghur.full()).isEqualTo("abudureheman");
        assertThat(uyghur.initials()).isEqualTo("abdrhm");
        assertThat(uyghur.spaced()).isEqualTo("a bu du re he man");
        assertThat(NamePinyin.of("查干•巴特尔").full()).isEqualTo("chaganbateer");
        assertThat(NamePinyin.of("买买提・吐尔逊").full()).isEqualTo("maimaitituerxun");
    }

    @Test
    void asciiLettersAreKeptLowerCasedAndPunctuationDropped() {
        NamePinyin mixed = NamePinyin.of("Anna 李");
        assertThat(mixed.full()).isEqualTo("annali");
        assertThat(mixed.initials()).isEqualTo("al");
        assertThat(mixed.spaced()).isEqualTo("anna li");
        assertThat(NamePinyin.of("  刘斌（快手）!").full()).isEqualTo("liubinkuaishou");
        assertThat(NamePinyin.of("ＬＩＵ　斌").full()).as("full-width letters").isEqualTo("liubin");
        assertThat(NamePinyin.of("José 王").full()).isEqualTo("josewang");
        assertThat(NamePinyin.of("Renée").spaced()).isEqualTo("renee");
        assertThat(NamePinyin.of("刘斌2").spaced()).isEqualTo("liu bin 2");
    }

    @Test
    void polyphonicGivenNamesOfferAlternativeReadingsForSearch() {
        NamePinyin pinyin = NamePinyin.of("曾长乐");
        assertThat(pinyin.full()).as("pinyin4j's first reading for given names").isEqualTo("zengzhangle");
        assertThat(pinyin.allFullReadings()).startsWith("zengzhangle")
                .contains("zengchangle", "zengchangyue", "zengzhangyue")
                .doesNotHaveDuplicates();
        assertThat(NamePinyin.of("乐乐").allFullReadings()).contains("yuele", "lele");
        assertThat(NamePinyin.of("盖行重朝都").allFullReadings()).hasSize(NamePinyin.MAX_READINGS);
    }

    @Test
    void emptyAndUnreadableNamesGiveEmptyStrings() {
        for (String name : new String[] {null, "", "   ", "·", "！？"}) {
            NamePinyin pinyin = NamePinyin.of(name);
            assertThat(pinyin.full()).isEmpty();
            assertThat(pinyin.initials()).isEmpty();
            assertThat(pinyin.spaced()).isEmpty();
            assertThat(pinyin.allFullReadings()).isEmpty();
        }
    }
}
