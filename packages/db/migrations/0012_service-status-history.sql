CREATE TABLE "service_status_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_service_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"status" text NOT NULL,
	"entered_on" date NOT NULL,
	"left_on" date,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by_user_id" uuid,
	"changed_by_rule" text,
	CONSTRAINT "service_status_history_dates_check" CHECK ("service_status_history"."left_on" IS NULL OR "service_status_history"."left_on" >= "service_status_history"."entered_on")
);
--> statement-breakpoint
ALTER TABLE "tenant_services" ADD COLUMN "migration_rejection_note" text;--> statement-breakpoint
ALTER TABLE "service_status_history" ADD CONSTRAINT "service_status_history_tenant_service_id_tenant_services_id_fk" FOREIGN KEY ("tenant_service_id") REFERENCES "public"."tenant_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_status_history_service_idx" ON "service_status_history" USING btree ("tenant_service_id","entered_at");--> statement-breakpoint
CREATE UNIQUE INDEX "service_status_history_open_key" ON "service_status_history" USING btree ("tenant_service_id") WHERE "service_status_history"."left_on" IS NULL;