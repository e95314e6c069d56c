CREATE TABLE "search_entry" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"deal_id" text,
	"source" text NOT NULL,
	"kind" text NOT NULL,
	"href" text NOT NULL,
	"title" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_term" (
	"entry_id" bigint NOT NULL,
	"term" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_term" ADD CONSTRAINT "search_term_entry_id_search_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."search_entry"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_entry_source_idx" ON "search_entry" USING btree ("source");--> statement-breakpoint
CREATE INDEX "search_entry_workspace_idx" ON "search_entry" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "search_term_term_idx" ON "search_term" USING btree ("term" text_pattern_ops,"entry_id");