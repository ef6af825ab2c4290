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
