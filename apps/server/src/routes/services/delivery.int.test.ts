import { insertAssignment } from "@waymark/db";
import type { TService, TTenant } from "@waymark/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

let api: TestApi;
let admin: Client;
let tenant: TTenant;
let service: TService;

async function signInAssigned(roles: string[], role: "fm" | "rm") {
  const user = await api.signIn({ roles });
  await insertAssignment(api.database.db, { customerId: tenant.customerId, tenantId: tenant.id, userId: user.userId, role, isPrimary: false });
  return user;
}

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date("2026-11-23T10:00:00Z") });
  admin = await api.signIn();
  tenant = await createTenant(admin, (await createCustomer(admin)).id);
  service = await addService(admin, tenant.id, "exchange", 305);
});
afterAll(() => api.close());

describe("the Delivery section's engagement scenario", () => {
  it("defaults to Customer-Led with FTP Assist", () => {
    expect(service.engagementScenario).toBe("customer_led_ftp_assist");
  });

  it("refuses a FastTrack Manager the change with the guide's message, and changes nothing", async () => {
    const fm = await signInAssigned(["fasttrack_manager"], "fm");
    const response = await fm.patch(`/api/services/${service.id}`, { version: service.version, engagementScenario: "ftc_css_led", nextActionDate: "2026-12-01" });
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toBe(
      "You do not have permission to modify the current Engagement Scenario (Customer-Led with FTP Assist). To update the Engagement Scenario, ask a Team Manager, a FastTrack lead or an administrator to make the change.",
    );
    const stored = (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>().services[0];
    expect(stored).toMatchObject({ engagementScenario: "customer_led_ftp_assist", nextActionDate: null });
  });

  it("lets the FastTrack Manager save the rest of the service, the unchanged scenario included", async () => {
    const fm = await signInAssigned(["fasttrack_manager"], "fm");
    const response = await fm.patch(`/api/services/${service.id}`, { version: service.version, engagementScenario: "customer_led_ftp_assist", nextActionDate: "2026-12-01" });
    expect(response.statusCode, response.body).toBe(200);
    service = response.json<TService>();
    expect(service.nextActionDate).toBe("2026-12-01");
  });

  it("lets a Team Manager assigned to the tenant change it", async () => {
    const tm = await signInAssigned(["team_manager"], "rm");
    const response = await tm.patch(`/api/services/${service.id}`, { version: service.version, engagementScenario: "ftc_css_led" });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<TService>().engagementScenario).toBe("ftc_css_led");
  });

  it("refuses a FastTrack Manager a service added with another scenario than the default, and adds nothing", async () => {
    const fm = await signInAssigned(["fasttrack_manager"], "fm");
    const refused = await fm.post(`/api/tenants/${tenant.id}/services`, { service: "teams", totalEntitlements: 100, engagementScenario: "ftc_css_led" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toMatch(/^You do not have permission to modify the current Engagement Scenario \(Customer-Led with FTP Assist\)/);
    const added = await fm.post(`/api/tenants/${tenant.id}/services`, { service: "teams", totalEntitlements: 100 });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json<TService>().engagementScenario).toBe("customer_led_ftp_assist");
  });
});
