CREATE TABLE "tenant_data_quality" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"customer_id" uuid NOT NULL,
	"region" text NOT NULL,
	"priority_rank" smallint NOT NULL,
	"computed_for" date,
	"computed_at" timestamp with time zone,
	"stale" boolean DEFAULT true NOT NULL,
	"high" integer DEFAULT 0 NOT NULL,
	"medium" integer DEFAULT 0 NOT NULL,
	"low" integer DEFAULT 0 NOT NULL,
	"checks" text[] DEFAULT '{}' NOT NULL,
	"services" text[] DEFAULT '{}' NOT NULL,
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tenant_data_quality" ADD CONSTRAINT "tenant_data_quality_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tenant_data_quality_customer_idx" ON "tenant_data_quality" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "tenant_data_quality_worst_idx" ON "tenant_data_quality" USING btree ("high" DESC NULLS LAST,"medium" DESC NULLS LAST,"low" DESC NULLS LAST,"priority_rank","tenant_id") WHERE "tenant_data_quality"."high" + "tenant_data_quality"."medium" + "tenant_data_quality"."low" > 0;--> statement-breakpoint
CREATE INDEX "tenant_data_quality_checks_idx" ON "tenant_data_quality" USING gin ("checks");