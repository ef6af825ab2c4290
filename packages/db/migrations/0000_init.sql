CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip_address" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"email" text,
	"password_hash" text,
	"roles" text[] DEFAULT '{}' NOT NULL,
	"is_administrator" boolean DEFAULT false NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tpid" bigint NOT NULL,
	"name" text NOT NULL,
	"winner_tenant_id" uuid,
	"region" text NOT NULL,
	"vertical" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tenants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_guid" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"priority" text NOT NULL,
	"priority_override" text,
	"priority_override_reason" text,
	"priority_rank" smallint GENERATED ALWAYS AS (CASE coalesce(priority_override, priority) WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END) STORED NOT NULL,
	"segment" text NOT NULL,
	"seats" integer NOT NULL,
	"country" text NOT NULL,
	"time_zone" text NOT NULL,
	"region" text NOT NULL,
	"managed" boolean DEFAULT false NOT NULL,
	"engagement_start_date" date,
	"overall_status" text,
	"overall_status_date" date,
	"go_back" boolean DEFAULT false NOT NULL,
	"rfa_submitted_on" date,
	"rfa_approved_on" date,
	"rfa_reference" text,
	"enterprise_level" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "tenants_seats_check" CHECK ("tenants"."seats" >= 0),
	CONSTRAINT "tenants_priority_check" CHECK ("tenants"."priority" IN ('high','medium','low')),
	CONSTRAINT "tenants_priority_override_check" CHECK ("tenants"."priority_override" IS NULL OR "tenants"."priority_override" IN ('high','medium','low')),
	CONSTRAINT "tenants_enterprise_level_check" CHECK ("tenants"."enterprise_level" IS NULL OR "tenants"."enterprise_level" BETWEEN 1 AND 4)
);
--> statement-breakpoint
CREATE TABLE "entitlement_splits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_service_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"l1" text NOT NULL,
	"entitlements" integer NOT NULL,
	"l2" text,
	"l3" text,
	"target_date" date,
	"owner" text,
	"notes" text,
	"next_action_date" date,
	"engagement_start_date" date,
	"position" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "entitlement_splits_entitlements_check" CHECK ("entitlement_splits"."entitlements" >= 0),
	CONSTRAINT "entitlement_splits_l3_needs_l2_check" CHECK ("entitlement_splits"."l3" IS NULL OR "entitlement_splits"."l2" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "service_migrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_service_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"migration_type" text NOT NULL,
	"entitlements" integer NOT NULL,
	"estimated_migration_date" date,
	"data_size_gb" integer,
	"status" text,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "tenant_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"service" text NOT NULL,
	"total_entitlements" integer NOT NULL,
	"entitlement_override" integer,
	"service_status" text DEFAULT 'initiate' NOT NULL,
	"service_status_since" date,
	"deployment_order" smallint,
	"engagement_scenario" text DEFAULT 'customer_led_ftp_assist' NOT NULL,
	"engagement_start_date" date,
	"next_action_date" date,
	"dibs_target_date" date,
	"dibs_business_reason" text,
	"dibs_success_owner_role" text,
	"ssat_stakeholders" text,
	"ssat_scenarios" text[] DEFAULT '{}' NOT NULL,
	"ssat_awareness" text[] DEFAULT '{}' NOT NULL,
	"ssat_training" text[] DEFAULT '{}' NOT NULL,
	"microsoft_migrating" boolean,
	"migration_rejection_reason" text,
	"migration_start_date" date,
	"migration_end_date" date,
	"forecast_submitted_on" date,
	"forecast15_on" date,
	"forecast40_on" date,
	"forecast_max_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "tenant_services_total_check" CHECK ("tenant_services"."total_entitlements" >= 0),
	CONSTRAINT "tenant_services_override_check" CHECK ("tenant_services"."entitlement_override" IS NULL OR "tenant_services"."entitlement_override" >= 0)
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"tenant_service_id" uuid,
	"catalog_task_id" integer NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"percent_complete" smallint DEFAULT 0 NOT NULL,
	"responsible_role" text NOT NULL,
	"due_date" date,
	"source_rule_id" text,
	"playbook_id" text,
	"playbook_version" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "tasks_percent_check" CHECK ("tasks"."percent_complete" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"category" text NOT NULL,
	"services" text[] DEFAULT '{}' NOT NULL,
	"catalog_task_id" integer,
	"body" text NOT NULL,
	"hashtags" text[] DEFAULT '{}' NOT NULL,
	"escalated" boolean DEFAULT false NOT NULL,
	"next_action" text,
	"next_action_date" date,
	"next_action_owner_id" uuid,
	"author_id" uuid,
	"author_rule_id" text,
	"is_draft" boolean DEFAULT false NOT NULL,
	"supersedes_note_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', body)) STORED,
	CONSTRAINT "notes_next_action_length_check" CHECK (char_length("notes"."next_action") <= 500)
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contact_id" uuid NOT NULL,
	"tenant_id" uuid,
	"scope" text NOT NULL,
	"method" text NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"tenant_id" uuid,
	"partner_id" uuid,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"role" text,
	"is_engaged" boolean DEFAULT false NOT NULL,
	"do_not_call" boolean DEFAULT false NOT NULL,
	"do_not_call_reason" text,
	"survey_eligible" boolean DEFAULT false NOT NULL,
	"survey_language" text,
	"country" text,
	"services_deployed" text[] DEFAULT '{}' NOT NULL,
	"synced" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"mpn_id" text,
	"frp_member" boolean DEFAULT false NOT NULL,
	"country" text,
	"city" text,
	"specialties" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tenant_partners" (
	"tenant_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"desires_assistance" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_partners_tenant_id_partner_id_pk" PRIMARY KEY("tenant_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"tenant_id" uuid,
	"service" text,
	"user_id" uuid,
	"queue_id" uuid,
	"partner_id" uuid,
	"role" text NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_id" uuid,
	CONSTRAINT "assignments_one_assignee_check" CHECK (num_nonnulls("assignments"."user_id", "assignments"."queue_id", "assignments"."partner_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "queues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"region" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_user_id" uuid,
	"actor_rule_id" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"customer_id" uuid,
	"tenant_id" uuid,
	"before" jsonb,
	"after" jsonb,
	"reason" text,
	CONSTRAINT "audit_events_actor_check" CHECK ("audit_events"."actor_kind" IN ('user','rule','system'))
);
--> statement-breakpoint
CREATE TABLE "outreach_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"audience" text NOT NULL,
	"template" text NOT NULL,
	"channel" text NOT NULL,
	"attempt_number" smallint NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"response" text,
	"responded_at" timestamp with time zone,
	"next_step_due_on" date,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_daily" (
	"tenant_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"service" text NOT NULL,
	"day" date NOT NULL,
	"active_users" integer NOT NULL,
	"entitlements" integer NOT NULL,
	CONSTRAINT "usage_daily_tenant_id_service_day_pk" PRIMARY KEY("tenant_id","service","day"),
	CONSTRAINT "usage_daily_counts_check" CHECK ("usage_daily"."active_users" >= 0 AND "usage_daily"."entitlements" >= 0)
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_winner_tenant_id_tenants_id_fk" FOREIGN KEY ("winner_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entitlement_splits" ADD CONSTRAINT "entitlement_splits_tenant_service_id_tenant_services_id_fk" FOREIGN KEY ("tenant_service_id") REFERENCES "public"."tenant_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_migrations" ADD CONSTRAINT "service_migrations_tenant_service_id_tenant_services_id_fk" FOREIGN KEY ("tenant_service_id") REFERENCES "public"."tenant_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_services" ADD CONSTRAINT "tenant_services_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_tenant_service_id_tenant_services_id_fk" FOREIGN KEY ("tenant_service_id") REFERENCES "public"."tenant_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_next_action_owner_id_users_id_fk" FOREIGN KEY ("next_action_owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_partners" ADD CONSTRAINT "tenant_partners_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_partners" ADD CONSTRAINT "tenant_partners_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_queue_id_queues_id_fk" FOREIGN KEY ("queue_id") REFERENCES "public"."queues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_attempts" ADD CONSTRAINT "outreach_attempts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_attempts" ADD CONSTRAINT "outreach_attempts_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_daily" ADD CONSTRAINT "usage_daily_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_key" ON "users" USING btree ("username");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_tpid_key" ON "customers" USING btree ("tpid");--> statement-breakpoint
CREATE INDEX "customers_name_idx" ON "customers" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "tenants_tenant_guid_key" ON "tenants" USING btree ("tenant_guid");--> statement-breakpoint
CREATE INDEX "tenants_customer_idx" ON "tenants" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "tenants_priority_name_idx" ON "tenants" USING btree ("priority_rank","name","id");--> statement-breakpoint
CREATE INDEX "tenants_name_idx" ON "tenants" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "tenants_region_idx" ON "tenants" USING btree ("region");--> statement-breakpoint
CREATE INDEX "entitlement_splits_service_idx" ON "entitlement_splits" USING btree ("tenant_service_id");--> statement-breakpoint
CREATE INDEX "entitlement_splits_tenant_idx" ON "entitlement_splits" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "service_migrations_service_idx" ON "service_migrations" USING btree ("tenant_service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tenant_services_tenant_service_key" ON "tenant_services" USING btree ("tenant_id","service");--> statement-breakpoint
CREATE INDEX "tenant_services_customer_idx" ON "tenant_services" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "tasks_tenant_idx" ON "tasks" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "tasks_due_idx" ON "tasks" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "notes_tenant_created_idx" ON "notes" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "notes_search_idx" ON "notes" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "notes_hashtags_idx" ON "notes" USING gin ("hashtags");--> statement-breakpoint
CREATE INDEX "contacts_customer_idx" ON "contacts" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "contacts_tenant_idx" ON "contacts" USING btree ("tenant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partners_mpn_id_key" ON "partners" USING btree ("mpn_id");--> statement-breakpoint
CREATE INDEX "assignments_tenant_idx" ON "assignments" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "assignments_user_idx" ON "assignments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "assignments_customer_idx" ON "assignments" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_one_primary_key" ON "assignments" USING btree ("customer_id",coalesce("tenant_id", '00000000-0000-0000-0000-000000000000'::uuid),coalesce("service", ''),"role") WHERE "assignments"."is_primary";--> statement-breakpoint
CREATE UNIQUE INDEX "queues_code_key" ON "queues" USING btree ("code");--> statement-breakpoint
CREATE INDEX "audit_events_tenant_idx" ON "audit_events" USING btree ("tenant_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "outreach_attempts_tenant_idx" ON "outreach_attempts" USING btree ("tenant_id");