-- The search index is rewritten per deal after commits: let autovacuum mark its pages all-visible
-- after 1 % new or changed rows (not the default 20 %), so a term lookup is answered from the
-- index alone (tests/bench/search.bench.ts prints both states). PGlite takes the settings too.
ALTER TABLE "search_term" SET (autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02);--> statement-breakpoint
ALTER TABLE "search_entry" SET (autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02);
