import type { TConsent, TRecordConsent } from "@waymark/contracts";
import { type FormEvent, useState } from "react";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { TextField } from "../../components/text-field.tsx";
import { problemOf } from "../../lib/api.ts";
import { useSessionDraft } from "../../lib/session-draft-hook.ts";
import { SessionDraftNote } from "../../lib/session-draft-note.tsx";
import { useCatalog } from "../catalogs/catalog-queries.ts";
import { fieldProblemsOf } from "./contacts.ts";
import { useRecordConsent } from "./contacts-queries.ts";
import styles from "./contacts-section.module.css";

type RecordConsentFormProps = {
  tenantId: string;
  contact: { id: string; name: string };
  scope?: string;
  onRecorded: (consent: TConsent) => void;
  onCancel?: () => void;
};

/** The tab's draft key of a consent being recorded for one contact (with a preset scope, as a referral asks for it, apart). */
export const consentDraftKey = (tenantId: string, contactId: string, presetScope?: string) => `consent:${tenantId}:${contactId}${presetScope ? `:${presetScope}` : ""}`;

/** What the person agreed to, how, in the words used; when is now. */
export function RecordConsentForm({ tenantId, contact, scope: presetScope, onRecorded, onCancel }: RecordConsentFormProps) {
  const scopes = useCatalog("consentScopes");
  const methods = useCatalog("consentMethods");
  // Kept in the tab until recorded or cancelled, so a reload loses nothing of the statement.
  const draft = useSessionDraft(consentDraftKey(tenantId, contact.id, presetScope), { scope: presetScope ?? "", method: "verbal", statement: "" });
  const { scope, method, statement } = draft.value;
  const setScope = (next: string) => draft.set((current) => ({ ...current, scope: next }));
  const setMethod = (next: string) => draft.set((current) => ({ ...current, method: next }));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const record = useRecordConsent(tenantId, contact.id);
  const shown = { ...(record.error ? fieldProblemsOf(problemOf(record.error)) : {}), ...problems };
  const chosenScope = scope || scopes[0]?.code || "";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const found: Record<string, string> = {};
    if (!chosenScope) found.scope = "Pick what the person agreed to.";
    if (!statement.trim()) found.statement = "Write what the person was told and agreed to, in the words used.";
    setProblems(found);
    record.reset();
    if (Object.keys(found).length > 0 || record.isPending) return;
    record.mutate(
      { scope: chosenScope as TRecordConsent["scope"], method: method as TRecordConsent["method"], statement: statement.trim() },
      {
        onSuccess: (consent) => {
          draft.clear();
          onRecorded(consent);
        },
      },
    );
  };

  return (
    <form className={styles.subForm} onSubmit={submit} aria-label={`Record consent for ${contact.name}`} noValidate>
      <SessionDraftNote draft={draft} />
      <SelectField label="Agreed to" options={scopes.map((entry) => ({ value: entry.code, label: entry.label }))} value={chosenScope || undefined} onChange={(value) => setScope(value ?? "")} />
      {shown.scope && <p className={styles.error}>{shown.scope}</p>}
      <SelectField label="How" options={methods.map((entry) => ({ value: entry.code, label: entry.label }))} value={method} onChange={(value) => setMethod(value ?? "verbal")} />
      <TextField
        label="Statement"
        description="What the person was told and agreed to, in the words used."
        value={statement}
        onChange={(next) => draft.set((current) => ({ ...current, statement: next }))}
        error={shown.statement}
      />
      {record.isError && Object.keys(fieldProblemsOf(problemOf(record.error))).length === 0 && <ProblemPanel error={record.error} />}
      <div className={styles.dialogActions}>
        {onCancel && (
          <Button
            onPress={() => {
              draft.clear();
              onCancel();
            }}
            isDisabled={record.isPending}
          >
            Cancel
          </Button>
        )}
        <Button type="submit" variant="primary" isDisabled={record.isPending}>
          {record.isPending ? "Recording…" : "Record consent"}
        </Button>
      </div>
    </form>
  );
}
