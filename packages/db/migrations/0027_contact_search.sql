-- Search everywhere finds contacts by part of their name or e-mail; trigram indexes keep that fast for a reader who
-- sees every tenant (like the tenant and customer name indexes of migration 0001).
CREATE INDEX IF NOT EXISTS "contacts_name_trgm_idx" ON "contacts" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "contacts_email_trgm_idx" ON "contacts" USING gin ("email" gin_trgm_ops);
