import { type TCustomerOverviewContact, ZCustomerOverview, ZIdParams } from "@waymark/contracts";
import { findCustomer, loadCustomerOverview } from "@waymark/db";
import { auPercentOf, CUSTOMER_HEALTH_RULES, customerHealth, tenantHealth } from "@waymark/domain";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { notFound } from "../../errors.ts";
import { visibilityOf } from "../../policies/visibility.ts";
import { presentCustomer } from "../../presenters/customers.ts";

export function customerOverviewRoute(app: App) {
  app.get(
    "/api/customers/:id/overview",
    {
      schema: {
        tags: ["customers"],
        summary: "A customer's page: its facts, the tenants you may see (winner marked), its contacts and a health summary in words",
        params: ZIdParams,
        response: { 200: ZCustomerOverview },
      },
      config: { permission: "customer.read" },
    },
    async (request) => {
      const visibility = visibilityOf(actorOf(request));
      const customer = await findCustomer(app.deps.db, request.params.id, visibility);
      if (!customer) throw notFound("The customer");
      const now = app.deps.now();
      const { tenants, hiddenTenantCount, contacts } = await loadCustomerOverview(app.deps.db, customer.id, visibility, now);
      return {
        customer: presentCustomer(customer),
        tenants: tenants.map(({ services, tenantId, ...tenant }) => ({
          ...tenant,
          id: tenantId,
          auPercent: auPercentOf(services),
          health: tenantHealth({ ...tenant, tenantId, services }),
        })),
        hiddenTenantCount,
        contacts: contacts.map((contact) => ({ ...contact, type: contact.type as TCustomerOverviewContact["type"] })),
        health: { ...customerHealth(tenants), rules: CUSTOMER_HEALTH_RULES },
        asOf: now.toISOString(),
      };
    },
  );
}
