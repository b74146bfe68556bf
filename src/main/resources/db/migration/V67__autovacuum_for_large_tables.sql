-- Index-only scans (the member list's paging, the region + category filter, the 村村播 monthly
-- figures) read only the index while the table's pages are marked all-visible; rows written since
-- the last vacuum send every lookup back to the table. PostgreSQL's default waits for 20 % of a
-- table to change before vacuuming: 200,000 members after a province's import, which left a filter
-- ten times slower until then (docs/benchmarks.md). These tables are vacuumed after 2 % instead.
ALTER TABLE member SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02,
                        autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE member_account SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02,
                                autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE livestream_monthly SET (autovacuum_vacuum_scale_factor = 0.02,
                                    autovacuum_vacuum_insert_scale_factor = 0.02);
ALTER TABLE livestream_product_monthly SET (autovacuum_vacuum_scale_factor = 0.02,
                                            autovacuum_vacuum_insert_scale_factor = 0.02);
ALTER TABLE livestream_township_monthly SET (autovacuum_vacuum_scale_factor = 0.02,
                                             autovacuum_vacuum_insert_scale_factor = 0.02);
