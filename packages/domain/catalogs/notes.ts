// Note categories and limits.
// Sources: reference/ftop-user-guide/notes-library-notes-editor.md (editor categories, Next Action length),
// notes-library-latest-notes.md (category filter adds Enterprise Status; "recent" = one week),
// notes-library-draft-notes.md (10 drafts), detailed-tenant-view-services-tab.md (Entitlement Status notes),
// seeds/001_78b5828efea8eea9.txt ("Entitlement Status Notes are the only notes fields that flow to the reporting
// database"), research §2.20, DESIGN "Concepts" (the six Waymark categories).

type NoteCategoryShape = {
  readonly code: string;
  readonly label: string;
  /** Chosen in the Notes Editor; the others are written from their own screen. */
  readonly selectableInEditor: boolean;
  readonly writtenFrom: string;
};

const NOTE_CATEGORY_DATA = [
  { code: "engagement_management", label: "Engagement Management", selectableInEditor: true, writtenFrom: "Notes Editor; Status tab Overall Status" },
  { code: "technical_enablement", label: "Technical Enablement", selectableInEditor: true, writtenFrom: "Notes Editor; playbook task; time entry; Services tab" },
  { code: "service_intent", label: "Service Intent", selectableInEditor: true, writtenFrom: "Notes Editor" },
  { code: "environment", label: "Environment", selectableInEditor: true, writtenFrom: "Notes Editor" },
  { code: "enterprise_status", label: "Enterprise Status", selectableInEditor: false, writtenFrom: "Status tab Enterprise Status (enterprise tenants)" },
  { code: "entitlement_status", label: "Entitlement Status", selectableInEditor: false, writtenFrom: "Services tab entitlement (L1) rows" },
] as const satisfies readonly NoteCategoryShape[];

export type NoteCategory = (typeof NOTE_CATEGORY_DATA)[number]["code"];
export type NoteCategoryEntry = Omit<NoteCategoryShape, "code"> & { readonly code: NoteCategory };

export const NOTE_CATEGORIES: readonly NoteCategoryEntry[] = NOTE_CATEGORY_DATA;

export function isNoteCategory(value: string): value is NoteCategory {
  return NOTE_CATEGORIES.some((entry) => entry.code === value);
}

export function noteCategoryLabel(category: NoteCategory): string {
  return NOTE_CATEGORIES.find((entry) => entry.code === category)?.label ?? category;
}

export const NOTE_LIMITS = {
  nextActionMaxChars: 500,
  maxDraftsPerUser: 10,
  /** A note this many days old or newer shows the "recent" icon. */
  recentNoteMaxAgeDays: 7,
} as const;
