import type { UserActor } from "../actor.ts";
import { AppError } from "../errors.ts";

// What a partner user (FRP) may change on a tenant assigned to their organisation, from the partner guide's
// Edit Tenant dialog (reference/ftop-partner-user-guide/assigned-tenant-list.md).

/** Tenant level: the Engagement Management update (Overall Status and its Status Date; the note goes through notes). */
export const PARTNER_TENANT_FIELDS: readonly string[] = ["overallStatus", "overallStatusDate"];

/** Service level, everything but the entitlement counts, which come from licensing and show read-only to partners. */
const PARTNER_LOCKED_SERVICE_FIELDS: readonly string[] = ["totalEntitlements", "entitlementOverride"];

const fieldsChanged = (patch: Record<string, unknown>) => Object.keys(patch).filter((key) => patch[key] !== undefined);

/** Refuses a partner user's change to fields the partner guide does not give them; others pass. */
export function assertPartnerMayChange(actor: UserActor, what: "tenant" | "service", patch: Record<string, unknown>) {
  if (!actor.partnerId) return;
  const refused = fieldsChanged(patch).filter((field) =>
    what === "tenant" ? !PARTNER_TENANT_FIELDS.includes(field) : PARTNER_LOCKED_SERVICE_FIELDS.includes(field),
  );
  if (refused.length === 0) return;
  const allowed = what === "tenant" ? "the Overall Status and its Status Date (and notes)" : "everything but the entitlement counts";
  throw new AppError("forbidden", `Partner users cannot change ${refused.join(", ")} of a ${what}: they change ${allowed}. Ask the tenant's FastTrack Manager for the rest.`, {
    errors: refused.map((field) => ({ path: `/body/${field}`, message: "not editable by partner users" })),
  });
}

/** A partner user sees the Microsoft side's assignments and their own organisation's, never another partner's. */
export function maySeeAssigneeOf(actor: UserActor, assigneePartnerId: string | null): boolean {
  return !actor.partnerId || assigneePartnerId === null || assigneePartnerId === actor.partnerId;
}

/** Hides from a partner user the history of another partner's assignments on a tenant they share. */
export function maySeeAuditEventOf(actor: UserActor, event: { entityType: string; before: unknown; after: unknown }): boolean {
  if (!actor.partnerId || event.entityType !== "assignment") return true;
  const payload = (event.after ?? event.before) as { assigneePartnerId?: string | null; partnerId?: string | null } | null;
  return maySeeAssigneeOf(actor, payload?.assigneePartnerId ?? payload?.partnerId ?? null);
}
