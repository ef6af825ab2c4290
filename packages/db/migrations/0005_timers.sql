CREATE TABLE "timers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"service" text,
	"key" text NOT NULL,
	"due_on" date NOT NULL,
	"event" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"playbook_id" text NOT NULL,
	"playbook_version" integer NOT NULL,
	"rule_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"settled_at" timestamp with time zone,
	CONSTRAINT "timers_status_check" CHECK ("timers"."status" IN ('pending','fired','cancelled','failed'))
);
--> statement-breakpoint
ALTER TABLE "timers" ADD CONSTRAINT "timers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "timers_due_idx" ON "timers" USING btree ("due_on") WHERE "timers"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "timers_one_pending_key" ON "timers" USING btree ("tenant_id",coalesce("service", ''),"key") WHERE "timers"."status" = 'pending';