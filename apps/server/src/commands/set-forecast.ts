import { findService, findTenant, insertAuditEvents, updateServiceIfVersion } from "@waymark/db";
import type { TSetForecast } from "@waymark/contracts";
import { forecastProblems, localDate } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound, staleVersion } from "../errors.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { auditEvent, changedFields } from "./audit.ts";
import { lockFoundTenant } from "./lock-tenant.ts";

/**
 * Submits a service's FastTrack-Ready Partner forecast: the days it should reach 15 % AU, 40 % AU and its highest AU.
 * Every date must be after the tenant's local today, which becomes the Submitted Date (the partner guide's "if not
 * pre-populated choose today's date": every submission is dated the day it is made, RFA or not).
 */
export async function setForecast(deps: Deps, options: { actor: UserActor; serviceId: string; input: TSetForecast }) {
  const { actor, serviceId, input } = options;
  const { version, ...dates } = input;
  return deps.db.transaction(async (tx) => {
    const current = await findService(tx, serviceId);
    if (!current) throw notFound("The service");
    await assertMayWriteTenant(tx, actor, await findTenant(tx, current.tenantId, visibilityOf(actor)));
    const tenant = await lockFoundTenant(tx, current.tenantId);
    if (current.version !== version) throw staleVersion("The service", version, current);
    const today = localDate(deps.now(), tenant.timeZone);
    const problems = forecastProblems(dates, today);
    if (problems.length > 0) {
      throw new AppError("validation_failed", `The forecast was not saved: ${problems.map((p) => p.message).join("; ")}.`, {
        errors: problems.map((p) => ({ path: `/body/${p.field}`, message: p.message })),
      });
    }
    const { before, after, changed } = changedFields(current, { ...dates, forecastSubmittedOn: today });
    if (!changed) return current;
    const updated = await updateServiceIfVersion(tx, serviceId, version, { ...dates, forecastSubmittedOn: today });
    if (!updated) throw staleVersion("The service", version, current);
    await insertAuditEvents(tx, [
      auditEvent(actor, "service.forecast_set", { type: "service", id: serviceId }, { tenantId: current.tenantId, customerId: current.customerId }, {
        before,
        after,
      }),
    ]);
    const saved = await findService(tx, serviceId);
    if (!saved) throw new Error("service vanished inside its own transaction");
    return saved;
  });
}
