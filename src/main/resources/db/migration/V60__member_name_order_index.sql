-- The member list's default order (name_pinyin, id) read straight from an index: without it a
-- province-wide list (or a deep page) sorts every member in scope on each request. The existing
-- member_pinyin_idx uses text_pattern_ops, which serves LIKE 'abc%' but not ORDER BY.
CREATE INDEX member_name_order_idx ON member (name_pinyin, id);
