-- The built-in dictionaries. Names are the official Chinese terms; codes are those of the
-- national standard where one exists, otherwise stable upper-case identifiers.

INSERT INTO dictionary_type (code, name, description, hierarchical, sort_order) VALUES
    ('member-category', '统战成员类别',
     '依据《中国共产党统一战线工作条例》第五条列举的统一战线工作对象；另设网络人士及其中的网络代表人士。',
     true, 10),
    ('ethnicity', '民族', 'GB/T 3304《中国各民族名称的罗马字母拼写法和代码》数字代码。', false, 20),
    ('political-affiliation', '政治面貌', 'GB/T 4762《政治面貌代码》。', false, 30),
    ('education', '学历', 'GB/T 4658《学历代码》，按毕业层次取用。', false, 40),
    ('platform', '网络平台', '网络人士开设账号的平台。', false, 50),
    ('content-domain', '内容领域', '网络账号主要发布的内容领域。', false, 60),
    ('position-type', '代表人士职务', '党外代表人士担任的人大代表、政协委员等职务。', false, 70),
    ('position-level', '职务级别', '代表人士职务所在的层级。', false, 80),
    ('member-tag', '标签', '各单位自定义的成员标签。', false, 90);

-- 统战成员类别, in the order of the Regulations (2020), 第五条; 网络人士 before the closing catch-all.
INSERT INTO dictionary_item (type_code, code, name, parent_code, sort_order, built_in) VALUES
    ('member-category', 'DEMOCRATIC_PARTY',       '民主党派成员',           NULL, 10, true),
    ('member-category', 'NON_PARTY',              '无党派人士',             NULL, 20, true),
    ('member-category', 'NON_PARTY_INTELLECTUAL', '党外知识分子',           NULL, 30, true),
    ('member-category', 'ETHNIC_MINORITY',        '少数民族人士',           NULL, 40, true),
    ('member-category', 'RELIGIOUS',              '宗教界人士',             NULL, 50, true),
    ('member-category', 'NON_PUBLIC_ECONOMY',     '非公有制经济人士',       NULL, 60, true),
    ('member-category', 'NEW_SOCIAL_STRATUM',     '新的社会阶层人士',       NULL, 70, true),
    ('member-category', 'OVERSEAS_STUDENT',       '出国和归国留学人员',     NULL, 80, true),
    ('member-category', 'HONG_KONG',              '香港同胞',               NULL, 90, true),
    ('member-category', 'MACAO',                  '澳门同胞',               NULL, 100, true),
    ('member-category', 'TAIWAN',                 '台湾同胞及其在大陆的亲属', NULL, 110, true),
    ('member-category', 'OVERSEAS_CHINESE',       '华侨、归侨及侨眷',       NULL, 120, true),
    ('member-category', 'ONLINE',                 '网络人士',               NULL, 130, true),
    ('member-category', 'OTHER',                  '其他需要联系和团结的人员', NULL, 140, true);

INSERT INTO dictionary_item (type_code, code, name, parent_code, sort_order, built_in) VALUES
    ('member-category', 'NSS_ENTERPRISE_STAFF',   '私营企业和外资企业管理技术人员', 'NEW_SOCIAL_STRATUM', 71, true),
    ('member-category', 'NSS_INTERMEDIARY_STAFF', '中介组织和社会组织从业人员',     'NEW_SOCIAL_STRATUM', 72, true),
    ('member-category', 'NSS_FREELANCER',         '自由职业人员',                   'NEW_SOCIAL_STRATUM', 73, true),
    ('member-category', 'NSS_NEW_MEDIA',          '新媒体从业人员',                 'NEW_SOCIAL_STRATUM', 74, true),
    ('member-category', 'ONLINE_REPRESENTATIVE',  '网络代表人士',                   'ONLINE',             131, true);

-- 民族: GB/T 3304-1991 numeric codes, in the standard's order (current names: 毛南族, 德昂族).
INSERT INTO dictionary_item (type_code, code, name, sort_order, built_in)
SELECT 'ethnicity', lpad(n::text, 2, '0'), name, n, true
  FROM unnest(ARRAY[
    '汉族', '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '布依族', '朝鲜族',
    '满族', '侗族', '瑶族', '白族', '土家族', '哈尼族', '哈萨克族', '傣族', '黎族', '傈僳族',
    '佤族', '畲族', '高山族', '拉祜族', '水族', '东乡族', '纳西族', '景颇族', '柯尔克孜族', '土族',
    '达斡尔族', '仫佬族', '羌族', '布朗族', '撒拉族', '毛南族', '仡佬族', '锡伯族', '阿昌族', '普米族',
    '塔吉克族', '怒族', '乌孜别克族', '俄罗斯族', '鄂温克族', '德昂族', '保安族', '裕固族', '京族', '塔塔尔族',
    '独龙族', '鄂伦春族', '赫哲族', '门巴族', '珞巴族', '基诺族'
  ]) WITH ORDINALITY AS t(name, n);

INSERT INTO dictionary_item (type_code, code, name, sort_order, built_in) VALUES
    ('ethnicity', '97', '其他', 97, true),
    ('ethnicity', '98', '外国血统中国籍人士', 98, true);

-- 政治面貌: GB/T 4762-1984 (12 is 无党派民主人士 in the standard's wording, 无党派人士 today).
INSERT INTO dictionary_item (type_code, code, name, sort_order, built_in) VALUES
    ('political-affiliation', '01', '中国共产党党员', 1, true),
    ('political-affiliation', '02', '中国共产党预备党员', 2, true),
    ('political-affiliation', '03', '中国共产主义青年团团员', 3, true),
    ('political-affiliation', '04', '中国国民党革命委员会会员', 4, true),
    ('political-affiliation', '05', '中国民主同盟盟员', 5, true),
    ('political-affiliation', '06', '中国民主建国会会员', 6, true),
    ('political-affiliation', '07', '中国民主促进会会员', 7, true),
    ('political-affiliation', '08', '中国农工民主党党员', 8, true),
    ('political-affiliation', '09', '中国致公党党员', 9, true),
    ('political-affiliation', '10', '九三学社社员', 10, true),
    ('political-affiliation', '11', '台湾民主自治同盟盟员', 11, true),
    ('political-affiliation', '12', '无党派人士', 12, true),
    ('political-affiliation', '13', '群众', 13, true);

-- 学历: GB/T 4658-2006 codes of the "毕业" level of each class.
INSERT INTO dictionary_item (type_code, code, name, sort_order, built_in) VALUES
    ('education', '11', '研究生（博士）', 11, true),
    ('education', '14', '研究生（硕士）', 14, true),
    ('education', '21', '大学本科', 21, true),
    ('education', '31', '大学专科', 31, true),
    ('education', '41', '中等专科', 41, true),
    ('education', '44', '职业高中', 44, true),
    ('education', '47', '技工学校', 47, true),
    ('education', '61', '普通高中', 61, true),
    ('education', '71', '初中', 71, true),
    ('education', '81', '小学', 81, true),
    ('education', '90', '其他', 90, true);

INSERT INTO dictionary_item (type_code, code, name, sort_order, built_in) VALUES
    ('platform', 'DOUYIN', '抖音', 10, true),
    ('platform', 'KUAISHOU', '快手', 20, true),
    ('platform', 'WECHAT_CHANNELS', '微信视频号', 30, true),
    ('platform', 'WECHAT_OFFICIAL', '微信公众号', 40, true),
    ('platform', 'WEIBO', '微博', 50, true),
    ('platform', 'XIAOHONGSHU', '小红书', 60, true),
    ('platform', 'BILIBILI', '哔哩哔哩', 70, true),
    ('platform', 'TOUTIAO', '今日头条', 80, true),
    ('platform', 'OTHER', '其他', 900, true);

INSERT INTO dictionary_item (type_code, code, name, sort_order, built_in) VALUES
    ('content-domain', 'RURAL', '三农', 10, true),
    ('content-domain', 'FOOD', '美食', 20, true),
    ('content-domain', 'CULTURE_TOURISM', '文旅', 30, true),
    ('content-domain', 'EDUCATION', '教育', 40, true),
    ('content-domain', 'POPULAR_SCIENCE', '科普', 50, true),
    ('content-domain', 'LIFESTYLE', '生活', 60, true),
    ('content-domain', 'CURRENT_AFFAIRS', '时政', 70, true),
    ('content-domain', 'FINANCE', '财经', 80, true),
    ('content-domain', 'HEALTH', '健康', 90, true),
    ('content-domain', 'CULTURE', '文化', 100, true),
    ('content-domain', 'ENTERTAINMENT', '娱乐', 110, true),
    ('content-domain', 'SPORTS', '体育', 120, true),
    ('content-domain', 'AUTOMOTIVE', '汽车', 130, true),
    ('content-domain', 'TECHNOLOGY', '科技', 140, true),
    ('content-domain', 'OTHER', '其他', 900, true);

INSERT INTO dictionary_item (type_code, code, name, sort_order, built_in) VALUES
    ('position-type', 'NPC_DEPUTY', '人大代表', 10, true),
    ('position-type', 'CPPCC_MEMBER', '政协委员', 20, true),
    ('position-type', 'GOVERNMENT_COUNSELLOR', '政府参事', 30, true),
    ('position-type', 'OTHER', '其他', 900, true);

INSERT INTO dictionary_item (type_code, code, name, sort_order, built_in) VALUES
    ('position-level', 'NATIONAL', '全国', 10, true),
    ('position-level', 'PROVINCIAL', '省级', 20, true),
    ('position-level', 'CITY', '市级', 30, true),
    ('position-level', 'COUNTY', '县级', 40, true),
    ('position-level', 'TOWNSHIP', '乡镇', 50, true);
