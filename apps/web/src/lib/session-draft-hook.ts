import { type SetStateAction, useEffect, useRef, useState } from "react";
import { useCurrentUser } from "../features/session/session-queries.ts";
import { draftStorageKey, parseDraft, sameDraft, serializeDraft } from "./session-draft.ts";

export type SessionDraft<T> = {
  value: T;
  set: (next: SetStateAction<T>) => void;
  /** The value came back from the tab's storage (after a reload, or on reopening a dialog): say so and offer Discard. */
  restored: boolean;
  /** Something typed is kept (what a dialog's opener button mentions). */
  hasDraft: boolean;
  /** Forget the draft (saved, cancelled, discarded): the form shows `next`, or the empty value. */
  clear: (next?: T) => void;
  /** Start the form (a dialog opening): the kept draft when there is one, `start` otherwise. */
  begin: (start: T) => void;
};

type Options<T> = {
  /** Bump when the form's fields change meaning, so older drafts are dropped. */
  version?: number;
  /** True when nothing was typed (default: the value equals `initial`); an empty value is not kept. */
  isEmpty?: (value: T) => boolean;
  /** Adjusts a value read back from storage (e.g. renumbers row keys a module counter hands out, which a reload restarts). */
  revive?: (value: T) => T;
};

function read<T>(storageKey: string | null, version: number, template: T, revive?: (value: T) => T): T | null {
  if (storageKey === null) return null;
  try {
    const kept = parseDraft(sessionStorage.getItem(storageKey), version, template);
    return kept !== null && revive ? revive(kept) : kept;
  } catch {
    return null; // storage blocked: the form works as before, without drafts
  }
}

function write(storageKey: string, text: string | null) {
  try {
    if (text === null) sessionStorage.removeItem(storageKey);
    else sessionStorage.setItem(storageKey, text);
  } catch {
    // Storage full or blocked: the typing still works, only the reload safety net is missing.
  }
}

/**
 * useState for a form's typed fields that survives a page reload: kept in this tab's sessionStorage under the signed-in
 * user's id and `key` (null: not kept), removed once the form is empty again or `clear` is called.
 */
export function useSessionDraft<T>(key: string | null, initial: T, options: Options<T> = {}): SessionDraft<T> {
  const version = options.version ?? 1;
  const userId = useCurrentUser()?.id ?? null;
  const storageKey = key !== null && userId !== null ? draftStorageKey(userId, key) : null;
  const initialRef = useRef(initial);
  initialRef.current = initial;
  const isEmptyRef = useRef(options.isEmpty);
  isEmptyRef.current = options.isEmpty;
  const isEmpty = (value: T) => (isEmptyRef.current ? isEmptyRef.current(value) : sameDraft(value, initialRef.current));

  const [state, setState] = useState(() => {
    const kept = read(storageKey, version, initial, options.revive);
    return { value: kept ?? initial, restored: kept !== null, loadedKey: storageKey };
  });
  // The user becomes known after the first render (or the form moves to another record): read that key's draft.
  if (state.loadedKey !== storageKey) {
    const kept = read(storageKey, version, initial, options.revive);
    setState({ value: kept ?? state.value, restored: kept !== null, loadedKey: storageKey });
  }

  const value = state.value;
  const empty = isEmpty(value);
  useEffect(() => {
    if (storageKey === null || state.loadedKey !== storageKey) return;
    write(storageKey, empty ? null : serializeDraft(value, version));
  }, [storageKey, state.loadedKey, value, empty, version]);

  return {
    value,
    restored: state.restored && !empty,
    hasDraft: storageKey !== null && !empty,
    set: (next) => setState((current) => ({ ...current, value: typeof next === "function" ? (next as (value: T) => T)(current.value) : next })),
    clear: (next) => {
      if (storageKey !== null) write(storageKey, null);
      setState((current) => ({ ...current, value: next ?? initialRef.current, restored: false }));
    },
    begin: (start) => {
      const kept = read(storageKey, version, initialRef.current, options.revive);
      setState((current) => ({ ...current, value: kept ?? start, restored: kept !== null }));
    },
  };
}

/** Whether this tab keeps a draft under `key` for the signed-in user: for an opener that sits outside the form ("Reply (draft)"). */
export function useHasSessionDraft(key: string): boolean {
  return useSessionDraftCheck()(key);
}

/** The same question for many openers at once (a list's rows, each with its own form): ask it per row while rendering. */
export function useSessionDraftCheck(): (key: string) => boolean {
  const userId = useCurrentUser()?.id ?? null;
  return (key) => {
    if (userId === null) return false;
    try {
      return sessionStorage.getItem(draftStorageKey(userId, key)) !== null;
    } catch {
      return false;
    }
  };
}
