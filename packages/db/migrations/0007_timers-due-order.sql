DROP INDEX "timers_due_idx";--> statement-breakpoint
CREATE INDEX "timers_due_idx" ON "timers" USING btree ("due_on","created_at") WHERE "timers"."status" = 'pending';