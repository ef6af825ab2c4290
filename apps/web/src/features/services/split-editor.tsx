import type { TService, TTenant } from "@waymark/contracts";
import { useId, useState } from "react";
import { Button } from "../../components/button.tsx";
import { ApiError, problemOf } from "../../lib/api.ts";
import { formatDate } from "../../lib/format.ts";
import { useSessionDraft } from "../../lib/session-draft-hook.ts";
import { SessionDraftNote } from "../../lib/session-draft-note.tsx";
import { useCatalog } from "../catalogs/catalog-queries.ts";
import { summarizeSplit, splitText } from "./l1-split.ts";
import { useFreshService, useReplaceSplit } from "./services-queries.ts";
import {
  allocationOf,
  type DraftRow,
  draftOf,
  l2OptionsFor,
  l3OptionsFor,
  meterText,
  newDraftRow,
  reviveSplitDraft,
  rulesOf,
  sameRows,
  splitBody,
  splitDraftKey,
  splitProblemsOf,
  type SplitSessionDraft,
  splitSessionStart,
  splitUntouched,
  withL1,
  withL2,
} from "./split-draft.ts";
import styles from "./split-editor.module.css";

/** `version` is the service version this panel last read or wrote, shared with the panel's other forms. */
type SplitEditorProps = { tenant: TTenant; service: TService; id: string; version: number; onVersion: (version: number) => void };

/** The L1 split of one service as editable rows under a live "allocated / total" meter; saves the whole split at once. */
export function SplitEditor({ tenant, service, id, version, onVersion: setVersion }: SplitEditorProps) {
  const freshService = useFreshService(tenant.id, service.id);
  const l1Statuses = useCatalog("l1Statuses");
  const l2Reasons = useCatalog("l2Reasons");
  const l3Reasons = useCatalog("l3Reasons");
  // Kept in the tab while typed, so a page reload (or closing the panel) loses nothing; the split it started from travels along.
  const draft = useSessionDraft<SplitSessionDraft>(splitDraftKey(tenant.id, service.id), splitSessionStart(service.split), {
    isEmpty: splitUntouched,
    revive: reviveSplitDraft,
  });
  const { rows, overrideReason } = draft.value;
  const setRows = (next: (current: DraftRow[]) => DraftRow[]) => draft.set((current) => ({ ...current, rows: next(current.rows) }));
  const setOverrideReason = (reason: string) => draft.set((current) => ({ ...current, overrideReason: reason }));
  const [localProblem, setLocalProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const save = useReplaceSplit(tenant.id, service.id);
  const meterId = useId();

  const total = service.effectiveEntitlements;
  const allocation = allocationOf(rows, total);
  const stale = save.error instanceof ApiError && save.error.status === 409;
  const problems = save.error && !stale ? splitProblemsOf(problemOf(save.error)) : { general: [], rows: {}, noteRefusal: false };
  const label = (code: string, entries: { code: string; label: string }[]) => entries.find((entry) => entry.code === code)?.label ?? code;

  const change = (index: number, next: DraftRow) => {
    setRows((current) => current.map((row, at) => (at === index ? next : row)));
    setLocalProblem(null);
    setNotice(null);
  };
  const remove = (index: number) => setRows((current) => current.filter((_, at) => at !== index));
  const add = () => setRows((current) => [...current, newDraftRow(current, l1Statuses)]);

  const submit = (anyway = false) => {
    if (save.isPending) return;
    if (anyway && overrideReason.trim().length < 10) {
      setLocalProblem("Say in at least 10 characters why the note should be saved as it is.");
      return;
    }
    setNotice(null);
    save.reset();
    const body = splitBody(rows, version, anyway ? overrideReason : undefined);
    if (!body) {
      setLocalProblem(`Not saved: ${allocation.badRows.length === 1 ? "row" : "rows"} ${allocation.badRows.join(", ")} need a whole number of entitlements (0 or more).`);
      return;
    }
    if (body.rows.length === 0) {
      setLocalProblem("Not saved: the split needs at least one L1 row. Add a row.");
      return;
    }
    setLocalProblem(null);
    save.mutate(body, {
      onSuccess: (saved) => {
        draft.clear(splitSessionStart(saved.split));
        setVersion(saved.version);
        setNotice(`Saved the ${saved.serviceLabel} split: ${splitText(summarizeSplit(saved.split, l1Statuses))}.`);
      },
    });
  };

  const discard = () => {
    draft.clear(splitSessionStart(service.split));
    setVersion(service.version);
    setLocalProblem(null);
    setNotice(null);
    save.reset();
  };

  const reload = async () => {
    const current = await freshService();
    save.reset();
    if (!current) {
      setNotice("The service was removed meanwhile; there is nothing to save.");
      return;
    }
    setVersion(current.version);
    const theirs = splitText(summarizeSplit(current.split, l1Statuses)) || "no split";
    setNotice(`Reloaded. The saved split is now: ${theirs} (total ${current.effectiveEntitlements}). Your rows are kept as you typed them; save to replace it.`);
  };

  // Brought back after a reload while someone saved another split: saving replaces theirs, so say what it is now.
  const changedMeanwhile = draft.restored && !sameRows(draft.value.base, draftOf(service.split));

  return (
    <div className={styles.editor} id={id}>
      <SessionDraftNote draft={draft} onDiscard={discard} />
      {changedMeanwhile && (
        <p role="status" className={styles.notice}>
          The saved split changed since you typed this; it is now: {splitText(summarizeSplit(service.split, l1Statuses)) || "no split"}. Your rows are kept as you typed them;
          save to replace it.
        </p>
      )}
      <p id={meterId} role="status" aria-live="polite" className={allocation.gap === 0 && allocation.badRows.length === 0 ? styles.meter : `${styles.meter} ${styles.off}`}>
        {meterText(allocation)}
      </p>
      <div className={styles.scroll}>
        <table className={styles.table} aria-label={`L1 split of ${service.serviceLabel}`} aria-describedby={meterId}>
          <thead>
            <tr>
              <th scope="col">L1 status</th>
              <th scope="col">Count</th>
              <th scope="col">Reason (L2)</th>
              <th scope="col">Engineering reason (L3)</th>
              <th scope="col">Target date</th>
              <th scope="col">Owner</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className={styles.hidden}>Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const rules = rulesOf(row.l1, l1Statuses);
              const l2Options = l2OptionsFor(row.l1, l2Reasons);
              const l3Options = l3OptionsFor(row.l2, l3Reasons);
              const errors = problems.rows[index] ?? {};
              const name = `row ${index + 1} (${label(row.l1, l1Statuses)})`;
              const fieldError = (field: string) =>
                errors[field] ? (
                  <span id={`${id}-${index}-${field}`} className={styles.fieldError}>
                    {errors[field]}
                  </span>
                ) : null;
              const described = (field: string) => (errors[field] ? { "aria-describedby": `${id}-${index}-${field}`, "aria-invalid": true } : {});
              return (
                <tr key={row.key}>
                  <td>
                    <select aria-label={`L1 status of row ${index + 1}`} value={row.l1} onChange={(event) => change(index, withL1(row, event.target.value, l1Statuses, l2Reasons))} className={styles.input}>
                      {l1Statuses.length === 0 && <option value={row.l1}>{row.l1}</option>}
                      {l1Statuses.map((entry) => (
                        <option key={entry.code} value={entry.code}>
                          {entry.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label={`Entitlements of ${name}`}
                      inputMode="numeric"
                      value={row.count}
                      onChange={(event) => change(index, { ...row, count: event.target.value })}
                      className={`${styles.input} ${styles.count} tabular`}
                      {...described("entitlements")}
                    />
                    {fieldError("entitlements")}
                  </td>
                  <td>
                    {rules.allowsL2 && l2Options.length > 0 ? (
                      <select aria-label={`L2 reason of ${name}`} value={row.l2} onChange={(event) => change(index, withL2(row, event.target.value, l3Reasons))} className={styles.input} {...described("l2")}>
                        <option value="">{rules.requiresL2L3AndNote ? "Choose (required)" : "None"}</option>
                        {l2Options.map((entry) => (
                          <option key={entry.code} value={entry.code}>
                            {entry.label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span className={styles.na}>Not for {label(row.l1, l1Statuses)}</span>
                    )}
                    {fieldError("l2")}
                  </td>
                  <td>
                    {rules.allowsL2 && l2Options.length > 0 ? (
                      <select
                        aria-label={`L3 reason of ${name}`}
                        value={row.l3}
                        disabled={row.l2 === ""}
                        onChange={(event) => change(index, { ...row, l3: event.target.value })}
                        className={styles.input}
                        {...described("l3")}
                      >
                        <option value="">{row.l2 === "" ? "Choose an L2 first" : rules.requiresL2L3AndNote ? "Choose (required)" : "None"}</option>
                        {l3Options.map((entry) => (
                          <option key={entry.code} value={entry.code}>
                            {entry.label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span className={styles.na}>—</span>
                    )}
                    {fieldError("l3")}
                  </td>
                  <td>
                    {rules.allowsTargetDate ? (
                      <input type="date" aria-label={`Target date of ${name}`} value={row.targetDate} onChange={(event) => change(index, { ...row, targetDate: event.target.value })} className={styles.input} {...described("targetDate")} />
                    ) : (
                      <span className={styles.na}>—</span>
                    )}
                    {fieldError("targetDate")}
                  </td>
                  <td>
                    {rules.allowsOwner ? (
                      <input aria-label={`Owner of ${name}`} value={row.owner} maxLength={200} onChange={(event) => change(index, { ...row, owner: event.target.value })} className={`${styles.input} ${styles.owner}`} {...described("owner")} />
                    ) : (
                      <span className={styles.na}>—</span>
                    )}
                    {fieldError("owner")}
                  </td>
                  <td>
                    <textarea
                      aria-label={`Note of ${name}`}
                      value={row.notes}
                      rows={1}
                      maxLength={4000}
                      onChange={(event) => change(index, { ...row, notes: event.target.value })}
                      className={`${styles.input} ${styles.note}`}
                      {...described("notes")}
                    />
                    {fieldError("notes")}
                  </td>
                  <td>
                    <Button size="small" variant="quiet" aria-label={`Remove ${name}`} onPress={() => remove(index)} isDisabled={rows.length === 1}>
                      Remove
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {stale && (
        <div role="alert" className={styles.conflict}>
          <strong>Someone changed this split since you opened it.</strong>
          <span>What you typed is kept. Reload to see their split, then save yours again if it should replace it.</span>
          <Button size="small" onPress={() => void reload()}>
            Reload and re-apply
          </Button>
        </div>
      )}
      {(localProblem || problems.general.length > 0) && (
        <div role="alert" className={styles.problem}>
          {localProblem ?? (
            <>
              <strong>Not saved.</strong> {problems.general.join(" ")}
            </>
          )}
        </div>
      )}
      {problems.noteRefusal && (
        <div className={styles.override}>
          <label className={styles.overrideLabel}>
            Why save the note as it is (at least 10 characters; recorded in the tenant&apos;s history)
            <input value={overrideReason} maxLength={1000} onChange={(event) => setOverrideReason(event.target.value)} className={styles.input} />
          </label>
          <Button size="small" onPress={() => submit(true)} isDisabled={save.isPending}>
            Save anyway
          </Button>
        </div>
      )}
      {save.isError && !stale && problems.general.length === 0 && Object.keys(problems.rows).length > 0 && (
        <p role="alert" className={styles.problem}>
          Not saved: see what to fix at the rows above.
        </p>
      )}
      {notice && (
        <p role="status" className={styles.notice}>
          {notice}
        </p>
      )}
      <div className={styles.actions}>
        <Button size="small" onPress={add}>
          Add L1 row
        </Button>
        <Button size="small" onPress={discard} isDisabled={save.isPending}>
          Discard changes
        </Button>
        <Button size="small" variant="primary" onPress={() => submit()} isDisabled={save.isPending || stale}>
          {save.isPending ? "Saving…" : "Save split"}
        </Button>
      </div>
    </div>
  );
}

/** The split rows as text, for a reader who may not change them. */
export function SplitRowsReadOnly({ service }: { service: TService }) {
  const l1Statuses = useCatalog("l1Statuses");
  const l2Reasons = useCatalog("l2Reasons");
  const l3Reasons = useCatalog("l3Reasons");
  const label = (code: string | null, entries: { code: string; label: string }[]) => (code ? (entries.find((entry) => entry.code === code)?.label ?? code) : "—");
  if (service.split.length === 0) return <p className={styles.muted}>No split recorded.</p>;
  return (
    <div className={styles.scroll}>
      <table className={styles.table} aria-label={`L1 split of ${service.serviceLabel}`}>
        <thead>
          <tr>
            <th scope="col">L1 status</th>
            <th scope="col">Entitlements</th>
            <th scope="col">Reason (L2)</th>
            <th scope="col">Engineering reason (L3)</th>
            <th scope="col">Target date</th>
            <th scope="col">Owner</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {service.split.map((row) => (
            <tr key={row.id}>
              <th scope="row">{label(row.l1, l1Statuses)}</th>
              <td className="tabular">{row.entitlements}</td>
              <td>{label(row.l2, l2Reasons)}</td>
              <td>{label(row.l3, l3Reasons)}</td>
              <td>{row.targetDate ? formatDate(row.targetDate) : "—"}</td>
              <td>{row.owner ?? "—"}</td>
              <td className={styles.noteText}>{row.notes ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
