import { findCustomer, listAssignmentsAt, listAssignmentsOfTenant } from "@waymark/db";
import { ZAssignmentChange, ZAssignmentInput, ZAssignmentList, ZIdParams, ZReassignmentCommit, ZReassignmentInput, ZReassignmentPlan } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { addAssignment, type AssignmentChangeResult, removeAssignment } from "../../commands/assignments.ts";
import { previewReassignment, reassignAssignments } from "../../commands/reassign-assignments.ts";
import { maySeeAssigneeOf } from "../../policies/partner.ts";
import { findVisibleTenant, visibilityOf } from "../../policies/visibility.ts";
import { notFound } from "../../errors.ts";
import { presentAssignment } from "./present.ts";

const presentChange = (change: AssignmentChangeResult) => ({
  assignment: presentAssignment(change.assignment),
  demotedPrimary: change.demotedPrimary.map(presentAssignment),
  promotedPrimary: change.promotedPrimary ? presentAssignment(change.promotedPrimary) : null,
  messages: change.messages,
});

/** Who is assigned to a tenant, and changing it under FTOP's assignment rules. */
export function assignmentRoutes(app: App) {
  app.get(
    "/api/tenants/:id/assignments",
    {
      schema: {
        tags: ["assignments"],
        summary: "A tenant's assignments: whole tenant, per service, and its customer's (TPID level), with names, roles, primary flags and who assigned them",
        params: ZIdParams,
        response: { 200: ZAssignmentList },
      },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const actor = actorOf(request);
      const tenant = await findVisibleTenant(app.deps.db, actor, request.params.id);
      const rows = await listAssignmentsOfTenant(app.deps.db, tenant);
      return { items: rows.filter((row) => maySeeAssigneeOf(actor, row.assigneePartnerId)).map(presentAssignment) };
    },
  );

  app.post(
    "/api/tenants/:id/assignments",
    {
      schema: {
        tags: ["assignments"],
        summary: "Assign a user or queue to a tenant or one of its services; a new primary demotes the previous one; 409 when already assigned",
        params: ZIdParams,
        body: ZAssignmentInput,
        response: { 201: ZAssignmentChange },
      },
      config: { permission: "assignment.manage" },
    },
    async (request, reply) => {
      const change = await addAssignment(app.deps, { actor: actorOf(request), at: { kind: "tenant", id: request.params.id }, input: request.body });
      return reply.status(201).send(presentChange(change));
    },
  );

  app.delete(
    "/api/assignments/:id",
    {
      schema: {
        tags: ["assignments"],
        summary: "Remove a tenant, service or customer-level (TPID) assignment; the only remaining RM there becomes primary",
        params: ZIdParams,
        response: { 200: ZAssignmentChange },
      },
      config: { permission: "assignment.manage" },
    },
    async (request) => presentChange(await removeAssignment(app.deps, { actor: actorOf(request), assignmentId: request.params.id })),
  );

  app.get(
    "/api/customers/:id/assignments",
    {
      schema: {
        tags: ["assignments"],
        summary: "A customer's TPID-level assignments, which give read/write on all its tenants and supersede tenant-level ones",
        params: ZIdParams,
        response: { 200: ZAssignmentList },
      },
      config: { permission: "customer.read" },
    },
    async (request) => {
      const actor = actorOf(request);
      const customer = await findCustomer(app.deps.db, request.params.id, visibilityOf(actor));
      if (!customer) throw notFound("The customer");
      const rows = await listAssignmentsAt(app.deps.db, { customerId: customer.id, tenantId: null });
      return { items: rows.filter((row) => maySeeAssigneeOf(actor, row.assigneePartnerId)).map(presentAssignment) };
    },
  );

  app.post(
    "/api/customers/:id/assignments",
    {
      schema: {
        tags: ["assignments"],
        summary: "Assign a user or queue to a customer at TPID level (read/write on all its tenants); a new primary demotes the previous one",
        params: ZIdParams,
        body: ZAssignmentInput,
        response: { 201: ZAssignmentChange },
      },
      config: { permission: "assignment.manage" },
    },
    async (request, reply) => {
      const change = await addAssignment(app.deps, { actor: actorOf(request), at: { kind: "customer", id: request.params.id }, input: request.body });
      return reply.status(201).send(presentChange(change));
    },
  );

  app.post(
    "/api/assignments/reassignment-preview",
    {
      schema: {
        tags: ["assignments"],
        summary: "What moving one person's assignments to colleagues would do: each tenant (or customer) whole to the lightest load, with counts per colleague; changes nothing",
        body: ZReassignmentInput,
        response: { 200: ZReassignmentPlan },
      },
      config: { permission: "assignment.manage" },
    },
    async (request) => previewReassignment(app.deps, { actor: actorOf(request), input: request.body }),
  );

  app.post(
    "/api/assignments/reassignments",
    {
      schema: {
        tags: ["assignments"],
        summary: "Carry out a previewed reassignment in one transaction, every move audited with the reason; 409 with the new preview when the assignments changed since",
        body: ZReassignmentCommit,
        response: { 200: ZReassignmentPlan },
      },
      config: { permission: "assignment.manage" },
    },
    async (request) => reassignAssignments(app.deps, { actor: actorOf(request), input: request.body }),
  );
}
