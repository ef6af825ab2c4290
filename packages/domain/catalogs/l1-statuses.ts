// L1 consumption statuses of a service's entitlements and the fields each L1 row may carry.
// Sources: reference/ftop-user-guide/detailed-tenant-view-services-tab.md (L1 table and field availability),
// reference/partner-playbook/l1l2l3-homepage-list.md (definitions), research/ftop-features.md §2.2,
// seeds 000/001 "Data Collected" (L3 for Blocked & No Intent only), DESIGN decisions 1–3.
// Departures from the user guide, decided in DESIGN: L2 is allowed on In Progress (the taxonomy defines three
// In Progress L2s); L2, L3 and a note are required on Blocked and No Intent.

export type L1FieldRules = {
  readonly allowsTargetDate: boolean;
  /** In Progress entitlements "must have a valid target date". */
  readonly requiresTargetDate: boolean;
  readonly allowsL2: boolean;
  /** L3 is available only when an L2 is set, so it follows allowsL2. */
  readonly allowsL3: boolean;
  readonly allowsOwner: boolean;
  readonly allowsNotes: boolean;
  readonly allowsEngagementStartDate: boolean;
  readonly requiresL2L3AndNote: boolean;
};

type L1Shape = {
  readonly code: string;
  readonly label: string;
  readonly definition: string;
  readonly rules: L1FieldRules;
};

const L1_DATA = [
  {
    code: "status_unknown",
    label: "Status Unknown",
    definition: "The customer has not been successfully contacted to determine intent for eligible service entitlements.",
    rules: { allowsTargetDate: false, requiresTargetDate: false, allowsL2: true, allowsL3: true, allowsOwner: true, allowsNotes: true, allowsEngagementStartDate: false, requiresL2L3AndNote: false },
  },
  {
    code: "in_progress",
    label: "In Progress",
    definition:
      "Customer declares intent and are deploying and/or adopting the service, regardless of engagement scenario. This includes long running customers or customers who aren't planning on deploying for X amount of days.",
    rules: { allowsTargetDate: true, requiresTargetDate: true, allowsL2: true, allowsL3: true, allowsOwner: false, allowsNotes: true, allowsEngagementStartDate: true, requiresL2L3AndNote: false },
  },
  {
    code: "blocked",
    label: "Blocked",
    definition:
      "Customer has intent to use the workload but there are some blocking issues that need to be removed with assistance from the Account or Engineering teams.",
    rules: { allowsTargetDate: true, requiresTargetDate: false, allowsL2: true, allowsL3: true, allowsOwner: true, allowsNotes: true, allowsEngagementStartDate: false, requiresL2L3AndNote: true },
  },
  {
    code: "no_intent",
    label: "No Intent",
    definition: "Customer has no intent to deploy the service at any time.",
    rules: { allowsTargetDate: false, requiresTargetDate: false, allowsL2: true, allowsL3: true, allowsOwner: true, allowsNotes: true, allowsEngagementStartDate: false, requiresL2L3AndNote: true },
  },
  {
    code: "duplicate_invalid",
    label: "Duplicate/Invalid",
    definition:
      "Duplicate or invalid tenant: set all of its service entitlements to this status to remove them from all FastTrack Center reporting. Also used for Outlook Mobile entitlements of tenants with Office ProPlus and Outlook Mobile but no Exchange.",
    rules: { allowsTargetDate: false, requiresTargetDate: false, allowsL2: false, allowsL3: false, allowsOwner: false, allowsNotes: true, allowsEngagementStartDate: false, requiresL2L3AndNote: false },
  },
] as const satisfies readonly L1Shape[];

export type L1Status = (typeof L1_DATA)[number]["code"];
export type L1StatusEntry = Omit<L1Shape, "code"> & { readonly code: L1Status };

export const L1_STATUSES: readonly L1StatusEntry[] = L1_DATA;

/** Where new in-scope entitlements land (with L2 New Subscription or Workload). */
export const DEFAULT_L1_STATUS: L1Status = "status_unknown";

const L1_BY_CODE = new Map<string, L1StatusEntry>(L1_STATUSES.map((entry) => [entry.code, entry]));

export function isL1Status(value: string): value is L1Status {
  return L1_BY_CODE.has(value);
}

function entryOf(l1: L1Status): L1StatusEntry {
  const entry = L1_BY_CODE.get(l1);
  if (!entry) throw new Error(`Unknown L1 status: ${l1}`);
  return entry;
}

export function l1Label(l1: L1Status): string {
  return entryOf(l1).label;
}

export function l1FieldRules(l1: L1Status): L1FieldRules {
  return entryOf(l1).rules;
}
