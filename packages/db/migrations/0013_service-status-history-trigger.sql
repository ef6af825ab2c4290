-- Service status history is written here, by triggers on tenant_services, so every writer of service_status
-- (a person, the playbook engine, an import, a script) is recorded alike and none can forget it.
-- Dates are the tenant's local dates. A writer that sets service_status_since together with the status names the
-- day (Waymark does, from its own clock, so an adjusted clock is honoured); otherwise it is today in the tenant's
-- time zone. Who made the change comes from transaction-local settings the writer sets with set_config(..., true):
-- waymark.changed_by_user (a user id) and waymark.changed_by_rule (playbook@version/rule).
-- An import that brings its own history sets waymark.skip_status_history = 'on'.
CREATE OR REPLACE FUNCTION waymark_tenant_local_date(p_tenant_id uuid) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT (now() AT TIME ZONE coalesce((SELECT time_zone FROM tenants WHERE id = p_tenant_id), 'UTC'))::date
$$;
--> statement-breakpoint
-- service_status_since is the day the current status was entered: it moves with the status and only with it, so
-- telling a service the status it already has does not restart its days in status. When the status changes, the
-- day is the one the writer names; a writer that names none gets today. Whether a writer named the day it already
-- had cannot be seen from the values, only from which columns its UPDATE sets, so three triggers (run in name
-- order) share the work: _a marks a status change whose day is unchanged, _b (fired only when the UPDATE sets
-- service_status_since) takes the writer's day back, _c fills in today for what is still marked.
CREATE OR REPLACE FUNCTION waymark_mark_unnamed_status_day() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.service_status_since := 'infinity'::date;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION waymark_take_named_status_day() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.service_status_since = 'infinity'::date THEN
    NEW.service_status_since := OLD.service_status_since;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION waymark_settle_status_day() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.service_status IS NOT DISTINCT FROM OLD.service_status THEN
    NEW.service_status_since := OLD.service_status_since;
  ELSIF NEW.service_status_since IS NULL OR NEW.service_status_since = 'infinity'::date THEN
    NEW.service_status_since := waymark_tenant_local_date(NEW.tenant_id);
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION waymark_record_service_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('waymark.skip_status_history', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    UPDATE service_status_history
      SET left_on = greatest(NEW.service_status_since, entered_on)
      WHERE tenant_service_id = NEW.id AND left_on IS NULL;
  END IF;
  -- clock_timestamp, not now(): two changes in one transaction (a person's, then a playbook's) keep their order.
  INSERT INTO service_status_history
    (tenant_service_id, tenant_id, customer_id, status, entered_on, entered_at, changed_by_user_id, changed_by_rule)
  VALUES (
    NEW.id, NEW.tenant_id, NEW.customer_id, NEW.service_status, NEW.service_status_since, clock_timestamp(),
    nullif(current_setting('waymark.changed_by_user', true), '')::uuid,
    nullif(current_setting('waymark.changed_by_rule', true), '')
  );
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Backfill: services from before the history start with one open stay, from service_status_since (or the day the
-- service was added when that is unknown).
UPDATE tenant_services s
  SET service_status_since = (s.created_at AT TIME ZONE t.time_zone)::date
  FROM tenants t
  WHERE t.id = s.tenant_id AND s.service_status_since IS NULL;
--> statement-breakpoint
INSERT INTO service_status_history (tenant_service_id, tenant_id, customer_id, status, entered_on, entered_at)
SELECT s.id, s.tenant_id, s.customer_id, s.service_status, s.service_status_since,
       least(s.service_status_since::timestamp AT TIME ZONE t.time_zone, now())
FROM tenant_services s
JOIN tenants t ON t.id = s.tenant_id
WHERE NOT EXISTS (SELECT 1 FROM service_status_history h WHERE h.tenant_service_id = s.id);
--> statement-breakpoint
CREATE TRIGGER tenant_services_status_day_a_mark
  BEFORE UPDATE OF service_status ON "tenant_services"
  FOR EACH ROW
  WHEN (OLD.service_status IS DISTINCT FROM NEW.service_status AND OLD.service_status_since IS NOT DISTINCT FROM NEW.service_status_since)
  EXECUTE FUNCTION waymark_mark_unnamed_status_day();
--> statement-breakpoint
CREATE TRIGGER tenant_services_status_day_b_named
  BEFORE UPDATE OF service_status_since ON "tenant_services"
  FOR EACH ROW EXECUTE FUNCTION waymark_take_named_status_day();
--> statement-breakpoint
CREATE TRIGGER tenant_services_status_day_c_settle
  BEFORE INSERT OR UPDATE OF service_status, service_status_since ON "tenant_services"
  FOR EACH ROW EXECUTE FUNCTION waymark_settle_status_day();
--> statement-breakpoint
CREATE TRIGGER tenant_services_status_history_insert
  AFTER INSERT ON "tenant_services"
  FOR EACH ROW EXECUTE FUNCTION waymark_record_service_status();
--> statement-breakpoint
CREATE TRIGGER tenant_services_status_history_update
  AFTER UPDATE OF service_status ON "tenant_services"
  FOR EACH ROW WHEN (OLD.service_status IS DISTINCT FROM NEW.service_status)
  EXECUTE FUNCTION waymark_record_service_status();
