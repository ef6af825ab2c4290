ALTER TABLE "tenants" ADD COLUMN "assignment_option" text;--> statement-breakpoint
ALTER TABLE "findings" ADD COLUMN "role" text;--> statement-breakpoint
CREATE UNIQUE INDEX "findings_one_open_key" ON "findings" USING btree ("tenant_id",coalesce("service", ''),"code") WHERE "findings"."status" = 'open';