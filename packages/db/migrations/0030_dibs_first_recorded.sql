CREATE TABLE "dibs_first_recorded" (
	"service_entity_id" text PRIMARY KEY NOT NULL,
	"intent_at" timestamp with time zone,
	"target_date_at" timestamp with time zone,
	"business_reason_at" timestamp with time zone,
	"success_owner_at" timestamp with time zone
);
