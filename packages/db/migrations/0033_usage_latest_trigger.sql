-- usage_latest is kept by triggers on usage_monthly (itself kept from usage_daily), so every writer keeps it right
-- alike. Statement-level with transition tables: a bulk write recomputes each touched tenant's service once, from
-- its months (a few dozen rows), not once per row written. The same locking as usage_monthly's (0029).
--
-- Each given tenant's service as computed from its months (keys given as two arrays, each key once); a service
-- without months has none. max() of [last day, active users, entitlements] arrays is the latest month's last day.
-- The trend arrays hold the months from 23 before the latest one (or the first) to the latest, when none between
-- is missing; otherwise they are null.
CREATE OR REPLACE FUNCTION waymark_usage_latest_totals(tenant_ids uuid[], services text[])
RETURNS TABLE (tenant_id uuid, service text, last_day date, active_users integer, entitlements integer,
  reached10_on date, reached15_on date, reached40_on date, trend_first_month date, trend_active_users integer[],
  trend_entitlements integer[]) LANGUAGE sql STABLE AS $$
  SELECT t.tenant_id, t.service, DATE '2000-01-01' + t.last[1], t.last[2], t.last[3], t.reached10_on, t.reached15_on, t.reached40_on,
    t.first_month,
    CASE WHEN t.months = (extract(year FROM age(t.latest_month, t.first_month)) * 12 + extract(month FROM age(t.latest_month, t.first_month)) + 1)
      THEN t.trend_active_users END,
    CASE WHEN t.months = (extract(year FROM age(t.latest_month, t.first_month)) * 12 + extract(month FROM age(t.latest_month, t.first_month)) + 1)
      THEN t.trend_entitlements END
  FROM (
    SELECT m.tenant_id, m.service,
      max(ARRAY[m.last_day - DATE '2000-01-01', m.active_users, m.entitlements]) AS last,
      min(m.reached10_on) AS reached10_on, min(m.reached15_on) AS reached15_on, min(m.reached40_on) AS reached40_on,
      max(m.month) AS latest_month,
      min(m.month) FILTER (WHERE m.recent) AS first_month,
      count(*) FILTER (WHERE m.recent) AS months,
      array_agg(m.active_users ORDER BY m.month) FILTER (WHERE m.recent) AS trend_active_users,
      array_agg(m.entitlements ORDER BY m.month) FILTER (WHERE m.recent) AS trend_entitlements
    FROM (
      SELECT m.*, m.month > max(m.month) OVER (PARTITION BY m.tenant_id, m.service) - interval '24 months' AS recent
      FROM unnest(tenant_ids, services) AS k(tenant_id, service)
      JOIN usage_monthly m ON m.tenant_id = k.tenant_id AND m.service = k.service
    ) m
    GROUP BY m.tenant_id, m.service
  ) t
$$;
--> statement-breakpoint
-- Recomputes these tenants' services. One with no row yet gets its computed row in one pass; one that has a row (or
-- whose row another transaction is writing: the insert waits for it) is locked, then recomputed by a later
-- statement, whose snapshot includes what that other transaction wrote.
CREATE OR REPLACE FUNCTION waymark_usage_latest_refresh(tenant_ids uuid[], services text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  rest_tenant_ids uuid[];
  rest_services text[];
BEGIN
  WITH inserted AS (
    INSERT INTO usage_latest (tenant_id, service, last_day, active_users, entitlements, reached10_on, reached15_on, reached40_on,
        trend_first_month, trend_active_users, trend_entitlements)
      SELECT * FROM waymark_usage_latest_totals(tenant_ids, services) t ORDER BY t.tenant_id, t.service
      ON CONFLICT DO NOTHING
      RETURNING usage_latest.tenant_id, usage_latest.service
  )
  SELECT array_agg(k.tenant_id), array_agg(k.service) INTO rest_tenant_ids, rest_services
    FROM unnest(tenant_ids, services) AS k(tenant_id, service)
    WHERE NOT EXISTS (SELECT 1 FROM inserted i WHERE i.tenant_id = k.tenant_id AND i.service = k.service);
  IF rest_tenant_ids IS NULL THEN
    RETURN;
  END IF;
  PERFORM 1 FROM usage_latest l JOIN unnest(rest_tenant_ids, rest_services) AS k(tenant_id, service)
      ON l.tenant_id = k.tenant_id AND l.service = k.service
    ORDER BY l.tenant_id, l.service FOR UPDATE OF l;
  INSERT INTO usage_latest AS l (tenant_id, service, last_day, active_users, entitlements, reached10_on, reached15_on, reached40_on,
      trend_first_month, trend_active_users, trend_entitlements)
    SELECT * FROM waymark_usage_latest_totals(rest_tenant_ids, rest_services)
    ON CONFLICT (tenant_id, service) DO UPDATE
      SET last_day = excluded.last_day, active_users = excluded.active_users, entitlements = excluded.entitlements,
          reached10_on = excluded.reached10_on, reached15_on = excluded.reached15_on, reached40_on = excluded.reached40_on,
          trend_first_month = excluded.trend_first_month, trend_active_users = excluded.trend_active_users,
          trend_entitlements = excluded.trend_entitlements;
  -- A service whose last month was deleted has no row.
  DELETE FROM usage_latest l USING unnest(rest_tenant_ids, rest_services) AS k(tenant_id, service)
    WHERE l.tenant_id = k.tenant_id AND l.service = k.service
      AND NOT EXISTS (SELECT 1 FROM usage_monthly m WHERE m.tenant_id = k.tenant_id AND m.service = k.service);
END;
$$;
--> statement-breakpoint
-- The services of the months written, old and new (an update may move a row to another service or tenant).
CREATE OR REPLACE FUNCTION waymark_usage_latest_from_months() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tenant_ids uuid[];
  services text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(k.tenant_id), array_agg(k.service) INTO tenant_ids, services
      FROM (SELECT DISTINCT tenant_id, service FROM new_rows) k;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(k.tenant_id), array_agg(k.service) INTO tenant_ids, services
      FROM (SELECT DISTINCT tenant_id, service FROM old_rows) k;
  ELSE
    SELECT array_agg(k.tenant_id), array_agg(k.service) INTO tenant_ids, services
      FROM (SELECT tenant_id, service FROM new_rows UNION SELECT tenant_id, service FROM old_rows) k;
  END IF;
  IF tenant_ids IS NOT NULL THEN
    PERFORM waymark_usage_latest_refresh(tenant_ids, services);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Backfill: every service that has usage months.
SELECT waymark_usage_latest_refresh(array_agg(k.tenant_id), array_agg(k.service))
  FROM (SELECT DISTINCT tenant_id, service FROM usage_monthly) k
  HAVING count(*) > 0;
--> statement-breakpoint
CREATE TRIGGER usage_monthly_latest_insert AFTER INSERT ON "usage_monthly"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION waymark_usage_latest_from_months();
--> statement-breakpoint
CREATE TRIGGER usage_monthly_latest_update AFTER UPDATE ON "usage_monthly"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION waymark_usage_latest_from_months();
--> statement-breakpoint
CREATE TRIGGER usage_monthly_latest_delete AFTER DELETE ON "usage_monthly"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION waymark_usage_latest_from_months();
