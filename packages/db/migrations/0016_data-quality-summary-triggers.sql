-- A tenant's stored data-quality summary is marked stale by triggers on every table its checks read (tenants,
-- tenant_services, entitlement_splits, notes), so every writer (a person, the playbook engine, an import, a script)
-- is covered alike and none can forget it. Statement-level with transition tables: a bulk write costs one UPDATE
-- per statement, not one per row. The UPDATE always sets stale, even on a row already stale: it takes the row's
-- lock, so a write racing a refresh waits for that refresh and marks its result stale rather than being lost.
CREATE OR REPLACE FUNCTION waymark_data_quality_stale_from_tenants() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO tenant_data_quality (tenant_id, customer_id, region, priority_rank)
      SELECT n.id, n.customer_id, n.region, n.priority_rank FROM new_rows n
      ON CONFLICT (tenant_id) DO UPDATE SET stale = true;
  ELSE
    UPDATE tenant_data_quality s
      SET stale = true, customer_id = n.customer_id, region = n.region, priority_rank = n.priority_rank
      FROM new_rows n WHERE s.tenant_id = n.id;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Children of a tenant: the tenant ids of the rows written, old and new (a row may move between tenants).
CREATE OR REPLACE FUNCTION waymark_data_quality_stale_from_children() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE tenant_data_quality SET stale = true WHERE tenant_id IN (SELECT tenant_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE tenant_data_quality SET stale = true WHERE tenant_id IN (SELECT tenant_id FROM old_rows);
  ELSE
    UPDATE tenant_data_quality SET stale = true
      WHERE tenant_id IN (SELECT tenant_id FROM new_rows UNION SELECT tenant_id FROM old_rows);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Every tenant gets its row, stale until the first refresh computes it.
INSERT INTO tenant_data_quality (tenant_id, customer_id, region, priority_rank)
  SELECT id, customer_id, region, priority_rank FROM tenants
  ON CONFLICT (tenant_id) DO NOTHING;
--> statement-breakpoint
CREATE TRIGGER tenants_data_quality_insert AFTER INSERT ON "tenants"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION waymark_data_quality_stale_from_tenants();
--> statement-breakpoint
CREATE TRIGGER tenants_data_quality_update AFTER UPDATE ON "tenants"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION waymark_data_quality_stale_from_tenants();
--> statement-breakpoint
CREATE TRIGGER tenant_services_data_quality_insert AFTER INSERT ON "tenant_services"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION waymark_data_quality_stale_from_children();
--> statement-breakpoint
CREATE TRIGGER tenant_services_data_quality_update AFTER UPDATE ON "tenant_services"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION waymark_data_quality_stale_from_children();
--> statement-breakpoint
CREATE TRIGGER tenant_services_data_quality_delete AFTER DELETE ON "tenant_services"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION waymark_data_quality_stale_from_children();
--> statement-breakpoint
CREATE TRIGGER entitlement_splits_data_quality_insert AFTER INSERT ON "entitlement_splits"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION waymark_data_quality_stale_from_children();
--> statement-breakpoint
CREATE TRIGGER entitlement_splits_data_quality_update AFTER UPDATE ON "entitlement_splits"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION waymark_data_quality_stale_from_children();
--> statement-breakpoint
CREATE TRIGGER entitlement_splits_data_quality_delete AFTER DELETE ON "entitlement_splits"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION waymark_data_quality_stale_from_children();
--> statement-breakpoint
CREATE TRIGGER notes_data_quality_insert AFTER INSERT ON "notes"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION waymark_data_quality_stale_from_children();
--> statement-breakpoint
CREATE TRIGGER notes_data_quality_update AFTER UPDATE ON "notes"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION waymark_data_quality_stale_from_children();
--> statement-breakpoint
CREATE TRIGGER notes_data_quality_delete AFTER DELETE ON "notes"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION waymark_data_quality_stale_from_children();
