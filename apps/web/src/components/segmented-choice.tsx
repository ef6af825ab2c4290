import type { ReactNode } from "react";
import { Label, Radio, RadioGroup } from "react-aria-components";
import styles from "./segmented-choice.module.css";

type SegmentedChoiceProps<T extends string> = {
  label: string;
  options: readonly { value: T; label: ReactNode }[];
  value: T;
  onChange: (value: T) => void;
};

/** A radio group drawn as joined buttons: one tab stop, arrow keys move the choice (APG radio group). */
export function SegmentedChoice<T extends string>({ label, options, value, onChange }: SegmentedChoiceProps<T>) {
  return (
    <RadioGroup className={styles.segmented} orientation="horizontal" value={value} onChange={(next) => onChange(next as T)}>
      <Label className={styles.segmentedLabel}>{label}</Label>
      <div className={styles.segments}>
        {options.map((option) => (
          <Radio key={option.value} value={option.value} className={styles.segment}>
            {option.label}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
