import { type ContactListRow, listContactsOfTenant } from "@waymark/db";
import { type TContact, ZContact, ZContactList, ZCreateContact, ZEmailPreview, ZEmailPreviewQuery, ZIdParams, ZUpdateContact } from "@waymark/contracts";
import { z } from "zod";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { addContact, removeContact, updateContact } from "../../commands/contacts.ts";
import { previewEmail } from "../../commands/preview-email.ts";
import { maySeeAssigneeOf } from "../../policies/partner.ts";
import { findVisibleTenant } from "../../policies/visibility.ts";

function presentContact(row: ContactListRow): TContact {
  return {
    id: row.id,
    level: row.tenantId ? "tenant" : "customer",
    tenantId: row.tenantId,
    customerId: row.customerId,
    type: row.type as TContact["type"],
    name: row.name,
    email: row.email,
    phone: row.phone,
    role: row.role,
    partner: row.partnerId ? { id: row.partnerId, name: row.partnerName ?? "" } : null,
    isEngaged: row.isEngaged,
    doNotCall: row.doNotCall,
    doNotCallReason: row.doNotCallReason,
    surveyEligible: row.surveyEligible,
    surveyLanguage: row.surveyLanguage,
    country: row.country,
    servicesDeployed: row.servicesDeployed,
    synced: row.synced,
    awaitingCustomerStep: row.awaitingCustomerStep,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The people around a tenant: its customer's contacts, partner contacts and the Microsoft account team. */
export function contactRoutes(app: App) {
  app.get(
    "/api/tenants/:id/contacts",
    {
      schema: { tags: ["contacts"], summary: "A tenant's contacts and its customer's, customers first; a partner user sees no other partner's", params: ZIdParams, response: { 200: ZContactList } },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const actor = actorOf(request);
      const tenant = await findVisibleTenant(app.deps.db, actor, request.params.id);
      const rows = await listContactsOfTenant(app.deps.db, tenant);
      return { items: rows.filter((row) => maySeeAssigneeOf(actor, row.partnerId)).map(presentContact) };
    },
  );

  app.post(
    "/api/tenants/:id/contacts",
    {
      schema: {
        tags: ["contacts"],
        summary: "Add a contact to the tenant (or its whole customer); a survey-eligible one needs the survey fields, do-not-call its reason",
        params: ZIdParams,
        body: ZCreateContact,
        response: { 201: ZContact },
      },
      config: { permission: "contact.write" },
    },
    async (request, reply) => reply.status(201).send(presentContact(await addContact(app.deps, { actor: actorOf(request), tenantId: request.params.id, input: request.body }))),
  );

  app.patch(
    "/api/contacts/:id",
    {
      schema: { tags: ["contacts"], summary: "Change a contact; 409 when it changed since the version you read", params: ZIdParams, body: ZUpdateContact, response: { 200: ZContact } },
      config: { permission: "contact.write" },
    },
    async (request) => presentContact(await updateContact(app.deps, { actor: actorOf(request), contactId: request.params.id, input: request.body })),
  );

  app.delete(
    "/api/contacts/:id",
    {
      schema: {
        tags: ["contacts"],
        summary: "Remove a contact; the answer warns when it comes from the upstream sync and will reappear",
        params: ZIdParams,
        response: { 200: z.object({ contact: ZContact, message: z.string() }) },
      },
      config: { permission: "contact.write" },
    },
    async (request) => {
      const removed = await removeContact(app.deps, { actor: actorOf(request), contactId: request.params.id });
      return { contact: presentContact(removed.contact), message: removed.message };
    },
  );

  app.get(
    "/api/tenants/:id/email-preview",
    {
      schema: {
        tags: ["contacts"],
        summary: "An outreach e-mail as it would go now: the template in the language, filled from the tenant, with to and cc by seed 003's rules and what is missing",
        params: ZIdParams,
        querystring: ZEmailPreviewQuery,
        response: { 200: ZEmailPreview },
      },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const actor = actorOf(request);
      const tenant = await findVisibleTenant(app.deps.db, actor, request.params.id);
      return previewEmail(app.deps.db, actor, tenant, request.query.template, request.query.language);
    },
  );
}
