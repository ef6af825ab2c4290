import type { NoteRow } from "@waymark/db";
import type { TDraft, TNote } from "@waymark/contracts";

export function presentNote(row: NoteRow & { authorName?: string | null }): TNote {
  return {
    id: row.id,
    tenantId: row.tenantId,
    category: row.category as TNote["category"],
    services: row.services,
    taskId: row.catalogTaskId,
    body: row.body,
    hashtags: row.hashtags,
    escalated: row.escalated,
    nextAction: row.nextAction,
    nextActionDate: row.nextActionDate,
    nextActionOwnerId: row.nextActionOwnerId,
    authorId: row.authorId,
    authorName: row.authorName ?? null,
    authorRuleId: row.authorRuleId,
    supersedesNoteId: row.supersedesNoteId,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentDraft(row: NoteRow & { tenantName: string }): TDraft {
  const { supersedesNoteId: _s, authorRuleId: _r, ...note } = presentNote(row);
  return { ...note, tenantName: row.tenantName };
}
