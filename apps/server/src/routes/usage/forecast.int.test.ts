import type { TAuditEvent, TService, TTenant, TUsageSummary } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

// 12:00 UTC on 23 November is already 24 November in Auckland.
const { admin, api } = useTestApi({ now: () => new Date("2026-11-23T12:00:00Z") });
let tenant: TTenant;
let teams: TService;

const forecast = (body: Record<string, unknown>, service = teams) => admin.put(`/api/services/${service.id}/forecast`, { version: service.version, ...body });
const PLAN = { forecast15On: "2027-01-15", forecast40On: "2027-04-01", forecastMaxOn: "2027-06-30" };

beforeAll(async () => {
  tenant = await createTenant(admin, (await createCustomer(admin, { name: "Tailspin Toys" })).id, {
    name: "Tailspin Toys",
    country: "NZ",
    timeZone: "Pacific/Auckland",
    region: "apj",
  });
  teams = await addService(admin, tenant.id, "teams", 400);
});

describe("the AU forecast of a service", () => {
  it("is empty until submitted", () => {
    expect(teams.forecast).toEqual({ submittedOn: null, forecast15On: null, forecast40On: null, forecastMaxOn: null });
  });

  it("refuses a date that is not after the tenant's own today, naming the field", async () => {
    const response = await forecast({ ...PLAN, forecast15On: "2026-11-24" });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      { path: "/body/forecast15On", message: "The 15 % AU date 2026-11-24 is not in the future: pick a day after today (2026-11-24)" },
    ]);
    expect((await forecast({ ...PLAN, forecast40On: "2026-10-01" })).json().errors[0].path).toBe("/body/forecast40On");
  });

  it("refuses dates out of order: 40 % must come after 15 %, Max AU not before them", async () => {
    const response = await forecast({ forecast15On: "2027-04-01", forecast40On: "2027-01-15", forecastMaxOn: "2027-02-01" });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      { path: "/body/forecast40On", message: "The 40 % AU date 2027-01-15 must be after the 15 % AU date 2027-04-01" },
      { path: "/body/forecastMaxOn", message: "The Max AU date 2027-02-01 must not be before the 15 % AU date 2027-04-01" },
    ]);
    expect((await forecast({ forecast15On: null, forecast40On: null, forecastMaxOn: null })).json().errors[0].path).toBe("/body/forecastMaxOn");
  });

  it("is saved with today as its submitted date, shown on the service and in the usage summary, and audited", async () => {
    const response = await forecast({ ...PLAN, forecast40On: null });
    expect(response.statusCode, response.body).toBe(200);
    const saved = response.json<TService>();
    expect(saved.forecast).toEqual({ submittedOn: "2026-11-24", forecast15On: "2027-01-15", forecast40On: null, forecastMaxOn: "2027-06-30" });
    expect(saved.version).toBe(teams.version + 1);
    const usage = (await admin.get(`/api/tenants/${tenant.id}/usage`)).json<TUsageSummary>();
    expect(usage.services[0]?.forecast).toEqual(saved.forecast);
    const history = (await admin.get(`/api/tenants/${tenant.id}/history`)).json<{ items: TAuditEvent[] }>().items;
    expect(history.find((e) => e.action === "service.forecast_set")).toMatchObject({
      entityId: teams.id,
      after: { forecast15On: "2027-01-15", forecastMaxOn: "2027-06-30", forecastSubmittedOn: "2026-11-24" },
    });
    teams = saved;
  });

  it("refuses a change sent with a stale version, returning the service as it is now", async () => {
    const stale = await admin.put(`/api/services/${teams.id}/forecast`, { version: teams.version - 1, ...PLAN });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: "version_conflict", current: { version: teams.version } });
  });

  it("may be changed only by someone assigned to the tenant", async () => {
    const stranger = await api().signIn({ roles: ["team_manager"] });
    const response = await stranger.put(`/api/services/${teams.id}/forecast`, { version: teams.version, ...PLAN });
    expect(response.statusCode).toBe(403);
  });
});
