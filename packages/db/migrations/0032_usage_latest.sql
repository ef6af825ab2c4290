CREATE TABLE "usage_latest" (
	"tenant_id" uuid NOT NULL,
	"service" text NOT NULL,
	"last_day" date NOT NULL,
	"active_users" integer NOT NULL,
	"entitlements" integer NOT NULL,
	"reached10_on" date,
	"reached15_on" date,
	"reached40_on" date,
	"trend_first_month" date NOT NULL,
	"trend_active_users" integer[],
	"trend_entitlements" integer[],
	CONSTRAINT "usage_latest_tenant_id_service_pk" PRIMARY KEY("tenant_id","service")
);
--> statement-breakpoint
ALTER TABLE "usage_latest" ADD CONSTRAINT "usage_latest_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;