import type { ServiceWithSplit } from "@waymark/db";
import type { TService } from "@waymark/contracts";
import {
  dataMigrationWarning,
  daysInStatus,
  daysInStay,
  localDate,
  migrationRejectionReasonLabel,
  migrationTypeLabel,
  serviceStatusLabel,
} from "@waymark/domain";

type Status = TService["serviceStatus"];
type Migration = TService["migration"];

/** The service's status stays with their days, and its days in the current status, both in the tenant's time zone. */
export function presentStatusHistory(row: ServiceWithSplit, now: Date): Pick<TService, "statusHistory" | "daysInStatus"> {
  const today = localDate(now, row.timeZone);
  return {
    statusHistory: row.statusHistory.map((stay) => ({
      status: stay.status as Status,
      statusLabel: serviceStatusLabel(stay.status as Status),
      enteredOn: stay.enteredOn,
      leftOn: stay.leftOn,
      days: daysInStay(stay, today),
      changedByUserId: stay.changedByUserId,
      changedByRule: stay.changedByRule,
    })),
    daysInStatus: daysInStatus(row.statusHistory, row.serviceStatusSince, today),
  };
}

export function presentMigration(row: ServiceWithSplit): Migration {
  const inProgress = row.split.filter((s) => s.l1 === "in_progress").reduce((sum, s) => sum + s.entitlements, 0);
  const scenarios = row.migrations.map((m) => ({
    id: m.id,
    migrationType: m.migrationType as Migration["scenarios"][number]["migrationType"],
    migrationTypeLabel: migrationTypeLabel(m.migrationType),
    entitlements: m.entitlements,
    estimatedMigrationDate: m.estimatedMigrationDate,
    dataSizeGb: m.dataSizeGb,
    status: m.status,
    notes: m.notes,
  }));
  const reason = row.migrationRejectionReason as Migration["rejectionReason"];
  return {
    microsoftMigrating: row.microsoftMigrating,
    rejectionReason: reason,
    rejectionReasonLabel: reason && migrationRejectionReasonLabel(reason),
    rejectionNote: row.migrationRejectionNote,
    startDate: row.migrationStartDate,
    endDate: row.migrationEndDate,
    scenarios,
    scenarioEntitlements: scenarios.reduce((sum, s) => sum + s.entitlements, 0),
    inProgressEntitlements: inProgress,
    warning: dataMigrationWarning(row.service as TService["service"], row.microsoftMigrating, scenarios, inProgress),
  };
}
