-- dibs_first_recorded is kept by a trigger on audit_events, so every writer (commands, imports, seeds, a script)
-- keeps it right alike. audit_events is append-only, so a factor's first time can only move earlier: each write
-- merges its events' earliest times with least(). Statement-level with a transition table: a bulk write merges
-- each service once. The rules are the time-to-DIBS report's (packages/db/queries/reports/dibs-time.ts).
--
-- Whether an event's `after` holds an In Progress split row with entitlements (and, when `dated`, a date): the split
-- rows are the array itself or a whole service's `split`. Anything else holds none, so an odd event never fails the
-- write that records it.
CREATE OR REPLACE FUNCTION waymark_dibs_in_progress(after jsonb, dated boolean) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(after) = 'array' THEN after
        WHEN jsonb_typeof(after -> 'split') = 'array' THEN after -> 'split' ELSE '[]'::jsonb END) r
    WHERE r ->> 'l1' = 'in_progress' AND (r ->> 'entitlements') ~ '^\s*[+-]?[0-9]+\s*$' AND (r ->> 'entitlements')::numeric > 0
      AND (NOT dated OR coalesce(r ->> 'targetDate', '') <> ''))
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION waymark_dibs_first_recorded_from_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dibs_first_recorded AS f (service_entity_id, intent_at, target_date_at, business_reason_at, success_owner_at)
    SELECT e.service_entity_id, e.intent_at, e.target_date_at, e.business_reason_at, e.success_owner_at FROM (
      SELECT n.entity_id AS service_entity_id,
        min(n.occurred_at) FILTER (WHERE n.action <> 'service.updated' AND waymark_dibs_in_progress(n.after, false)) AS intent_at,
        least(
          min(n.occurred_at) FILTER (WHERE n.action IN ('service.added', 'service.updated') AND coalesce(n.after ->> 'dibsTargetDate', '') <> ''),
          min(n.occurred_at) FILTER (WHERE n.action <> 'service.updated' AND waymark_dibs_in_progress(n.after, true))
        ) AS target_date_at,
        min(n.occurred_at) FILTER (WHERE n.action IN ('service.added', 'service.updated') AND coalesce(n.after ->> 'dibsBusinessReason', '') <> '') AS business_reason_at,
        min(n.occurred_at) FILTER (WHERE n.action IN ('service.added', 'service.updated') AND coalesce(n.after ->> 'dibsSuccessOwnerRole', '') <> '') AS success_owner_at
      FROM new_rows n
      WHERE n.entity_type = 'service'
        AND n.action IN ('service.added', 'service.updated', 'service.split_replaced', 'service.split_adjusted', 'service.entitlements_moved')
      GROUP BY n.entity_id
    ) e
    WHERE coalesce(e.intent_at, e.target_date_at, e.business_reason_at, e.success_owner_at) IS NOT NULL
    ORDER BY e.service_entity_id
    ON CONFLICT (service_entity_id) DO UPDATE
      SET intent_at = least(f.intent_at, excluded.intent_at), target_date_at = least(f.target_date_at, excluded.target_date_at),
          business_reason_at = least(f.business_reason_at, excluded.business_reason_at),
          success_owner_at = least(f.success_owner_at, excluded.success_owner_at);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_dibs_first_recorded AFTER INSERT ON "audit_events"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION waymark_dibs_first_recorded_from_events();
--> statement-breakpoint
-- Backfill: the events written so far, as one bulk write (the trigger's statement, over every event).
INSERT INTO dibs_first_recorded (service_entity_id, intent_at, target_date_at, business_reason_at, success_owner_at)
  SELECT e.service_entity_id, e.intent_at, e.target_date_at, e.business_reason_at, e.success_owner_at FROM (
    SELECT n.entity_id AS service_entity_id,
      min(n.occurred_at) FILTER (WHERE n.action <> 'service.updated' AND waymark_dibs_in_progress(n.after, false)) AS intent_at,
      least(
        min(n.occurred_at) FILTER (WHERE n.action IN ('service.added', 'service.updated') AND coalesce(n.after ->> 'dibsTargetDate', '') <> ''),
        min(n.occurred_at) FILTER (WHERE n.action <> 'service.updated' AND waymark_dibs_in_progress(n.after, true))
      ) AS target_date_at,
      min(n.occurred_at) FILTER (WHERE n.action IN ('service.added', 'service.updated') AND coalesce(n.after ->> 'dibsBusinessReason', '') <> '') AS business_reason_at,
      min(n.occurred_at) FILTER (WHERE n.action IN ('service.added', 'service.updated') AND coalesce(n.after ->> 'dibsSuccessOwnerRole', '') <> '') AS success_owner_at
    FROM audit_events n
    WHERE n.entity_type = 'service'
      AND n.action IN ('service.added', 'service.updated', 'service.split_replaced', 'service.split_adjusted', 'service.entitlements_moved')
    GROUP BY n.entity_id
  ) e
  WHERE coalesce(e.intent_at, e.target_date_at, e.business_reason_at, e.success_owner_at) IS NOT NULL;
