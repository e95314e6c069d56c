CREATE TABLE "doc_version" (
	"id" text PRIMARY KEY NOT NULL,
	"doc_id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"state" "bytea" NOT NULL,
	"authors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summary" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "doc_version" ADD CONSTRAINT "doc_version_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "doc_version_doc_idx" ON "doc_version" USING btree ("doc_id","created_at");