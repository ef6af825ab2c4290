-- Fuzzy company-name matching for duplicate tenants (pg_trgm ships with PostgreSQL contrib, embedded and Debian alike).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS tenants_name_trgm_idx ON tenants USING gin (lower(name) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS customers_name_trgm_idx ON customers USING gin (lower(name) gin_trgm_ops);
