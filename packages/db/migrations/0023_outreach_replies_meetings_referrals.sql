CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"time_zone" text NOT NULL,
	"recurrence_weeks" smallint,
	"recurrence_count" smallint,
	"location" text,
	"agenda" text,
	"attendees" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"uid" text NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"organizer_user_id" uuid,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "meetings_kind_check" CHECK ("meetings"."kind" IN ('kickoff','program_governance','customer_health_review','internal_health_review','checkpoint')),
	CONSTRAINT "meetings_status_check" CHECK ("meetings"."status" IN ('scheduled','cancelled')),
	CONSTRAINT "meetings_duration_check" CHECK ("meetings"."duration_minutes" BETWEEN 5 AND 480),
	CONSTRAINT "meetings_recurrence_check" CHECK (("meetings"."recurrence_weeks" IS NULL AND "meetings"."recurrence_count" IS NULL) OR ("meetings"."recurrence_weeks" IN (1,2) AND "meetings"."recurrence_count" BETWEEN 2 AND 52))
);
--> statement-breakpoint
CREATE TABLE "outreach_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"outreach_attempt_id" uuid NOT NULL,
	"from_address" text,
	"received_at" timestamp with time zone NOT NULL,
	"subject" text,
	"text" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"message_id" text,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outreach_replies_source_check" CHECK ("outreach_replies"."source" IN ('api','eml'))
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"need" text NOT NULL,
	"service_type" text,
	"contact_id" uuid,
	"consent_id" uuid NOT NULL,
	"partners" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"follow_up_due_on" date,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "referrals_kind_check" CHECK ("referrals"."kind" IN ('quickleads','acm')),
	CONSTRAINT "referrals_status_check" CHECK ("referrals"."status" IN ('submitted','partner_contacted','closed'))
);
--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "statement" text;--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "withdrawn_by_id" uuid;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "outreach_attempt_id" uuid;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_organizer_user_id_users_id_fk" FOREIGN KEY ("organizer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_replies" ADD CONSTRAINT "outreach_replies_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_replies" ADD CONSTRAINT "outreach_replies_outreach_attempt_id_outreach_attempts_id_fk" FOREIGN KEY ("outreach_attempt_id") REFERENCES "public"."outreach_attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_replies" ADD CONSTRAINT "outreach_replies_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meetings_tenant_idx" ON "meetings" USING btree ("tenant_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_uid_key" ON "meetings" USING btree ("uid");--> statement-breakpoint
CREATE INDEX "outreach_replies_attempt_idx" ON "outreach_replies" USING btree ("outreach_attempt_id");--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_replies_message_id_key" ON "outreach_replies" USING btree ("tenant_id","message_id");--> statement-breakpoint
CREATE INDEX "referrals_tenant_idx" ON "referrals" USING btree ("tenant_id");--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_withdrawn_by_id_users_id_fk" FOREIGN KEY ("withdrawn_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_outreach_attempt_id_outreach_attempts_id_fk" FOREIGN KEY ("outreach_attempt_id") REFERENCES "public"."outreach_attempts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_messages_outreach_idx" ON "outbox_messages" USING btree ("outreach_attempt_id");--> statement-breakpoint
CREATE INDEX "outbox_messages_message_id_idx" ON "outbox_messages" USING btree ("message_id");