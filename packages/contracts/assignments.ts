import { ASSIGNMENT_ROLES } from "@waymark/domain";
import { z } from "zod";
import { codesOf, ZUuid } from "./common.ts";
import { ZServiceCode } from "./services.ts";

export const ZAssignmentRole = codesOf(ASSIGNMENT_ROLES);

/** Assigns a user or a routing queue to a tenant (or one of its services) in an assignment role. */
export const ZAssignmentInput = z
  .object({
    userId: ZUuid.optional(),
    queueId: ZUuid.optional(),
    role: ZAssignmentRole.describe("Assignment role code (rm, fm, fe, ...)"),
    service: ZServiceCode.nullable().default(null).describe("One of the tenant's services; none for the whole tenant"),
    isPrimary: z.boolean().default(false).describe("Makes this the primary of the role; the previous primary is demoted"),
  })
  .strict()
  .refine((input) => (input.userId === undefined) !== (input.queueId === undefined), { message: "name either userId or queueId, not both", path: ["userId"] });
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
