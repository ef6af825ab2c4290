import type { TAssignmentChange, TAssignmentInput, TUser } from "@waymark/contracts";
import { type FormEvent, useId, useState } from "react";
import { Checkbox } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { type AssignmentTarget, assignableRoles, type RoleInfo, type TabInfo } from "./assignments.ts";
import { useAddAssignment } from "./assignments-queries.ts";
import { PersonPicker } from "./person-picker.tsx";
import styles from "./assignments-section.module.css";

const WHOLE_PLACE = "__whole__";

type AssignmentFormProps = {
  /** The tenant or customer (TPID level) people are assigned to. */
  target: AssignmentTarget;
  roles: readonly RoleInfo[];
  tabs: readonly TabInfo[];
  onChanged: (change: TAssignmentChange) => void;
};

type Problems = { person?: string; role?: string };

/**
 * Assigns a person to the tenant (or one of its services) or to the customer at TPID level in a role; a refusal is shown
 * here with everything still filled in.
 */
export function AssignmentForm({ target, roles, tabs, onChanged }: AssignmentFormProps) {
  const [person, setPerson] = useState<TUser | null>(null);
  const [role, setRole] = useState<string | undefined>();
  const [place, setPlace] = useState(WHOLE_PLACE);
  const [isPrimary, setPrimary] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [pickerKey, setPickerKey] = useState(0);
  const titleId = useId();
  const add = useAddAssignment(target, (change) => {
    onChanged(change);
    setPerson(null);
    setPrimary(false);
    setPickerKey((key) => key + 1);
  });

  const partnerOnly = target.assign === "partner_roles";
  const kind = target.kind === "tenant" ? "tenant" : "customer";
  const tabLabel = (code: string) => tabs.find((tab) => tab.code === code)?.label ?? code;
  const roleOptions = assignableRoles(roles, target.assign).map((entry) => ({
    value: entry.code,
    label: `${entry.abbreviation} · ${entry.label} (${tabLabel(entry.functionTab)})`,
  }));
  const placeOptions = [
    { value: WHOLE_PLACE, label: target.kind === "tenant" ? "Whole tenant" : "Whole customer (TPID)" },
    ...target.services.map((service) => ({ value: service.service, label: service.serviceLabel })),
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Problems = {
      ...(person ? {} : { person: "Choose the person to assign: type part of their name and pick them from the list." }),
      ...(role ? {} : { role: `Choose the role they take on this ${kind}.` }),
    };
    setProblems(found);
    if (!person || !role || add.isPending) return;
    const input: TAssignmentInput = { userId: person.id, role: role as TAssignmentInput["role"], service: place === WHOLE_PLACE ? null : (place as TAssignmentInput["service"]), isPrimary };
    add.mutate(input);
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.formTitle}>
        Assign someone
      </h3>
      {partnerOnly && <p className={styles.muted}>As a partner user you assign your organisation's people in the Partner roles only.</p>}
      <div className={styles.formRow}>
        <PersonPicker
          key={pickerKey}
          person={person}
          onChange={(picked) => {
            setPerson(picked);
            if (picked) setProblems(({ person: _, ...rest }) => rest);
          }}
          error={problems.person}
          isDisabled={add.isPending}
        />
        <div className={styles.selectWithError}>
          <SelectField
            label="Role"
            options={roleOptions}
            value={role}
            emptyLabel="Choose a role…"
            onChange={(value) => {
              setRole(value);
              if (value) setProblems(({ role: _, ...rest }) => rest);
            }}
          />
          {problems.role && <p role="alert" className={styles.fieldError}>{problems.role}</p>}
        </div>
        {placeOptions.length > 1 && <SelectField label="Applies to" options={placeOptions} value={place} onChange={(value) => setPlace(value ?? WHOLE_PLACE)} />}
        <Checkbox className={styles.checkbox} isSelected={isPrimary} onChange={setPrimary} isDisabled={add.isPending}>
          <span aria-hidden="true" className={styles.checkMark} />
          Primary (replaces the current primary in this role)
        </Checkbox>
      </div>
      {add.isError && <ProblemPanel error={add.error} />}
      <div className={styles.actions}>
        {/* Pending, not disabled: a disabled button drops focus to the page, out of a dialog's focus trap. */}
        <Button type="submit" variant="primary" isPending={add.isPending}>
          {add.isPending ? "Assigning…" : "Add assignment"}
        </Button>
      </div>
    </form>
  );
}
