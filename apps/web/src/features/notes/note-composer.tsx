import type { TNote, TNoteSuggestRequest, TTenant } from "@waymark/contracts";
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { problemOf, type TDraftList } from "../../lib/api.ts";
import { formatDateTime } from "../../lib/format.ts";
import { useCatalog } from "../catalogs/catalog-queries.ts";
import { ConflictPanel } from "./conflict-panel.tsx";
import { NoteFields } from "./note-fields.tsx";
import { categoryLabel, emptyForm, excerpt, formProblems, isQualityRefusal, type NoteForm, toDraftInput, toNoteInput } from "./notes.ts";
import { useDeleteDraft, useSaveDraft, useSaveNote } from "./notes-queries.ts";
import { QualityOverride } from "./quality-override.tsx";
import { SuggestPanel } from "./suggest-panel.tsx";
import styles from "./notes-section.module.css";

export type ComposerState = { form: NoteForm; editing: TNote | null; draftId: string | null };

export const newComposer = (): ComposerState => ({ form: emptyForm(), editing: null, draftId: null });

type NoteComposerProps = {
  tenant: TTenant;
  state: ComposerState;
  onChange: (state: ComposerState) => void;
  drafts: TDraftList | undefined;
  onAnnounce: (message: string) => void;
};

const SUGGEST_DELAY_MS = 700;

/** Writes a note, edits one (as a new version) or keeps a draft. What was typed stays in the form until a save succeeds. */
export function NoteComposer({ tenant, state, onChange, drafts, onAnnounce }: NoteComposerProps) {
  const { form, editing, draftId } = state;
  const save = useSaveNote(tenant.id);
  const saveDraft = useSaveDraft(tenant.id);
  const deleteDraft = useDeleteDraft();
  const l1Statuses = useCatalog("l1Statuses");
  const [submitted, setSubmitted] = useState(false);
  const [suggestRequest, setSuggestRequest] = useState<TNoteSuggestRequest | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const entitlement = form.category === "entitlement_status";
  const problems = formProblems(form, "note");
  const shownProblems = submitted ? problems : { nextAction: problems.nextAction, taskId: problems.taskId };
  const busy = save.isPending || saveDraft.isPending;
  const draftsFull = drafts !== undefined && draftId === null && drafts.items.length >= drafts.max;
  const saveProblem = save.isError ? problemOf(save.error) : null;

  const change = (patch: Partial<NoteForm>) => onChange({ ...state, form: { ...form, ...patch } });

  // The live check: rate the text once typing pauses.
  const current: TNoteSuggestRequest | null = entitlement && form.body.trim() ? { body: form.body.trim(), l1: form.l1 as TNoteSuggestRequest["l1"] } : null;
  const currentKey = JSON.stringify(current);
  useEffect(() => {
    const timer = setTimeout(() => setSuggestRequest(current), SUGGEST_DELAY_MS);
    return () => clearTimeout(timer);
    // Keyed on the request's content; `current` is a new object each render.
  }, [currentKey]);

  // Closing or reloading the page with unsaved text asks first; the text is in no draft yet.
  const unsaved = form.body.trim() !== "" || form.nextAction.trim() !== "";
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  // The category stays for the next note: people often write several of one kind in a row.
  const reset = (message: string) => {
    onChange({ ...newComposer(), form: emptyForm(form.category) });
    setSubmitted(false);
    save.reset();
    saveDraft.reset();
    onAnnounce(message);
    bodyRef.current?.focus();
  };

  const submit = (event?: FormEvent, overrideReason?: string) => {
    event?.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0) {
      bodyRef.current?.focus();
      return;
    }
    save.mutate(
      { input: toNoteInput(form, overrideReason), editing: editing?.id ?? null },
      {
        onSuccess: (note) => {
          if (draftId) deleteDraft.mutate(draftId);
          const what = editing ? "Edit saved as a new version" : "Note saved";
          reset(`${what}: ${categoryLabel(note.category)}, “${excerpt(note.body, 60)}”${draftId ? "; its draft was removed" : ""}.`);
        },
      },
    );
  };

  const keepDraft = () => {
    if (formProblems(form, "draft").taskId) return setSubmitted(true);
    saveDraft.mutate(
      { input: toDraftInput(form), draftId },
      { onSuccess: (draft) => reset(`Draft ${draftId ? "updated" : "saved"}: “${excerpt(draft.body, 60)}”. Restore it from Drafts below.`) },
    );
  };

  const keyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !busy) {
      event.preventDefault();
      submit();
    } else if (event.key === "Escape" && editing && !busy) {
      event.preventDefault();
      reset("Edit cancelled; the note is unchanged.");
    }
  };

  const reapply = (latest: TNote) => {
    save.reset();
    onChange({ ...state, editing: latest });
    onAnnounce("Your edit now applies to the current version: compare it with the text shown, then save.");
    bodyRef.current?.focus();
  };

  const title = editing
    ? `Edit note: ${categoryLabel(editing.category)} of ${formatDateTime(editing.createdAt)}`
    : draftId
      ? "Write a note (restored draft)"
      : "Write a note";

  return (
    <form className={styles.composer} onSubmit={submit} onKeyDown={keyDown} aria-labelledby="note-composer-title">
      <h3 id="note-composer-title" className={styles.composerTitle}>
        {title}
      </h3>
      {editing && <p className={styles.hint}>Saving keeps the current text as an earlier version in the note's history. Esc cancels.</p>}
      <NoteFields
        form={form}
        onChange={change}
        problems={shownProblems}
        services={tenant.services.map((service) => ({ value: service.service, label: service.serviceLabel }))}
        l1Options={l1Statuses.map((entry) => ({ value: entry.code, label: entry.label }))}
        isReadOnly={busy}
        bodyRef={bodyRef}
      />
      {entitlement && (
        <SuggestPanel request={suggestRequest} chosenL1={form.l1} onSuggest={() => setSuggestRequest(current)} onUseL1={(l1) => change({ l1 })} />
      )}
      {saveProblem && editing && saveProblem.status === 409 ? (
        <ConflictPanel tenantId={tenant.id} error={save.error} noteId={editing.id} onReapply={reapply} />
      ) : saveProblem && isQualityRefusal(saveProblem) ? (
        <QualityOverride error={save.error} isPending={save.isPending} onSaveAnyway={(reason) => submit(undefined, reason)} />
      ) : (
        save.isError && <ProblemPanel error={save.error} />
      )}
      {saveDraft.isError && <ProblemPanel error={saveDraft.error} />}
      {draftsFull && (
        <p role="alert" className={styles.limit}>
          You keep {drafts.items.length} drafts, the most one person may ({drafts.max}): publish or delete one below (or on its tenant) before saving
          another.
        </p>
      )}
      <div className={styles.actions}>
        <Button type="submit" variant="primary" isDisabled={busy} aria-keyshortcuts="Control+Enter">
          {save.isPending ? "Saving…" : editing ? "Save new version" : "Save note"}
        </Button>
        {!editing && (
          <Button onPress={keepDraft} isDisabled={busy || draftsFull}>
            {saveDraft.isPending ? "Saving draft…" : draftId ? "Update draft" : "Save as draft"}
          </Button>
        )}
        {(editing || draftId || form.body) && (
          <Button variant="quiet" onPress={() => reset(editing ? "Edit cancelled; the note is unchanged." : "The editor is cleared.")} isDisabled={busy}>
            {editing ? "Cancel edit" : "Clear"}
          </Button>
        )}
      </div>
    </form>
  );
}
