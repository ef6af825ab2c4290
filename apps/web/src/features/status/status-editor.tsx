import type { TTenant } from "@waymark/contracts";
import { useId, useState } from "react";
import { Form } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import fieldStyles from "../../components/field.module.css";
import { SelectField } from "../../components/select-field.tsx";
import { ApiError, problemOf } from "../../lib/api.ts";
import { formatDate } from "../../lib/format.ts";
import { useSessionDraft } from "../../lib/session-draft-hook.ts";
import { SessionDraftNote } from "../../lib/session-draft-note.tsx";
import { useCatalog, useLabeler } from "../catalogs/catalog-queries.ts";
import { editableFields, fieldErrorsOf, formOf, formProblems, patchOf, STATUS_FIELDS, type StatusField, type StatusForm } from "./status.ts";
import { useReloadTenant, useUpdateTenantStatus } from "./status-queries.ts";
import styles from "./status-tab.module.css";

const ENTERPRISE_LEVELS = [1, 2, 3, 4].map((level) => ({ value: String(level), label: `Level ${level}` }));
type Errors = { byField: Partial<Record<StatusField, string>>; other: string[] };
const NO_ERRORS: Errors = { byField: {}, other: [] };

/**
 * Overall status, its date, engagement start date and enterprise level, saved with the version read. A 409 keeps what was
 * typed and offers to reload or re-apply it; a 422 puts each message beside its field.
 */
export function StatusEditor({ tenant }: { tenant: TTenant }) {
  const editable = editableFields(tenant);
  // The values the editing started from travel with the typed ones, so a reload keeps a re-apply to only the touched fields.
  const draft = useSessionDraft<{ base: StatusForm; form: StatusForm }>(`status:${tenant.id}`, { base: formOf(tenant), form: formOf(tenant) }, {
    isEmpty: (value) => STATUS_FIELDS.every((field) => value.form[field] === value.base[field]),
  });
  const { base, form } = draft.value;
  const setForm = (next: (current: StatusForm) => StatusForm) => draft.set((current) => ({ ...current, form: next(current.form) }));
  const restart = (next: TTenant) => draft.clear({ base: formOf(next), form: formOf(next) });
  const [seenVersion, setSeenVersion] = useState(tenant.version);
  const [errors, setErrors] = useState<Errors>(NO_ERRORS);
  const [conflict, setConflict] = useState(false);
  const [notice, setNotice] = useState("");
  const update = useUpdateTenantStatus(tenant.id);
  const reload = useReloadTenant(tenant.id);
  const statuses = useCatalog("overallStatuses").map((entry) => ({ value: entry.code, label: entry.label }));
  const statusLabel = useLabeler("overallStatuses");
  const dirty = STATUS_FIELDS.some((field) => form[field] !== base[field]);

  // Someone else's change (seen on a refetch) replaces an untouched form; typed input is never overwritten.
  if (tenant.version !== seenVersion) {
    setSeenVersion(tenant.version);
    if (!dirty) draft.set({ base: formOf(tenant), form: formOf(tenant) });
  }

  if (editable.size === 0) return null;
  const live = formProblems(form);
  const errorOf = (field: StatusField) => errors.byField[field] ?? live[field];
  const set = (field: StatusField) => (value: string | undefined) => {
    setForm((current) => ({ ...current, [field]: value ?? "" }));
    setErrors((current) => ({ ...current, byField: { ...current.byField, [field]: undefined } }));
    setNotice("");
  };

  async function save(current: TTenant) {
    const patch = patchOf(form, base, current, editable);
    if (!patch) {
      setConflict(false);
      setNotice("Nothing to save: the tenant already has these values.");
      return;
    }
    try {
      const saved = await update.mutateAsync(patch);
      restart(saved);
      setSeenVersion(saved.version);
      setErrors(NO_ERRORS);
      setConflict(false);
      setNotice(`Saved. Overall status: ${saved.overallStatus ? statusLabel(saved.overallStatus) : "not set"}${saved.overallStatusDate ? ` since ${formatDate(saved.overallStatusDate)}` : ""}.`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setConflict(true);
        setErrors(NO_ERRORS);
      } else if (error instanceof ApiError && error.status === 422 && error.problem.errors?.length) {
        setErrors(fieldErrorsOf(error.problem));
      } else {
        setErrors({ byField: {}, other: [problemOf(error).detail || "The status could not be saved."] });
      }
    }
  }

  async function reloadKeepingInput() {
    await reload();
    setConflict(false);
    setNotice("Reloaded: the header shows the tenant as it is now; your input is kept below. Save to apply it.");
  }

  async function reapply() {
    const fresh = await reload();
    await save(fresh);
  }

  function discard() {
    restart(tenant);
    setConflict(false);
    setErrors(NO_ERRORS);
    setNotice("Your changes were discarded.");
  }

  return (
    <Form
      className={styles.editor}
      aria-labelledby="status-editor-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (Object.keys(live).length === 0) void save(tenant);
      }}
    >
      <h3 id="status-editor-heading" className={styles.subTitle}>
        Change the status
      </h3>
      {!tenant.access.canWrite || editable.size < STATUS_FIELDS.length ? (
        <p className={styles.muted}>You may change the overall status and its date; the other fields are set by the tenant's FastTrack Manager.</p>
      ) : null}
      <SessionDraftNote draft={draft} onDiscard={discard} />
      {conflict && (
        <div role="alert" aria-label="Changed meanwhile" className={styles.conflict}>
          <p className={styles.conflictText}>
            <strong>Someone changed this tenant since you opened it.</strong> Your input is kept below. Reload to see their change, or
            re-apply yours on top of it (fields you did not touch keep their change).
          </p>
          <div className={styles.actions}>
            <Button variant="primary" size="small" onPress={() => void reapply()} isDisabled={update.isPending}>
              Re-apply my change
            </Button>
            <Button size="small" onPress={() => void reloadKeepingInput()} isDisabled={update.isPending}>
              Reload
            </Button>
            <Button size="small" variant="quiet" onPress={discard} isDisabled={update.isPending}>
              Discard mine
            </Button>
          </div>
        </div>
      )}
      <div className={styles.fields}>
        {editable.has("overallStatus") && (
          <div className={styles.fieldWithError}>
            <SelectField label="Overall status" options={statuses} value={form.overallStatus || undefined} onChange={set("overallStatus")} emptyLabel="Not set" />
            {errorOf("overallStatus") && <span className={fieldStyles.error}>{errorOf("overallStatus")}</span>}
          </div>
        )}
        {editable.has("overallStatusDate") && (
          <DateField id="overallStatusDate" label="Status date" value={form.overallStatusDate} onChange={set("overallStatusDate")} error={errorOf("overallStatusDate")} />
        )}
        {editable.has("engagementStartDate") && (
          <DateField id="engagementStartDate" label="Engagement start date" value={form.engagementStartDate} onChange={set("engagementStartDate")} error={errorOf("engagementStartDate")} />
        )}
        {editable.has("enterpriseLevel") && (
          <div className={styles.fieldWithError}>
            <SelectField label="Enterprise level" options={ENTERPRISE_LEVELS} value={form.enterpriseLevel || undefined} onChange={set("enterpriseLevel")} emptyLabel="Not an enterprise customer" />
            {errorOf("enterpriseLevel") && <span className={fieldStyles.error}>{errorOf("enterpriseLevel")}</span>}
          </div>
        )}
      </div>
      {errors.other.length > 0 && (
        <ul role="alert" className={styles.otherErrors}>
          {errors.other.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <Button type="submit" variant="primary" isDisabled={update.isPending || !dirty || conflict}>
          {update.isPending ? "Saving…" : "Save status"}
        </Button>
        {dirty && !conflict && (
          <Button variant="quiet" onPress={discard}>
            Cancel
          </Button>
        )}
        <span role="status" className={styles.muted}>
          {notice}
        </span>
      </div>
    </Form>
  );
}

type DateFieldProps = { label: string; value: string; onChange: (value: string) => void; error: string | undefined; id?: string };

/** A native date input; `id` lets a link (a finding's "Fix", `#overallStatusDate`) land on the field. */
function DateField({ label, value, onChange, error, id: anchor }: DateFieldProps) {
  const generated = useId();
  const id = anchor ?? generated;
  return (
    <div className={fieldStyles.field}>
      <label htmlFor={id} className={fieldStyles.label}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        className={`${fieldStyles.input} ${styles.date}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        data-invalid={error ? "" : undefined}
      />
      {error && (
        <span id={`${id}-error`} className={fieldStyles.error}>
          {error}
        </span>
      )}
    </div>
  );
}
