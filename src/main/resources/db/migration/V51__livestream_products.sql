-- 村村播 products: the local products sold in live sessions, under a category (the parent item).
-- Categories are the items without a parent; a session lists products (items with a parent).
INSERT INTO dictionary_type (code, name, description, hierarchical, sort_order) VALUES
    ('livestream-product', '村村播产品', '村村播直播销售的本地产品，按类别（农产品、手工艺品、文旅等）归类。', true, 110);

INSERT INTO dictionary_item (type_code, code, name, parent_code, sort_order, built_in) VALUES
    ('livestream-product', 'AGRICULTURE',      '农产品',   NULL, 10, true),
    ('livestream-product', 'PROCESSED_FOOD',   '加工食品', NULL, 20, true),
    ('livestream-product', 'HANDICRAFT',       '手工艺品', NULL, 30, true),
    ('livestream-product', 'CULTURE_TOURISM',  '文旅',     NULL, 40, true);

INSERT INTO dictionary_item (type_code, code, name, parent_code, sort_order, built_in) VALUES
    ('livestream-product', 'HONEY',              '土蜂蜜',   'AGRICULTURE',     11, true),
    ('livestream-product', 'CHILI',              '辣椒',     'AGRICULTURE',     12, true),
    ('livestream-product', 'MUTTON',             '羊肉',     'AGRICULTURE',     13, true),
    ('livestream-product', 'RED_BEEF',           '红牛肉',   'AGRICULTURE',     14, true),
    ('livestream-product', 'MILLET',             '小米',     'AGRICULTURE',     15, true),
    ('livestream-product', 'MIXED_BEANS',        '杂粮豆',   'AGRICULTURE',     16, true),
    ('livestream-product', 'APPLE',              '苹果',     'AGRICULTURE',     17, true),
    ('livestream-product', 'DAYLILY',            '黄花菜',   'AGRICULTURE',     18, true),
    ('livestream-product', 'SAUCE_VINEGAR',      '手工酱醋', 'PROCESSED_FOOD',  21, true),
    ('livestream-product', 'STONE_MILLED_FLOUR', '石磨面粉', 'PROCESSED_FOOD',  22, true),
    ('livestream-product', 'BUCKWHEAT_NOODLES',  '荞麦面',   'PROCESSED_FOOD',  23, true),
    ('livestream-product', 'FLAXSEED_OIL',       '胡麻油',   'PROCESSED_FOOD',  24, true),
    ('livestream-product', 'BASKET',             '箩筐',     'HANDICRAFT',      31, true),
    ('livestream-product', 'SACHET',             '香包',     'HANDICRAFT',      32, true),
    ('livestream-product', 'PAPER_CUT',          '剪纸',     'HANDICRAFT',      33, true),
    ('livestream-product', 'SHADOW_PUPPET',      '道情皮影', 'CULTURE_TOURISM', 41, true),
    ('livestream-product', 'RURAL_TOUR',         '乡村旅游', 'CULTURE_TOURISM', 42, true),
    ('livestream-product', 'FARM_STAY',          '农家乐',   'CULTURE_TOURISM', 43, true);
