// Bulk reassignment: when someone leaves or a book of business is rebalanced, one person's assignments go to others.
// A tenant (or, for a customer-level assignment, the customer) moves whole: every assignment the person holds on it
// goes to the same colleague, so nobody inherits half a tenant. The colleague with the lightest load takes the next
// one, heaviest units first, so the book ends up as even as it can.

/** One assignment of the person leaving. */
export type HeldAssignment = {
  id: string;
  customerId: string;
  /** null: the assignment is at customer (TPID) level. */
  tenantId: string | null;
  service: string | null;
  role: string;
  isPrimary: boolean;
};

/** A colleague taking over, with how many tenants and customers they already hold. */
export type ReassignmentTarget = { userId: string; currentLoad: number };

export type PlannedMove = {
  assignmentId: string;
  toUserId: string;
  /** The colleague already holds this very assignment: the leaver's is removed, and its primary flag carried over. */
  merge: boolean;
};

/** The unit that moves whole: a tenant, or a customer for customer-level assignments. */
export const reassignmentUnitOf = (held: Pick<HeldAssignment, "customerId" | "tenantId">) =>
  held.tenantId ? `tenant:${held.tenantId}` : `customer:${held.customerId}`;

/** The key of "the same assignment" for another assignee. */
export const assignmentSlotOf = (held: Pick<HeldAssignment, "customerId" | "tenantId" | "service" | "role">) =>
  `${held.customerId}|${held.tenantId ?? ""}|${held.service ?? ""}|${held.role}`;

/**
 * Plans who takes which of `held`: units go, largest first, to the colleague with the lowest load so far (ties: the
 * order given). `existingSlots` holds, per colleague, the slots they already hold.
 */
export function planReassignment(held: readonly HeldAssignment[], targets: readonly ReassignmentTarget[], existingSlots: ReadonlyMap<string, ReadonlySet<string>>): PlannedMove[] {
  if (targets.length === 0) throw new Error("a reassignment needs at least one colleague to take over");
  const units = new Map<string, HeldAssignment[]>();
  for (const assignment of held) {
    const unit = reassignmentUnitOf(assignment);
    units.set(unit, [...(units.get(unit) ?? []), assignment]);
  }
  const ordered = [...units.entries()].sort(([a, aa], [b, bb]) => bb.length - aa.length || a.localeCompare(b));
  const load = targets.map((target) => ({ ...target, load: target.currentLoad }));
  const moves: PlannedMove[] = [];
  for (const [, assignments] of ordered) {
    const lightest = load.reduce((best, candidate) => (candidate.load < best.load ? candidate : best));
    lightest.load += 1;
    for (const assignment of assignments) {
      moves.push({ assignmentId: assignment.id, toUserId: lightest.userId, merge: existingSlots.get(lightest.userId)?.has(assignmentSlotOf(assignment)) ?? false });
    }
  }
  return moves;
}
