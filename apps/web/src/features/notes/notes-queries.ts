import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TDraftInput, TNoteInput, TNoteSuggestRequest } from "@waymark/contracts";
import { api, type TNoteListParams } from "../../lib/api.ts";

// Under the tenant's detail key, so whatever refreshes the tenant refreshes its notes too.
const notesKey = (tenantId: string) => ["tenants", "detail", tenantId, "notes"] as const;
const draftsKey = ["drafts"] as const;

export function notesQuery(tenantId: string, filter: TNoteListParams) {
  return queryOptions({
    queryKey: [...notesKey(tenantId), "list", filter] as const,
    queryFn: ({ signal }) => api.listNotes(tenantId, filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function noteHistoryQuery(tenantId: string, noteId: string) {
  return queryOptions({
    queryKey: [...notesKey(tenantId), "history", noteId] as const,
    queryFn: ({ signal }) => api.noteHistory(noteId, signal),
  });
}

export const draftsQuery = queryOptions({ queryKey: draftsKey, queryFn: ({ signal }) => api.listDrafts(signal) });

/** "Suggest" reads and saves nothing, so the same text and L1 always get the same answer. */
export function suggestQuery(request: TNoteSuggestRequest | null) {
  return queryOptions({
    queryKey: ["notes", "suggest", request] as const,
    queryFn: ({ signal }) => api.suggestNote(request ?? { body: "" }, signal),
    enabled: request !== null,
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  });
}

export function useRefreshNotes(tenantId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: notesKey(tenantId) });
}

type SaveNote = { input: TNoteInput; editing: string | null };

/** Saves a new note, or a new version of the note being edited; the notes and drafts are refetched after. */
export function useSaveNote(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, editing }: SaveNote) => (editing ? api.reviseNote(editing, input) : api.createNote(tenantId, input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notesKey(tenantId) }),
  });
}

export function useSaveDraft(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, draftId }: { input: TDraftInput; draftId: string | null }) =>
      draftId ? api.changeDraft(draftId, input) : api.saveDraft(tenantId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: draftsKey }),
  });
}

export function useDeleteDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draftId: string) => api.deleteDraft(draftId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: draftsKey }),
  });
}

export function usePublishDraft(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draftId: string) => api.publishDraft(draftId),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: draftsKey }), queryClient.invalidateQueries({ queryKey: notesKey(tenantId) })]),
  });
}
