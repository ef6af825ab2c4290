import { randomUUID } from "node:crypto";
import type { TCreateTenant, TCustomer, TService, TTenant } from "@waymark/contracts";
import type { Client } from "./api.ts";

let tpid = 90_000_000;

export async function createCustomer(client: Client, overrides: Partial<{ name: string; region: string; tpid: number }> = {}) {
  const response = await client.post("/api/customers", { tpid: ++tpid, name: "Contoso", region: "emea", ...overrides });
  if (response.statusCode !== 201) throw new Error(`customer not created: ${response.body}`);
  return response.json<TCustomer>();
}

/** A valid POST /api/tenants body for the customer (a new tenant GUID each time), with the fields given. */
export function newTenantBody(customerId: string, overrides: Partial<TCreateTenant> = {}) {
  return {
    customerId,
    tenantGuid: randomUUID(),
    name: "Contoso Ltd",
    priority: "medium",
    segment: "smc",
    seats: 800,
    country: "DE",
    timeZone: "Europe/Berlin",
    region: "emea",
    ...overrides,
  };
}

export async function createTenant(client: Client, customerId: string, overrides: Partial<TCreateTenant> = {}) {
  const response = await client.post("/api/tenants", newTenantBody(customerId, overrides));
  if (response.statusCode !== 201) throw new Error(`tenant not created: ${response.body}`);
  return response.json<TTenant>();
}

export async function addService(client: Client, tenantId: string, service: string, totalEntitlements: number) {
  const response = await client.post(`/api/tenants/${tenantId}/services`, { service, totalEntitlements });
  if (response.statusCode !== 201) throw new Error(`service not added: ${response.body}`);
  return response.json<TService>();
}
