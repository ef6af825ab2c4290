import type { TAssignment, TCurrentUser, TTenantAccess } from "@waymark/contracts";
import { accessLevelOf } from "../people/roles.ts";

type Reader = Pick<TCurrentUser, "id" | "roles" | "isAdministrator">;

const PARTNER_ROLE = "partner_user";

/**
 * Which of a customer's TPID-level assignments the reader may change, as the server decides it (FTOP rbac-controls):
 * administrators and the Assigned and Assignment level everywhere, the Assigned level only as the customer's own primary
 * FM (whole customer), a partner user never. The customer list carries no access object, so the session and the
 * customer's assignments answer it; the server still refuses anything else.
 */
export function customerAssignRight(reader: Reader | null, items: readonly TAssignment[]): TTenantAccess["assign"] {
  if (!reader || reader.roles.includes(PARTNER_ROLE)) return "none";
  const level = accessLevelOf(reader);
  if (level === "administrator" || level === "assigned_and_assignment") return "all";
  const isPrimaryFm = items.some(
    (item) => item.level === "customer" && item.role === "fm" && item.isPrimary && item.service === null && item.assignee.kind === "user" && item.assignee.id === reader.id,
  );
  return level === "assigned" && isPrimaryFm ? "all" : "none";
}

/** The button's name and tooltip: what it opens, for which record. */
export const assignmentsLabel = (name: string) => `Assignments of ${name || "(no name)"}`;
