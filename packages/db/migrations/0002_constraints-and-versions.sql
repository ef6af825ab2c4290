ALTER TABLE "service_migrations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "outreach_attempts" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_region_check" CHECK ("customers"."region" IN ('americas','apj','emea'));--> statement-breakpoint
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_segment_check" CHECK ("tenants"."segment" IN ('smc','enterprise'));--> statement-breakpoint
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_region_check" CHECK ("tenants"."region" IN ('americas','apj','emea'));--> statement-breakpoint
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_overall_status_check" CHECK ("tenants"."overall_status" IS NULL OR "tenants"."overall_status" IN ('active','blocked','paused'));--> statement-breakpoint
ALTER TABLE "entitlement_splits" ADD CONSTRAINT "entitlement_splits_l1_check" CHECK ("entitlement_splits"."l1" IN ('status_unknown','in_progress','blocked','no_intent','duplicate_invalid'));--> statement-breakpoint
ALTER TABLE "service_migrations" ADD CONSTRAINT "service_migrations_entitlements_check" CHECK ("service_migrations"."entitlements" >= 0);--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_status_check" CHECK ("tasks"."status" IN ('not_started','not_required','in_progress','complete','paused_customer_delay',
        'deferred_customer_extended_delay','warning','blocked_pending_remediation','blocked_technical_customer',
        'blocked_business','blocked_other','blocked_technical_ms','cancelled'));--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_author_check" CHECK ("notes"."author_id" IS NOT NULL OR "notes"."author_rule_id" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_type_check" CHECK ("contacts"."type" IN ('customer','partner','microsoft'));--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_do_not_call_reason_check" CHECK (NOT "contacts"."do_not_call" OR "contacts"."do_not_call_reason" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "outreach_attempts" ADD CONSTRAINT "outreach_attempts_audience_check" CHECK ("outreach_attempts"."audience" IN ('account_team','partner','customer'));--> statement-breakpoint
ALTER TABLE "outreach_attempts" ADD CONSTRAINT "outreach_attempts_attempt_check" CHECK ("outreach_attempts"."attempt_number" >= 1);