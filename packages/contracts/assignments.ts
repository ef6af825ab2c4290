import { ASSIGNMENT_ROLES } from "@waymark/domain";
import { z } from "zod";
import { codesOf, ZUuid } from "./common.ts";
import { ZServiceCode } from "./services.ts";

export const ZAssignmentRole = codesOf(ASSIGNMENT_ROLES);

/** Assigns a user, a routing queue or a partner organisation to a tenant (or one of its services) in an assignment role. */
export const ZAssignmentInput = z
  .object({
    userId: ZUuid.optional(),
    queueId: ZUuid.optional(),
    partnerId: ZUuid.optional().describe("A partner organisation, in a Partner role (P-RM, P-FM, P-FE): the tenant is then assigned to that partner's users"),
    role: ZAssignmentRole.describe("Assignment role code (rm, fm, fe, ...)"),
    service: ZServiceCode.nullable().default(null).describe("One of the tenant's services; none for the whole tenant"),
    isPrimary: z.boolean().default(false).describe("Makes this the primary of the role; the previous primary is demoted"),
  })
  .strict()
  .refine((input) => [input.userId, input.queueId, input.partnerId].filter((id) => id !== undefined).length === 1, {
    message: "name exactly one assignee: userId, queueId or partnerId",
    path: ["userId"],
  });
export type TAssignmentInput = z.infer<typeof ZAssignmentInput>;

export const ZAssignment = z.object({
  id: ZUuid,
  level: z.enum(["customer", "tenant", "service"]).describe("customer = assigned at TPID level, covering every tenant of the customer"),
  tenantId: ZUuid.nullable(),
  service: z.string().nullable(),
  serviceLabel: z.string().nullable(),
  assignee: z.object({ kind: z.enum(["user", "queue", "partner"]), id: ZUuid, name: z.string().nullable() }),
  role: z.string(),
  roleLabel: z.string(),
  isPrimary: z.boolean(),
  assignedBy: z.object({ id: ZUuid, name: z.string().nullable() }).nullable(),
  assignedAt: z.iso.datetime(),
});
export type TAssignment = z.infer<typeof ZAssignment>;

export const ZAssignmentList = z.object({ items: z.array(ZAssignment) });
export type TAssignmentList = z.infer<typeof ZAssignmentList>;

/** What a change did besides itself: a demoted previous primary, a lone RM made primary. */
export const ZAssignmentChange = z.object({
  assignment: ZAssignment.describe("The assignment added or removed"),
  demotedPrimary: z.array(ZAssignment).describe("Assignments that were primary in the same role and are not any more"),
  promotedPrimary: ZAssignment.nullable().describe("The tenant's only RM, made primary by this change"),
  messages: z.array(z.string()).describe("What changed, in words"),
});
export type TAssignmentChange = z.infer<typeof ZAssignmentChange>;

const reassignmentFields = z.object({
  fromUserId: ZUuid.describe("The person whose assignments move (leaving, on leave, rebalanced)"),
  toUserIds: z.array(ZUuid).min(1).max(50).describe("Colleagues who take over; the lightest load takes the next tenant"),
  roles: z.array(ZAssignmentRole).max(20).optional().describe("Only assignments in these roles; all by default"),
  tenantIds: z.array(ZUuid).max(10_000).optional().describe("Only these tenants (and their customers' level); all by default"),
  reason: z.string().trim().min(10, "say why, in a sentence (at least 10 characters)").max(500),
});

const checkColleagues = <T extends z.ZodType<{ fromUserId: string; toUserIds: string[] }>>(schema: T) =>
  schema
    .refine((input) => new Set(input.toUserIds).size === input.toUserIds.length, { message: "name each colleague once", path: ["toUserIds"] })
    .refine((input) => !input.toUserIds.includes(input.fromUserId), { message: "the person cannot take over their own assignments", path: ["toUserIds"] });

/** Moves one person's assignments to colleagues: a tenant (or a customer, at TPID level) goes whole to one of them. */
export const ZReassignmentInput = checkColleagues(reassignmentFields.strict());
export type TReassignmentInput = z.infer<typeof ZReassignmentInput>;

export const ZReassignmentCommit = checkColleagues(
  reassignmentFields
    .extend({ previewFingerprint: z.string().min(1).describe("From the preview: refused with 409 when the assignments changed since") })
    .strict(),
);
export type TReassignmentCommit = z.infer<typeof ZReassignmentCommit>;

const ZPerson = z.object({ id: ZUuid, name: z.string() });

export const ZReassignmentPlan = z.object({
  from: ZPerson,
  to: z.array(ZPerson.extend({
    currentLoad: z.number().int().describe("Tenants and customers they held before"),
    units: z.number().int().describe("Tenants and customers they take over"),
    assignments: z.number().int(),
    primaries: z.number().int(),
  })),
  counts: z.object({
    tenants: z.number().int(),
    customers: z.number().int().describe("Customer-level (TPID) assignments moving"),
    assignments: z.number().int(),
    primaries: z.number().int(),
    merged: z.number().int().describe("Assignments the colleague already held: the leaver's is removed, its primary flag carried over"),
  }),
  moves: z.array(z.object({
    assignmentId: ZUuid,
    level: z.enum(["customer", "tenant", "service"]),
    tenantId: ZUuid.nullable(),
    tenantName: z.string().nullable(),
    customerId: ZUuid,
    customerName: z.string(),
    service: z.string().nullable(),
    role: z.string(),
    roleLabel: z.string(),
    isPrimary: z.boolean(),
    to: ZPerson,
    merge: z.boolean(),
  })),
  previewFingerprint: z.string().describe("Send it back with the reassignment to be sure it does what was previewed"),
  applied: z.boolean(),
});
export type TReassignmentPlan = z.infer<typeof ZReassignmentPlan>;
