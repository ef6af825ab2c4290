CREATE TABLE "usage_monthly" (
	"tenant_id" uuid NOT NULL,
	"service" text NOT NULL,
	"month" date NOT NULL,
	"last_day" date NOT NULL,
	"active_users" integer NOT NULL,
	"entitlements" integer NOT NULL,
	"max_au_percent" numeric,
	"reached10_on" date,
	"reached15_on" date,
	"reached40_on" date,
	CONSTRAINT "usage_monthly_tenant_id_service_month_pk" PRIMARY KEY("tenant_id","service","month")
);
--> statement-breakpoint
ALTER TABLE "usage_monthly" ADD CONSTRAINT "usage_monthly_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;