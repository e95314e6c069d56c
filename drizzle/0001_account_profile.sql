CREATE TABLE "account_events" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"contact_id" text,
	"at" date NOT NULL,
	"author_id" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_events" (
	"deal_id" text NOT NULL,
	"event_id" text NOT NULL,
	"account_id" text NOT NULL,
	"block_id" text NOT NULL,
	"person_id" text NOT NULL,
	"contact_id" text,
	"person_name" text NOT NULL,
	"from_value" integer,
	"to_value" integer,
	"scale" text NOT NULL,
	"to_normalized" real,
	"at" timestamp with time zone NOT NULL,
	"by_user_id" text,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "support_events_deal_id_event_id_pk" PRIMARY KEY("deal_id","event_id")
);
--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "support_scale" text DEFAULT 'five' NOT NULL;--> statement-breakpoint
ALTER TABLE "account_events" ADD CONSTRAINT "account_events_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_events" ADD CONSTRAINT "account_events_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_events" ADD CONSTRAINT "account_events_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_events" ADD CONSTRAINT "support_events_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_events" ADD CONSTRAINT "support_events_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_events_account_idx" ON "account_events" USING btree ("account_id","at");--> statement-breakpoint
CREATE INDEX "support_events_account_idx" ON "support_events" USING btree ("account_id","at");--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_support_scale_check" CHECK ("workspaces"."support_scale" in ('five', 'eleven'));