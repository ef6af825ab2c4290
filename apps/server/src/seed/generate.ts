import {
  type L1Status,
  l2ReasonsFor,
  l3ReasonsFor,
  NEW_ENTITLEMENTS_L2,
  type OverallStatus,
  type Priority,
  type ServiceCode,
  type ServiceStatus,
} from "@waymark/domain";
import { DEMO_COMPANY_NAMES, NAME_PARTS, PLACES, VERTICALS } from "./places.ts";
import { type RandomSource, randomSource } from "./random.ts";

export type SeedCustomer = { id: string; tpid: number; name: string; region: string; vertical: string; winnerTenantId: string };
export type SeedTenant = {
  id: string; tenantGuid: string; customerId: string; name: string; priority: Priority; priorityOverride: Priority | null;
  priorityOverrideReason: string | null; segment: "smc" | "enterprise"; seats: number; country: string; timeZone: string;
  region: string; managed: boolean; engagementStartDate: string | null; overallStatus: OverallStatus | null;
  overallStatusDate: string | null; goBack: boolean;
};
export type SeedService = {
  id: string; tenantId: string; customerId: string; service: ServiceCode; totalEntitlements: number;
  serviceStatus: ServiceStatus; serviceStatusSince: string; engagementScenario: string; nextActionDate: string | null;
};
export type SeedSplit = {
  tenantServiceId: string; tenantId: string; customerId: string; l1: L1Status; entitlements: number; l2: string | null;
  l3: string | null; targetDate: string | null; owner: string | null; notes: string | null; position: number;
};
export type SeedBatch = { customers: SeedCustomer[]; tenants: SeedTenant[]; services: SeedService[]; splits: SeedSplit[] };

/** How often each workload appears on a tenant, and the share of seats it is licensed for. */
const SERVICE_MIX: readonly (readonly [ServiceCode, number])[] = [
  ["exchange", 0.92], ["sharepoint", 0.86], ["onedrive", 0.86], ["teams", 0.82], ["office_proplus", 0.6],
  ["intune", 0.45], ["aadp", 0.45], ["yammer", 0.38], ["outlook_mobile", 0.3], ["windows_10", 0.25],
  ["aip", 0.2], ["mcas", 0.15], ["mdatp", 0.12], ["power_bi", 0.1], ["project_online_essentials", 0.05],
];

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Generates the customers, tenants, services and L1 splits of one customer. Customer `index` is a pure function of
 * (seed, index, today), so any scale — 20 tenants or 100,000 — is reproducible and can be generated in batches.
 */
export function generateCustomer(seed: number, index: number, today: string, maxTenants: number): SeedBatch {
  const rng = randomSource(seed * 1_000_003 + index);
  const place = rng.weighted(PLACES.map((p) => [p, p.weight] as const));
  const name = companyName(rng, index);
  const customerId = rng.uuid();
  const tenantCount = Math.min(maxTenants, rng.weighted([[1, 60], [2, 25], [3, 10], [4, 5]] as const));
  const batch: SeedBatch = { customers: [], tenants: [], services: [], splits: [] };
  for (let t = 0; t < tenantCount; t++) {
    const tenant = generateTenant(rng, customerId, t === 0 ? name : `${name} ${rng.pick(["Labs", "EMEA", "Americas", "Asia", "Test", "Retail", "Services"])}`, place, today);
    batch.tenants.push(tenant);
    for (const [service, share] of SERVICE_MIX) {
      if (!rng.chance(share)) continue;
      const serviceRow = generateService(rng, tenant, service, today);
      batch.services.push(serviceRow);
      batch.splits.push(...generateSplit(rng, serviceRow, today));
    }
  }
  batch.customers.push({
    id: customerId,
    tpid: 10_000_000 + index,
    name,
    region: place.region,
    vertical: rng.pick(VERTICALS),
    winnerTenantId: (batch.tenants[0] as SeedTenant).id,
  });
  return batch;
}

function companyName(rng: RandomSource, index: number): string {
  const demo = DEMO_COMPANY_NAMES[index];
  if (demo) return demo;
  return `${rng.pick(NAME_PARTS.first)} ${rng.pick(NAME_PARTS.second)} ${rng.pick(NAME_PARTS.suffix)}`;
}

function generateTenant(rng: RandomSource, customerId: string, name: string, place: (typeof PLACES)[number], today: string): SeedTenant {
  const seats = rng.weighted([[[150, 999], 45], [[1000, 4999], 30], [[5000, 19999], 17], [[20000, 150000], 8]] as const);
  const seatCount = rng.int(seats[0], seats[1]);
  const priority = rng.weighted<Priority>([["high", 20], ["medium", 35], ["low", 45]]);
  const override = rng.chance(0.06) ? rng.pick<Priority>(["high", "medium", "low"].filter((p) => p !== priority) as Priority[]) : null;
  const overallStatus = rng.weighted<OverallStatus | null>([["active", 70], ["blocked", 10], ["paused", 8], [null, 12]]);
  return {
    id: rng.uuid(),
    tenantGuid: rng.uuid(),
    customerId,
    name,
    priority,
    priorityOverride: override,
    priorityOverrideReason: override ? rng.pick(["Strategic account (RM decision)", "Executive escalation", "Competitive pressure", "Merger in progress"]) : null,
    segment: seatCount >= 2500 ? "enterprise" : "smc",
    seats: seatCount,
    country: place.country,
    timeZone: place.timeZone,
    region: place.region,
    managed: seatCount >= 2500 || rng.chance(0.3),
    engagementStartDate: rng.chance(0.7) ? addDays(today, -rng.int(0, 540)) : null,
    overallStatus,
    overallStatusDate: overallStatus ? addDays(today, -rng.int(0, 60)) : null,
    goBack: rng.chance(0.05),
  };
}

function generateService(rng: RandomSource, tenant: SeedTenant, service: ServiceCode, today: string): SeedService {
  return {
    id: rng.uuid(),
    tenantId: tenant.id,
    customerId: tenant.customerId,
    service,
    totalEntitlements: Math.max(1, Math.round(tenant.seats * (0.75 + rng.next() * 0.3))),
    serviceStatus: "initiate",
    serviceStatusSince: addDays(today, -rng.int(0, 365)),
    engagementScenario: rng.weighted([["customer_led_ftp_assist", 45], ["ftc_css_led", 35], ["ftc_ftp_led", 20]] as const),
    nextActionDate: rng.chance(0.6) ? addDays(today, rng.int(-20, 45)) : null,
  };
}

function generateSplit(rng: RandomSource, service: SeedService, today: string): SeedSplit[] {
  const total = service.totalEntitlements;
  const shape = rng.weighted([["new", 25], ["progress", 35], ["progress_blocked", 15], ["no_intent", 10], ["unresponsive", 10], ["partial", 5]] as const);
  const base = { tenantServiceId: service.id, tenantId: service.tenantId, customerId: service.customerId };
  const row = (l1: L1Status, entitlements: number, position: number): SeedSplit => {
    const withReason = l1 !== "duplicate_invalid";
    const l2 =
      l1 === "status_unknown"
        ? shape === "unresponsive" ? "customer_unresponsive" : NEW_ENTITLEMENTS_L2
        : withReason ? (rng.pick(l2ReasonsFor(l1))?.code ?? null) : null;
    const needsWhy = l1 === "blocked" || l1 === "no_intent";
    return {
      ...base,
      l1,
      entitlements,
      l2,
      l3: needsWhy && l2 ? (rng.pick(l3ReasonsFor(l2 as never))?.code ?? null) : null,
      targetDate: l1 === "in_progress" || l1 === "blocked" ? addDays(today, rng.int(10, 200)) : null,
      owner: l1 === "blocked" || l1 === "no_intent" ? "Account Team" : null,
      notes: needsWhy ? NOTES[l1] : l1 === "status_unknown" && shape === "unresponsive" ? "Customer unresponsive to 3 contact attempts. Managed customer." : null,
      position,
    };
  };
  switch (shape) {
    case "new":
    case "unresponsive":
      return [row("status_unknown", total, 0)];
    case "progress":
      service.serviceStatus = rng.pick<ServiceStatus>(["assess", "remediate", "enable", "migrate", "adoption", "operate"]);
      return [row("in_progress", total, 0)];
    case "progress_blocked": {
      const blocked = Math.max(1, Math.round(total * (0.05 + rng.next() * 0.3)));
      service.serviceStatus = rng.pick<ServiceStatus>(["assess", "remediate", "enable"]);
      return blocked >= total ? [row("blocked", total, 0)] : [row("in_progress", total - blocked, 0), row("blocked", blocked, 1)];
    }
    case "no_intent":
      return [row("no_intent", total, 0)];
    case "partial": {
      const unknown = Math.max(1, Math.round(total * 0.2));
      return unknown >= total ? [row("status_unknown", total, 0)] : [row("in_progress", total - unknown, 0), row("status_unknown", unknown, 1)];
    }
  }
}

const NOTES: Record<"blocked" | "no_intent", string> = {
  blocked: "Customer is unable to deploy until their network proxy is upgraded; projected unblock after the Q3 change freeze.",
  no_intent: "Customer does not have intent to deploy: they are using a competitive solution under a contract that runs two more years.",
};
