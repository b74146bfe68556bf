-- Member search at province scale (issue 6, docs/benchmarks.md).
--
-- 1. Name and account "contains" search for ONE or TWO characters. Chinese names are two to four
--    characters, so a clerk often types two ("王秀"); pg_trgm cannot extract a trigram from two
--    characters and its index then reads every entry (680 ms over 1.2M members). An index of every
--    single character and every pair of adjacent characters answers any length: one character by
--    itself, longer text by all its pairs followed by the LIKE recheck. It replaces the trigram
--    indexes, so the member table keeps the same number of GIN indexes to maintain on import.
CREATE FUNCTION tongxin_ngrams(value text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT g), '{}')
      FROM (SELECT substr(lower(value), i, n) AS g
              FROM generate_series(1, 2) n, generate_series(1, length(value) - n + 1) i) grams
$$;

DROP INDEX member_name_trgm_idx;
CREATE INDEX member_name_ngram_idx ON member USING gin (tongxin_ngrams(name));
DROP INDEX member_account_handle_trgm_idx;
CREATE INDEX member_account_handle_ngram_idx ON member_account USING gin (tongxin_ngrams(handle));
DROP INDEX member_account_display_trgm_idx;
CREATE INDEX member_account_display_ngram_idx ON member_account USING gin (tongxin_ngrams(display_name));

-- 2. Filters inside a county (category + region): the region index now carries the categories, so
--    a county's members are filtered without visiting the table (index-only), and the name order
--    comes with them. Replaces member_region_idx (region_code, name_pinyin).
DROP INDEX member_region_idx;
CREATE INDEX member_region_idx ON member (region_code, name_pinyin, id) INCLUDE (category_codes);

-- 3. Paging the default order: the page's ids come from the order index alone (the region is
--    included for the scope check), and only the page's rows are then read from the table.
DROP INDEX member_name_order_idx;
CREATE INDEX member_name_order_idx ON member (name_pinyin, id) INCLUDE (region_code);
