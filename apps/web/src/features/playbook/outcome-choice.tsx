import { Checkbox, CheckboxGroup, Label, Radio, RadioGroup, Text } from "react-aria-components";
import styles from "./bvd-outcome.module.css";

type Option = { value: string; label: string };

type RadioChoiceProps = {
  label: string;
  options: readonly Option[];
  value: string;
  onChange: (value: string) => void;
  orientation?: "vertical" | "horizontal";
};

/** A labelled radio group: one tab stop, arrow keys move the choice (APG radio group). */
export function RadioChoice({ label, options, value, onChange, orientation = "vertical" }: RadioChoiceProps) {
  return (
    <RadioGroup className={styles.group} value={value} onChange={onChange} orientation={orientation}>
      <Label className={styles.groupLabel}>{label}</Label>
      <div className={orientation === "horizontal" ? styles.row : styles.column}>
        {options.map((option) => (
          <Radio key={option.value} value={option.value} className={styles.choice}>
            <span aria-hidden="true" className={styles.radioMark} />
            {option.label}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}

type CheckChoiceProps = {
  label: string;
  description?: string;
  options: readonly Option[];
  value: readonly string[];
  onChange: (value: string[]) => void;
};

export function CheckChoice({ label, description, options, value, onChange }: CheckChoiceProps) {
  return (
    <CheckboxGroup className={styles.group} value={[...value]} onChange={onChange}>
      <Label className={styles.groupLabel}>{label}</Label>
      <div className={styles.row}>
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value} className={styles.choice}>
            <span aria-hidden="true" className={styles.checkMark} />
            {option.label}
          </Checkbox>
        ))}
      </div>
      {description && (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      )}
    </CheckboxGroup>
  );
}
