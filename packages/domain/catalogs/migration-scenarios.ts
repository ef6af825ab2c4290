// Data migration: the migration types ("scenarios") Microsoft can perform for a service, and why a customer
// declines Microsoft's migration.
// Sources: reference/ftop-user-guide/detailed-tenant-view-services-tab.md (Data migration: the scenario table,
// "the total number of entitlements must exactly match the number of In Progress entitlements", the rejection
// reason drop-down and note); reference/ftop-partner-user-guide/assigned-tenant-list.md (Data Migration: the type
// names "Mig-ExHybrid" and "Mig-GmailStaged", per-type entitlements, estimated date, notes, data size, status set
// by the Migration SME, rejection reason "Customer will self-migrate"); research/ftop-features.md §2.23 (sources
// covered by migration tasks and workshops). FTOP's full drop-down is not documented: the two names above are
// FTOP's own, the others name the remaining migration sources of the task catalogue in the same "Mig-" style.
import type { ServiceCode } from "./services.ts";

type MigrationTypeShape = {
  readonly code: string;
  readonly label: string;
  /** The workloads whose data this migration moves. */
  readonly services: readonly ServiceCode[];
  /** Where the type comes from: an FTOP name, or the task(s) of the task catalogue that cover the source. */
  readonly source: string;
};

const MIGRATION_TYPE_DATA = [
  { code: "mig_ex_hybrid", label: "Mig-ExHybrid", services: ["exchange"], source: "FTOP (partner guide); Exchange 2010/2013/2016/Minimal Hybrid wizards" },
  { code: "mig_ex_cutover", label: "Mig-ExCutover", services: ["exchange"], source: "task 3155 Exchange Cutover Migration" },
  { code: "mig_ex_staged", label: "Mig-ExStaged", services: ["exchange"], source: "task 3156 Exchange Staged Migration" },
  { code: "mig_imap", label: "Mig-IMAP", services: ["exchange"], source: "tasks 1171, 1635 IMAP migration" },
  { code: "mig_gmail_staged", label: "Mig-GmailStaged", services: ["exchange"], source: "FTOP (partner guide); tasks 2006, 2026 Gmail migration" },
  { code: "mig_groupwise", label: "Mig-GroupWise", services: ["exchange"], source: "tasks 2118, 3677 GroupWise migration" },
  { code: "mig_lotus_notes", label: "Mig-LotusNotes", services: ["exchange"], source: "tasks 2277, 3305 Notes migration" },
  { code: "mig_file_share", label: "Mig-FileShare", services: ["onedrive", "sharepoint"], source: "task 3009 File share migration" },
  { code: "mig_box", label: "Mig-Box", services: ["onedrive", "sharepoint"], source: "task 3169 Box migration" },
  { code: "mig_google_drive", label: "Mig-GoogleDrive", services: ["onedrive"], source: "task 2467 Google Drive migration" },
] as const satisfies readonly MigrationTypeShape[];

export type MigrationType = (typeof MIGRATION_TYPE_DATA)[number]["code"];
export type MigrationTypeEntry = Omit<MigrationTypeShape, "code"> & { readonly code: MigrationType };

export const MIGRATION_TYPES: readonly MigrationTypeEntry[] = MIGRATION_TYPE_DATA;

export function isMigrationType(value: string): value is MigrationType {
  return MIGRATION_TYPES.some((entry) => entry.code === value);
}

export function migrationTypeLabel(code: string): string {
  return MIGRATION_TYPES.find((entry) => entry.code === code)?.label ?? code;
}

/** The migration types that move a workload's data; empty for a workload Microsoft does not migrate. */
export function migrationTypesFor(service: ServiceCode): readonly MigrationTypeEntry[] {
  return MIGRATION_TYPES.filter((entry) => entry.services.includes(service));
}

type RejectionReasonShape = { readonly code: string; readonly label: string; readonly needsNote: boolean };

/** Only "Customer will self-migrate" is documented; "Other" keeps the list usable and asks for the reason in the note. */
const REJECTION_REASON_DATA = [
  { code: "customer_will_self_migrate", label: "Customer will self-migrate", needsNote: false },
  { code: "other", label: "Other (say why in the note)", needsNote: true },
] as const satisfies readonly RejectionReasonShape[];

export type MigrationRejectionReason = (typeof REJECTION_REASON_DATA)[number]["code"];
export type MigrationRejectionReasonEntry = Omit<RejectionReasonShape, "code"> & { readonly code: MigrationRejectionReason };

export const MIGRATION_REJECTION_REASONS: readonly MigrationRejectionReasonEntry[] = REJECTION_REASON_DATA;

export function isMigrationRejectionReason(value: string): value is MigrationRejectionReason {
  return MIGRATION_REJECTION_REASONS.some((entry) => entry.code === value);
}

export function migrationRejectionReasonLabel(code: string): string {
  return MIGRATION_REJECTION_REASONS.find((entry) => entry.code === code)?.label ?? code;
}
