-- usage_monthly is kept by triggers on usage_daily, so every writer (the usage import, record-usage, seeds, a
-- script) keeps it right alike. Statement-level with transition tables: a bulk write recomputes each touched
-- tenant, service and month once, from its days (at most 31 rows), not once per row written.
--
-- Each given tenant's, service's and month's row as computed from its usage days (keys given as three arrays, each
-- key once); a month without days has none. max() of [day, active users, entitlements] arrays is the row of the
-- month's last day (arrays compare element by element). The milestone tests are the conversion report's:
-- entitlements > 0 and AU % at or above it.
CREATE OR REPLACE FUNCTION waymark_usage_monthly_totals(tenant_ids uuid[], services text[], months date[])
RETURNS TABLE (tenant_id uuid, service text, month date, last_day date, active_users integer, entitlements integer,
  max_au_percent numeric, reached10_on date, reached15_on date, reached40_on date) LANGUAGE sql STABLE AS $$
  SELECT t.tenant_id, t.service, t.month, DATE '2000-01-01' + t.last[1], t.last[2], t.last[3],
    t.max_au_percent, t.reached10_on, t.reached15_on, t.reached40_on
  FROM (
    SELECT k.tenant_id, k.service, k.month,
      max(ARRAY[d.day - DATE '2000-01-01', d.active_users, d.entitlements]) AS last,
      round(max(d.active_users * 100.0 / d.entitlements) FILTER (WHERE d.entitlements > 0), 1) AS max_au_percent,
      min(d.day) FILTER (WHERE d.entitlements > 0 AND d.active_users * 100::bigint >= d.entitlements * 10::bigint) AS reached10_on,
      min(d.day) FILTER (WHERE d.entitlements > 0 AND d.active_users * 100::bigint >= d.entitlements * 15::bigint) AS reached15_on,
      min(d.day) FILTER (WHERE d.entitlements > 0 AND d.active_users * 100::bigint >= d.entitlements * 40::bigint) AS reached40_on
    FROM unnest(tenant_ids, services, months) AS k(tenant_id, service, month)
    JOIN usage_daily d ON d.tenant_id = k.tenant_id AND d.service = k.service
      AND d.day >= k.month AND d.day < (k.month + interval '1 month')::date
    GROUP BY k.tenant_id, k.service, k.month
  ) t
$$;
--> statement-breakpoint
-- Recomputes these tenants', services' and months' rows. A month with no row yet gets its computed row in one pass
-- (a bulk load costs one insert). A month that has a row (or whose row another transaction is writing: the insert
-- waits for it) is locked, then recomputed by a later statement, whose snapshot includes what that other
-- transaction wrote: so of two concurrent writers to a month the second always counts the first's days too.
-- Row locks, not advisory locks: a bulk import touching a million months must not fill the lock table.
CREATE OR REPLACE FUNCTION waymark_usage_monthly_refresh(tenant_ids uuid[], services text[], months date[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  rest_tenant_ids uuid[];
  rest_services text[];
  rest_months date[];
BEGIN
  WITH inserted AS (
    INSERT INTO usage_monthly (tenant_id, service, month, last_day, active_users, entitlements, max_au_percent, reached10_on, reached15_on, reached40_on)
      SELECT * FROM waymark_usage_monthly_totals(tenant_ids, services, months) t ORDER BY t.tenant_id, t.service, t.month
      ON CONFLICT DO NOTHING
      RETURNING usage_monthly.tenant_id, usage_monthly.service, usage_monthly.month
  )
  SELECT array_agg(k.tenant_id), array_agg(k.service), array_agg(k.month) INTO rest_tenant_ids, rest_services, rest_months
    FROM unnest(tenant_ids, services, months) AS k(tenant_id, service, month)
    WHERE NOT EXISTS (SELECT 1 FROM inserted i WHERE i.tenant_id = k.tenant_id AND i.service = k.service AND i.month = k.month);
  IF rest_tenant_ids IS NULL THEN
    RETURN;
  END IF;
  PERFORM 1 FROM usage_monthly m JOIN unnest(rest_tenant_ids, rest_services, rest_months) AS k(tenant_id, service, month)
      ON m.tenant_id = k.tenant_id AND m.service = k.service AND m.month = k.month
    ORDER BY m.tenant_id, m.service, m.month FOR UPDATE OF m;
  INSERT INTO usage_monthly AS m (tenant_id, service, month, last_day, active_users, entitlements, max_au_percent, reached10_on, reached15_on, reached40_on)
    SELECT * FROM waymark_usage_monthly_totals(rest_tenant_ids, rest_services, rest_months)
    ON CONFLICT (tenant_id, service, month) DO UPDATE
      SET last_day = excluded.last_day, active_users = excluded.active_users, entitlements = excluded.entitlements,
          max_au_percent = excluded.max_au_percent, reached10_on = excluded.reached10_on,
          reached15_on = excluded.reached15_on, reached40_on = excluded.reached40_on;
  -- A month whose last day was deleted has no row.
  DELETE FROM usage_monthly m USING unnest(rest_tenant_ids, rest_services, rest_months) AS k(tenant_id, service, month)
    WHERE m.tenant_id = k.tenant_id AND m.service = k.service AND m.month = k.month
      AND NOT EXISTS (SELECT 1 FROM usage_daily d WHERE d.tenant_id = k.tenant_id AND d.service = k.service
        AND d.day >= k.month AND d.day < (k.month + interval '1 month')::date);
END;
$$;
--> statement-breakpoint
-- The months of the rows written, old and new (an update may move a row to another day, service or tenant).
CREATE OR REPLACE FUNCTION waymark_usage_monthly_from_days() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tenant_ids uuid[];
  services text[];
  months date[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(k.tenant_id), array_agg(k.service), array_agg(k.month) INTO tenant_ids, services, months
      FROM (SELECT DISTINCT tenant_id, service, date_trunc('month', day::timestamp)::date AS month FROM new_rows) k;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(k.tenant_id), array_agg(k.service), array_agg(k.month) INTO tenant_ids, services, months
      FROM (SELECT DISTINCT tenant_id, service, date_trunc('month', day::timestamp)::date AS month FROM old_rows) k;
  ELSE
    SELECT array_agg(k.tenant_id), array_agg(k.service), array_agg(k.month) INTO tenant_ids, services, months
      FROM (SELECT tenant_id, service, date_trunc('month', day::timestamp)::date AS month FROM new_rows
            UNION SELECT tenant_id, service, date_trunc('month', day::timestamp)::date AS month FROM old_rows) k;
  END IF;
  IF tenant_ids IS NOT NULL THEN
    PERFORM waymark_usage_monthly_refresh(tenant_ids, services, months);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Backfill: every month that has usage days.
SELECT waymark_usage_monthly_refresh(array_agg(k.tenant_id), array_agg(k.service), array_agg(k.month))
  FROM (SELECT DISTINCT tenant_id, service, date_trunc('month', day::timestamp)::date AS month FROM usage_daily) k
  HAVING count(*) > 0;
--> statement-breakpoint
CREATE TRIGGER usage_daily_monthly_insert AFTER INSERT ON "usage_daily"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION waymark_usage_monthly_from_days();
--> statement-breakpoint
CREATE TRIGGER usage_daily_monthly_update AFTER UPDATE ON "usage_daily"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION waymark_usage_monthly_from_days();
--> statement-breakpoint
CREATE TRIGGER usage_daily_monthly_delete AFTER DELETE ON "usage_daily"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION waymark_usage_monthly_from_days();
