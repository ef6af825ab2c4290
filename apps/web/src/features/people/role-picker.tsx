import { Checkbox, CheckboxGroup, FieldError, Label, Text } from "react-aria-components";
import { ACCESS_LEVEL_HINTS, ACCESS_LEVEL_LABELS, rolesByLevel } from "./roles.ts";
import styles from "./people-dialog.module.css";

type RolePickerProps = { value: readonly string[]; onChange: (roles: string[]) => void; error?: string | undefined };

const GROUPS = rolesByLevel();

/** Roles as checkboxes under the access level each grants; the highest level ticked is the one that applies. */
export function RolePicker({ value, onChange, error }: RolePickerProps) {
  return (
    <CheckboxGroup className={styles.group} value={[...value]} onChange={onChange} isInvalid={Boolean(error)} validationBehavior="aria">
      <Label className={styles.groupLabel}>Roles</Label>
      <Text slot="description" className={styles.description}>
        The highest access level among the ticked roles applies.
      </Text>
      <div className={styles.levels}>
        {GROUPS.map((group) => (
          <div key={group.level} className={styles.level} role="group" aria-labelledby={`level-${group.level}`}>
            <span id={`level-${group.level}`} className={styles.levelName}>
              {ACCESS_LEVEL_LABELS[group.level]} level
            </span>
            <span className={styles.levelHint}>{ACCESS_LEVEL_HINTS[group.level]}</span>
            {group.roles.map((role) => (
              <Checkbox key={role.code} value={role.code} className={styles.choice}>
                <span aria-hidden="true" className={styles.checkMark} />
                {role.label}
              </Checkbox>
            ))}
          </div>
        ))}
      </div>
      <FieldError className={styles.error}>{error}</FieldError>
    </CheckboxGroup>
  );
}
