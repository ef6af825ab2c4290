ALTER TABLE "findings" ADD COLUMN "accepted_at" timestamp with time zone;--> statement-breakpoint
-- Findings accepted before the column existed: when, from the audit trail that recorded the acceptance.
UPDATE "findings" f SET "accepted_at" = coalesce(
  (SELECT min(a.occurred_at) FROM audit_events a WHERE a.entity_type = 'finding' AND a.entity_id = f.id::text AND a.action = 'finding.accepted'),
  f.created_at)
WHERE f.status = 'accepted';
--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_accepted_at_check" CHECK ("status" <> 'accepted' OR "accepted_at" IS NOT NULL);
