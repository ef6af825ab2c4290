import { useNavigate, useSearch } from "@tanstack/react-router";
import type { TTenant } from "@waymark/contracts";
import { type Dispatch, type SetStateAction, useEffect, useRef, useState } from "react";
import type { TDraftList } from "../../lib/api.ts";
import type { ComposerState } from "./note-composer.tsx";
import { draftsOfTenant } from "./notes.ts";
import { NOTE_SERVICE_PARAM, NOTE_TASK_PARAM, noteTaskOf, prefillMessage, taskNoteForm, taskPrefillPlan } from "./task-prefill.ts";

type Options = {
  tenant: TTenant;
  canWrite: boolean;
  composer: ComposerState;
  setComposer: Dispatch<SetStateAction<ComposerState>>;
  /** The person's drafts; undefined while they load (the prefill waits for them to point to drafts about the task). */
  drafts: TDraftList | undefined;
  draftsSettled: boolean;
  announce: (message: string) => void;
  focusComposer: () => void;
};

/**
 * "Create note" on a playbook task (`?noteTask=`, `?noteService=`): an empty editor is filled; what a person wrote or restored
 * is never replaced unasked (`offer` then names the task, to use or ignore). Once the note is saved, or the editor no longer
 * holds the task, the parameters leave the URL, so a later reload starts afresh.
 */
export function useTaskPrefill({ tenant, canWrite, composer, setComposer, drafts, draftsSettled, announce, focusComposer }: Options) {
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const noteTask = noteTaskOf(search[NOTE_TASK_PARAM]);
  const noteService = typeof search[NOTE_SERVICE_PARAM] === "string" ? search[NOTE_SERVICE_PARAM] : undefined;
  const handled = useRef<number | undefined>(undefined);
  const heldTask = useRef(false);
  const [offer, setOffer] = useState<number | null>(null);

  const dropParams = () =>
    void navigate({
      to: "/tenants/$tenantId",
      params: { tenantId: tenant.id },
      search: (prev: Record<string, unknown>) => ({ ...prev, [NOTE_TASK_PARAM]: undefined, [NOTE_SERVICE_PARAM]: undefined }),
      replace: true,
    });

  useEffect(() => {
    if (!canWrite || noteTask === undefined || handled.current === noteTask || !draftsSettled) return;
    handled.current = noteTask;
    const plan = taskPrefillPlan(composer, noteTask, draftsOfTenant(drafts?.items ?? [], tenant.id));
    if (plan.action === "ask") return setOffer(noteTask);
    const form = taskNoteForm(noteTask, noteService, tenant.services.map((service) => service.service));
    setComposer({ form, editing: null, draftId: null });
    announce(prefillMessage(noteTask, plan.draftsOfTask));
    focusComposer();
    // Runs when a task is asked for (and once the drafts are known); the composer is read as it is at that moment.
  }, [canWrite, noteTask, draftsSettled]);

  useEffect(() => {
    if (noteTask === undefined) return;
    if (composer.form.taskId === String(noteTask)) heldTask.current = true;
    else if (heldTask.current) {
      heldTask.current = false;
      dropParams();
    }
  }, [noteTask, composer.form.taskId]);

  const acceptOffer = () => {
    if (offer === null) return;
    setOffer(null);
    setComposer((current) => ({ ...current, form: { ...current.form, category: "technical_enablement", taskId: String(offer) } }));
    announce(`Task ${offer} is now in the editor, as a Technical Enablement note; your text is unchanged.`);
    focusComposer();
  };
  const ignoreOffer = () => {
    setOffer(null);
    dropParams();
  };

  return { offer, acceptOffer, ignoreOffer };
}
