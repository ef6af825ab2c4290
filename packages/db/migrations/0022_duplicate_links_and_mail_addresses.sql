ALTER TABLE "tenants" ADD COLUMN "duplicate_of_tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "to_addresses" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "cc_addresses" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "message_id" text;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "in_reply_to" text;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "references" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_duplicate_of_tenant_id_tenants_id_fk" FOREIGN KEY ("duplicate_of_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_not_duplicate_of_itself_check" CHECK ("tenants"."duplicate_of_tenant_id" IS DISTINCT FROM "tenants"."id");