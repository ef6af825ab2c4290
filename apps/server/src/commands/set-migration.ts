import { findService, findTenant, insertAuditEvents, replaceMigrationScenarios, type ServiceWithSplit, updateServiceIfVersion } from "@waymark/db";
import type { TSetMigration } from "@waymark/contracts";
import { checkDataMigration, type ServiceCode } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound, staleVersion } from "../errors.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { auditEvent } from "./audit.ts";
import { lockFoundTenant } from "./lock-tenant.ts";

const sectionOf = (service: ServiceWithSplit) => ({
  microsoftMigrating: service.microsoftMigrating,
  rejectionReason: service.migrationRejectionReason,
  rejectionNote: service.migrationRejectionNote,
  startDate: service.migrationStartDate,
  endDate: service.migrationEndDate,
  scenarios: service.migrations.map(({ migrationType, entitlements, estimatedMigrationDate, dataSizeGb, status, notes }) => ({
    migrationType,
    entitlements,
    estimatedMigrationDate,
    dataSizeGb,
    status,
    notes,
  })),
});

/**
 * Saves a service's Data Migration section as a whole: whether Microsoft performs the migration, and either the
 * scenarios (adding up to exactly the In Progress count) or why not. The playbooks see nothing of this section, so
 * it is not put to their review.
 */
export async function setMigration(deps: Deps, options: { actor: UserActor; serviceId: string; input: TSetMigration }) {
  const { actor, serviceId, input } = options;
  return deps.db.transaction(async (tx) => {
    const current = await findService(tx, serviceId);
    if (!current) throw notFound("The service");
    await assertMayWriteTenant(tx, actor, await findTenant(tx, current.tenantId, visibilityOf(actor)));
    await lockFoundTenant(tx, current.tenantId);
    if (current.version !== input.version) throw staleVersion("The service", input.version, current);
    const inProgress = current.split.filter((row) => row.l1 === "in_progress").reduce((sum, row) => sum + row.entitlements, 0);
    const problems = checkDataMigration(current.service as ServiceCode, inProgress, input);
    if (problems.length > 0) {
      throw new AppError("validation_failed", problems.map((p) => p.message).join(" "), {
        errors: problems.map((p) => ({ path: `/body${p.path}`, message: p.message })),
      });
    }
    const updated = await updateServiceIfVersion(tx, serviceId, input.version, {
      microsoftMigrating: input.microsoftMigrating,
      migrationRejectionReason: input.rejectionReason,
      migrationRejectionNote: input.rejectionNote,
      migrationStartDate: input.startDate,
      migrationEndDate: input.endDate,
    });
    if (!updated) throw staleVersion("The service", input.version, current);
    await replaceMigrationScenarios(tx, updated, input.scenarios);
    const saved = await findService(tx, serviceId);
    if (!saved) throw new Error("service vanished inside its own transaction");
    await insertAuditEvents(tx, [
      auditEvent(actor, "service.migration_set", { type: "service", id: serviceId }, { tenantId: current.tenantId, customerId: current.customerId }, {
        before: sectionOf(current),
        after: sectionOf(saved),
      }),
    ]);
    return saved;
  });
}
