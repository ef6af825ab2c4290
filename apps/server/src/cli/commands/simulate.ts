import { findTenantByGuid } from "@waymark/db";
import { type TSimulation, ZUuid } from "@waymark/contracts";
import type { Actor } from "../../actor.ts";
import type { Deps } from "../../app-types.ts";
import { simulateTenant } from "../../commands/simulate-tenant.ts";
import { openDatabase } from "../../database.ts";
import { parseEnv } from "../../env.ts";

export type SimulateOptions = { tenant: string; days: number; json: boolean };

const CLI: Actor = { kind: "system", reason: "waymark simulate" };

export async function simulateCommand(options: SimulateOptions): Promise<void> {
  const database = await openDatabase(parseEnv(), { notice: (m) => process.stderr.write(`${m}\n`) });
  try {
    process.stdout.write(await renderSimulation({ db: database.db, now: () => new Date() }, options));
  } finally {
    await database.shutdown();
  }
}

/** The simulation of the tenant named by its id or its tenant GUID, as a timeline or as the API's JSON. */
export async function renderSimulation(deps: Deps, options: SimulateOptions): Promise<string> {
  if (!ZUuid.safeParse(options.tenant).success) throw new Error(`--tenant takes a tenant's id or tenant GUID (a UUID), not "${options.tenant}"`);
  const byGuid = await findTenantByGuid(deps.db, options.tenant);
  const simulation = await simulateTenant(deps, { actor: CLI, tenantId: byGuid?.id ?? options.tenant, days: options.days });
  return options.json ? `${JSON.stringify(simulation, null, 2)}\n` : timeline(simulation);
}

const INDENT = " ".repeat(12);

function timeline(s: TSimulation): string {
  const lines = [
    `${s.tenantName} (${s.country}, ${s.timeZone}): the next ${s.businessDays} business days, ${s.from} to ${s.to}, if nobody acts.`,
    "Simulated only: nothing was changed.",
    "",
  ];
  if (s.steps.length === 0) lines.push("No wait runs out in this window.");
  for (const step of s.steps) {
    const data = step.event.data ? ` ${fields(step.event.data)}` : "";
    const service = step.event.service ? ` (${step.event.service})` : "";
    lines.push(`${step.date}  ${step.event.type}${service}${data}: the wait "${step.timer.key}" runs out`);
    if (step.failure) lines.push(`${INDENT}the playbooks would refuse it: ${step.failure}`);
    else if (step.effects.length === 0) lines.push(`${INDENT}the playbooks do nothing about it`);
    for (const { kind, explanation, ...change } of step.effects) {
      const e = explanation as { playbookId: string; playbookVersion: number; ruleId: string; why: string };
      lines.push(`${INDENT}- ${kind}: ${fields(change)}`);
      lines.push(`${INDENT}  why: ${e.why} (${e.playbookId}@${e.playbookVersion}/${e.ruleId})`);
    }
  }
  const waiting = s.finalState.timers;
  if (waiting.length > 0) {
    lines.push("", `Still waiting after ${s.to}:`);
    for (const t of waiting) lines.push(`${INDENT}"${t.key}"${t.service ? ` (${t.service})` : ""} runs out on ${t.dueDate}`);
  }
  return `${lines.join("\n")}\n`;
}

/** `taskId 3718, status cancelled`: every effect kind reads the same way, so the CLI needs no list of kinds. */
function fields(values: Record<string, unknown>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key} ${value === null ? "none" : typeof value === "object" ? JSON.stringify(value) : String(value)}`)
    .join(", ");
}
