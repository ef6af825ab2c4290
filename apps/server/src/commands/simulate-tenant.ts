import { findTenant, listPendingTimers, loadTenantState, type Visibility } from "@waymark/db";
import { SIMULATION_DAYS, type TSimulation, ZSimulationDays } from "@waymark/contracts";
import { type EngineEvent, type PendingEvent, simulate, SimulationRunaway } from "@waymark/domain";
import type { Actor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound } from "../errors.ts";
import { visibilityOf } from "../policies/visibility.ts";
import { libraryOf, tenantPlaybooks } from "./run-playbooks.ts";

/**
 * What the playbooks would do to a tenant in the next `days` business days if nobody acted: its running waits run
 * out one after another and the rules react, as fireDueTimers would make them. Reads in one READ ONLY snapshot
 * (the state and the timers' events agree) and changes nothing.
 */
export async function simulateTenant(deps: Deps, options: { actor: Actor; tenantId: string; days: number }): Promise<TSimulation> {
  const { actor, tenantId, days } = options;
  if (!ZSimulationDays.safeParse(days).success) {
    const message = `must be a whole number of business days from ${SIMULATION_DAYS.min} to ${SIMULATION_DAYS.max}`;
    throw new AppError("validation_failed", `A simulation covers ${SIMULATION_DAYS.min} to ${SIMULATION_DAYS.max} business days; ${days} is out of range.`, {
      errors: [{ path: "/querystring/days", message }],
    });
  }
  // The command line reads with the database's own rights; people see what their role lets them see.
  const visibility: Visibility = actor.kind === "user" ? visibilityOf(actor) : { kind: "all" };
  const now = deps.now();
  return deps.db.transaction(
    async (tx) => {
      const tenant = await findTenant(tx, tenantId, visibility);
      if (!tenant) throw notFound("The tenant");
      const state = await loadTenantState(tx, tenant);
      const timers = await listPendingTimers(tx, tenant.id);
      const playbooks = await tenantPlaybooks(tx, libraryOf(deps), tenant.id);
      const pending: PendingEvent[] = timers.map((t) => ({
        key: t.key,
        service: t.service as PendingEvent["service"],
        dueDate: t.dueOn,
        event: t.event as EngineEvent,
      }));
      try {
        const result = simulate(playbooks, state, now, days, pending);
        return { tenantId: tenant.id, tenantName: tenant.name, country: tenant.country, timeZone: tenant.timeZone, ...result };
      } catch (error) {
        if (error instanceof SimulationRunaway) throw new AppError("validation_failed", `${tenant.name}: ${error.message}.`);
        throw error;
      }
    },
    { accessMode: "read only", isolationLevel: "repeatable read" },
  );
}
