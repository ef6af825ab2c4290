CREATE TABLE "findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"service" text,
	"code" text NOT NULL,
	"message" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"rule_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "findings_status_check" CHECK ("findings"."status" IN ('open','closed','accepted'))
);
--> statement-breakpoint
CREATE TABLE "playbook_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"playbook_id" text NOT NULL,
	"playbook_version" integer NOT NULL,
	"service" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "rule_effects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"playbook_id" text NOT NULL,
	"playbook_version" integer NOT NULL,
	"rule_id" text NOT NULL,
	"kind" text NOT NULL,
	"service" text,
	"catalog_task_id" integer,
	"change" jsonb NOT NULL,
	"why" text NOT NULL,
	"inputs" jsonb NOT NULL,
	"event_type" text NOT NULL,
	"recorded_by_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbook_runs" ADD CONSTRAINT "playbook_runs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbook_runs" ADD CONSTRAINT "playbook_runs_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_effects" ADD CONSTRAINT "rule_effects_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_effects" ADD CONSTRAINT "rule_effects_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "findings_tenant_idx" ON "findings" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "playbook_runs_tenant_playbook_key" ON "playbook_runs" USING btree ("tenant_id","playbook_id");--> statement-breakpoint
CREATE INDEX "rule_effects_tenant_idx" ON "rule_effects" USING btree ("tenant_id","occurred_at");--> statement-breakpoint
CREATE INDEX "rule_effects_task_idx" ON "rule_effects" USING btree ("tenant_id","catalog_task_id");