CREATE TABLE "doc_edit" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"doc_id" text NOT NULL,
	"user_id" text,
	"at" timestamp with time zone NOT NULL,
	"client" bigint NOT NULL,
	"clock" integer NOT NULL,
	"len" integer NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "doc_update" ADD COLUMN "user_id" text;--> statement-breakpoint
ALTER TABLE "doc_edit" ADD CONSTRAINT "doc_edit_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "doc_edit_item_idx" ON "doc_edit" USING btree ("doc_id","client","clock");--> statement-breakpoint
CREATE INDEX "doc_edit_doc_at_idx" ON "doc_edit" USING btree ("doc_id","at");--> statement-breakpoint
CREATE INDEX "doc_edit_user_idx" ON "doc_edit" USING btree ("user_id","at");