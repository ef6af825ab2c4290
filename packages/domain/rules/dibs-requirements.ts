// Which adoption indicators (DIBS, SSAT) a tenant's service must have recorded.
// Sources: seeds/002_bf93d9a6382d93a5.txt "Measures" (FTC CSS-Led and FTC FTP-Led tables), research §2.12,
// DESIGN decision 14 (a matrix kept as data; missing items are data-quality findings, not save errors;
// "Full DIBS" = every DIBS item the tenant's row requires).
//
// Reading of the seed table, written out per key below:
// - CSS-led, Office 365: SMC High → all DIBS; SMC Medium/Low → Intent only; Enterprise (any priority) → all DIBS
//   and all SSAT.
// - CSS-led, EMS: "All EMS" → all DIBS, whatever the segment and priority.
// - FTP-led: "All Tenants" → Target Date and Intent ("contractual obligations").
// - Windows services (Windows 10, Defender ATP, Edge) are not in the table, which predates them in FTOP's
//   Services tab. They are device and security workloads sold and deployed with EMS (Defender ATP and Intune share
//   the security SMEs), so they follow the EMS rows.
import type { ServiceFamily } from "../catalogs/services.ts";
import type { Priority, Segment } from "../catalogs/engagement.ts";

export const DIBS_ITEMS = [
  { code: "target_date", label: "Target Date" },
  { code: "intent", label: "Intent" },
  { code: "business_reason", label: "Business Reason" },
  { code: "success_owner", label: "Success Owner Role" },
] as const;
export type DibsItem = (typeof DIBS_ITEMS)[number]["code"];

export const SSAT_ITEMS = [
  { code: "stakeholders", label: "Stakeholders" },
  { code: "scenarios", label: "Scenarios" },
  { code: "awareness", label: "Awareness" },
  { code: "training", label: "Training" },
] as const;
export type SsatItem = (typeof SSAT_ITEMS)[number]["code"];

export type DibsLedBy = "css" | "ftp";
/** The matrix's workload families; Windows is read as EMS (see the top comment). */
export type DibsFamily = "office365" | "ems";

const ALL_DIBS = ["target_date", "intent", "business_reason", "success_owner"] as const satisfies readonly DibsItem[];
const ALL_SSAT = ["stakeholders", "scenarios", "awareness", "training"] as const satisfies readonly SsatItem[];

/** The rows of the seed's two tables, with the seed's wording. */
export const DIBS_REQUIREMENT_ROWS = [
  { code: "css_smc_high", name: "FTC CSS-Led: SMC: High Priority Tenants", dibs: ALL_DIBS, ssat: [] },
  { code: "css_smc_medium_low", name: "FTC CSS-Led: SMC: Medium/Low Priority Tenants", dibs: ["intent"], ssat: [] },
  { code: "css_o365_enterprise", name: "FTC CSS-Led: All O365 Enterprise Tenants", dibs: ALL_DIBS, ssat: ALL_SSAT },
  { code: "css_ems", name: "FTC CSS-Led: All EMS", dibs: ALL_DIBS, ssat: [] },
  { code: "ftp_all", name: "FTC FTP-Led: All Tenants", dibs: ["target_date", "intent"], ssat: [] },
] as const satisfies readonly { code: string; name: string; dibs: readonly DibsItem[]; ssat: readonly SsatItem[] }[];

export type DibsRequirementRow = (typeof DIBS_REQUIREMENT_ROWS)[number]["code"];

type MatrixKey = { readonly ledBy: DibsLedBy; readonly segment: Segment; readonly priority: Priority; readonly family: DibsFamily };

/** Every key of the matrix and the seed row that answers it (2 × 2 × 3 × 2 = 24 entries). */
export const DIBS_REQUIREMENT_MATRIX = [
  { ledBy: "css", segment: "smc", priority: "high", family: "office365", row: "css_smc_high" },
  { ledBy: "css", segment: "smc", priority: "medium", family: "office365", row: "css_smc_medium_low" },
  { ledBy: "css", segment: "smc", priority: "low", family: "office365", row: "css_smc_medium_low" },
  { ledBy: "css", segment: "enterprise", priority: "high", family: "office365", row: "css_o365_enterprise" },
  { ledBy: "css", segment: "enterprise", priority: "medium", family: "office365", row: "css_o365_enterprise" },
  { ledBy: "css", segment: "enterprise", priority: "low", family: "office365", row: "css_o365_enterprise" },
  { ledBy: "css", segment: "smc", priority: "high", family: "ems", row: "css_ems" },
  { ledBy: "css", segment: "smc", priority: "medium", family: "ems", row: "css_ems" },
  { ledBy: "css", segment: "smc", priority: "low", family: "ems", row: "css_ems" },
  { ledBy: "css", segment: "enterprise", priority: "high", family: "ems", row: "css_ems" },
  { ledBy: "css", segment: "enterprise", priority: "medium", family: "ems", row: "css_ems" },
  { ledBy: "css", segment: "enterprise", priority: "low", family: "ems", row: "css_ems" },
  { ledBy: "ftp", segment: "smc", priority: "high", family: "office365", row: "ftp_all" },
  { ledBy: "ftp", segment: "smc", priority: "medium", family: "office365", row: "ftp_all" },
  { ledBy: "ftp", segment: "smc", priority: "low", family: "office365", row: "ftp_all" },
  { ledBy: "ftp", segment: "enterprise", priority: "high", family: "office365", row: "ftp_all" },
  { ledBy: "ftp", segment: "enterprise", priority: "medium", family: "office365", row: "ftp_all" },
  { ledBy: "ftp", segment: "enterprise", priority: "low", family: "office365", row: "ftp_all" },
  { ledBy: "ftp", segment: "smc", priority: "high", family: "ems", row: "ftp_all" },
  { ledBy: "ftp", segment: "smc", priority: "medium", family: "ems", row: "ftp_all" },
  { ledBy: "ftp", segment: "smc", priority: "low", family: "ems", row: "ftp_all" },
  { ledBy: "ftp", segment: "enterprise", priority: "high", family: "ems", row: "ftp_all" },
  { ledBy: "ftp", segment: "enterprise", priority: "medium", family: "ems", row: "ftp_all" },
  { ledBy: "ftp", segment: "enterprise", priority: "low", family: "ems", row: "ftp_all" },
] as const satisfies readonly (MatrixKey & { row: DibsRequirementRow })[];

export type DibsRequirementInput = {
  readonly segment: Segment;
  /** The override when set, otherwise the automated priority. */
  readonly effectivePriority: Priority;
  readonly family: ServiceFamily;
  readonly ledBy: DibsLedBy;
};

export type DibsRequirements = {
  readonly dibs: readonly DibsItem[];
  readonly ssat: readonly SsatItem[];
  /** Human-readable name of the seed row that applies. */
  readonly row: string;
  readonly rowCode: DibsRequirementRow;
};

export function dibsFamilyOf(family: ServiceFamily): DibsFamily {
  return family === "office365" ? "office365" : "ems";
}

export function dibsRequirementsFor(input: DibsRequirementInput): DibsRequirements {
  const family = dibsFamilyOf(input.family);
  const entry = DIBS_REQUIREMENT_MATRIX.find(
    (key) =>
      key.ledBy === input.ledBy &&
      key.segment === input.segment &&
      key.priority === input.effectivePriority &&
      key.family === family,
  );
  const row = DIBS_REQUIREMENT_ROWS.find((candidate) => candidate.code === entry?.row);
  if (!row) {
    throw new Error(`No DIBS requirement row for ${input.ledBy}/${input.segment}/${input.effectivePriority}/${family}`);
  }
  return { dibs: row.dibs, ssat: row.ssat, row: row.name, rowCode: row.code };
}

/** The required items that are not recorded, in the order they are required. */
export function missingItems<Item extends string>(required: readonly Item[], recorded: readonly Item[]): Item[] {
  return required.filter((item) => !recorded.includes(item));
}

/** "Full DIBS": every DIBS item the tenant's row requires is recorded (DESIGN decision 14). */
export function isFullDibs(required: readonly DibsItem[], recorded: readonly DibsItem[]): boolean {
  return missingItems(required, recorded).length === 0;
}
