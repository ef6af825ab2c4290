import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from "react-aria-components";
import styles from "./field.module.css";

export type SelectOption = { value: string; label: string };

type SelectFieldProps = {
  label: string;
  options: readonly SelectOption[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  /** The label of the "no value" entry; omit it to make a value mandatory. */
  emptyLabel?: string;
  /** "side" puts the label before the button, for selects in a header row. */
  labelPosition?: "top" | "side";
};

const EMPTY = "__all__";

/** A single-choice select; the highlighted border says a filter is applied, the value text says which. */
export function SelectField({ label, options, value, onChange, emptyLabel, labelPosition = "top" }: SelectFieldProps) {
  const items = emptyLabel === undefined ? options : [{ value: EMPTY, label: emptyLabel }, ...options];
  const isActive = emptyLabel !== undefined && value !== undefined;
  return (
    <Select
      className={labelPosition === "side" ? styles.sideField : styles.field}
      selectedKey={value ?? (emptyLabel === undefined ? null : EMPTY)}
      onSelectionChange={(key) => onChange(key === null || key === EMPTY ? undefined : String(key))}
    >
      <Label className={styles.label}>{label}</Label>
      <Button className={[styles.trigger, isActive && styles.active].filter(Boolean).join(" ")}>
        <SelectValue />
        <span aria-hidden="true" className={styles.chevron}>
          ▼
        </span>
      </Button>
      <Popover className={styles.popover} offset={4}>
        <ListBox className={styles.listbox} items={items.map((item) => ({ id: item.value, ...item }))}>
          {(item) => (
            <ListBoxItem id={item.id} textValue={item.label} className={styles.option}>
              {({ isSelected }) => (
                <>
                  <span aria-hidden="true" className={styles.check}>
                    {isSelected ? "✓" : ""}
                  </span>
                  {item.label}
                </>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
