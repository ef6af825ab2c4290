import type { ReactNode, Ref } from "react";
import { Checkbox, FieldError, Label, Text, TextArea, TextField as AriaTextField } from "react-aria-components";
import { SelectField, type SelectOption } from "../../components/select-field.tsx";
import { TextField } from "../../components/text-field.tsx";
import { CheckChoice } from "../playbook/outcome-choice.tsx";
import { type FormProblems, isCategory, NEXT_ACTION_MAX, type NoteForm, WRITABLE_CATEGORY_OPTIONS } from "./notes.ts";
import styles from "./notes-section.module.css";

type AreaFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows: number;
  description?: ReactNode;
  error?: string | undefined;
  isReadOnly?: boolean;
  textAreaRef?: Ref<HTMLTextAreaElement>;
};

/** A labelled multi-line field whose error is announced with it. */
export function AreaField({ label, value, onChange, rows, description, error, isReadOnly, textAreaRef }: AreaFieldProps) {
  return (
    <AriaTextField className={styles.field} value={value} onChange={onChange} isInvalid={Boolean(error)} validationBehavior="aria" isReadOnly={isReadOnly ?? false}>
      <Label className={styles.label}>{label}</Label>
      <TextArea ref={textAreaRef} className={styles.textarea} rows={rows} />
      {description && (
        <Text slot="description" className={styles.hint}>
          {description}
        </Text>
      )}
      <FieldError className={styles.error}>{error}</FieldError>
    </AriaTextField>
  );
}

type NoteFieldsProps = {
  form: NoteForm;
  onChange: (patch: Partial<NoteForm>) => void;
  problems: FormProblems;
  services: readonly SelectOption[];
  l1Options: readonly SelectOption[];
  isReadOnly: boolean;
  bodyRef: Ref<HTMLTextAreaElement>;
};

/** The structured fields sit above the body, as in the Notes Editor: category, services, task, then the text and the next action. */
export function NoteFields({ form, onChange, problems, services, l1Options, isReadOnly, bodyRef }: NoteFieldsProps) {
  const nextActionLength = form.nextAction.trim().length;
  const entitlement = form.category === "entitlement_status";
  return (
    <div className={styles.fields}>
      <div className={styles.fieldRow}>
        <SelectField
          label="Category"
          options={WRITABLE_CATEGORY_OPTIONS}
          value={form.category}
          onChange={(category) => isCategory(category) && onChange({ category })}
        />
        {entitlement && (
          <SelectField label="L1 status" options={l1Options} value={form.l1 ?? undefined} onChange={(l1) => onChange({ l1: l1 ?? null })} emptyLabel="Not chosen" />
        )}
        <TextField
          label="Task ID (optional)"
          value={form.taskId}
          onChange={(taskId) => onChange({ taskId })}
          error={problems.taskId}
          inputMode="numeric"
          inputClassName={styles.taskInput}
          isReadOnly={isReadOnly}
        />
      </div>
      {services.length > 0 ? (
        <CheckChoice
          label="Services"
          description="None for a note about the whole tenant."
          options={services}
          value={form.services}
          onChange={(chosen) => onChange({ services: chosen })}
        />
      ) : (
        <p className={styles.hint}>This tenant has no services; the note is about the whole tenant.</p>
      )}
      <AreaField
        label="Note"
        value={form.body}
        onChange={(body) => onChange({ body })}
        rows={5}
        error={problems.body}
        isReadOnly={isReadOnly}
        textAreaRef={bodyRef}
        description={
          entitlement
            ? "Say the customer's intent (or lack of it) and the reason why; Suggest rates the note. #Hashtags are picked up."
            : "#Hashtags are picked up. Ctrl+Enter saves."
        }
      />
      <div className={styles.fieldRow}>
        <div className={styles.grow}>
          <AreaField
            label="Next action (optional)"
            value={form.nextAction}
            onChange={(nextAction) => onChange({ nextAction })}
            rows={2}
            error={problems.nextAction}
            isReadOnly={isReadOnly}
            description={
              <span className={nextActionLength > NEXT_ACTION_MAX ? styles.overLimit : undefined}>
                {nextActionLength}/{NEXT_ACTION_MAX} characters
              </span>
            }
          />
        </div>
        <TextField
          label="Next action date"
          type="date"
          value={form.nextActionDate}
          onChange={(nextActionDate) => onChange({ nextActionDate })}
          error={problems.nextActionDate}
          isReadOnly={isReadOnly}
        />
      </div>
      <Checkbox className={styles.checkbox} isSelected={form.escalated} onChange={(escalated) => onChange({ escalated })} isReadOnly={isReadOnly}>
        <span aria-hidden="true" className={styles.checkMark} />
        Escalated
      </Checkbox>
    </div>
  );
}
