import type { AssignmentListRow } from "@waymark/db";
import type { TAssignment } from "@waymark/contracts";
import { assignmentRoleLabel, isAssignmentRole, isServiceCode, serviceLabel } from "@waymark/domain";

/** An assignment as the API shows it: where it applies, who holds it (by name), its role's label, who assigned it. */
export function presentAssignment(row: AssignmentListRow): TAssignment {
  const assignee = row.userId
    ? { kind: "user" as const, id: row.userId }
    : row.queueId
      ? { kind: "queue" as const, id: row.queueId }
      : { kind: "partner" as const, id: row.partnerId ?? "" };
  return {
    id: row.id,
    level: row.tenantId === null ? "customer" : row.service === null ? "tenant" : "service",
    tenantId: row.tenantId,
    service: row.service,
    serviceLabel: row.service && isServiceCode(row.service) ? serviceLabel(row.service) : null,
    assignee: { ...assignee, name: row.assigneeName },
    role: row.role,
    roleLabel: isAssignmentRole(row.role) ? assignmentRoleLabel(row.role) : row.role,
    isPrimary: row.isPrimary,
    assignedBy: row.createdById ? { id: row.createdById, name: row.assignedByName } : null,
    assignedAt: row.createdAt.toISOString(),
  };
}
