import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text } from "react-aria-components";
import field from "../../components/field.module.css";
import styles from "./portfolio-toolbar.module.css";

export type Choice = { value: string; label: string; disabledWhy?: string | undefined; description?: string | undefined };

type ChoiceSelectProps = {
  label: string;
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
};

/** A select whose unavailable choices stay listed, greyed, with the reason in words. */
export function ChoiceSelect({ label, choices, value, onChange }: ChoiceSelectProps) {
  const disabled = choices.filter((choice) => choice.disabledWhy).map((choice) => choice.value);
  return (
    <Select className={field.field} selectedKey={value} disabledKeys={disabled} onSelectionChange={(key) => key !== null && onChange(String(key))}>
      <Label className={field.label}>{label}</Label>
      <Button className={field.trigger}>
        <SelectValue>{({ selectedText }) => selectedText}</SelectValue>
        <span aria-hidden="true" className={field.chevron}>
          ▼
        </span>
      </Button>
      <Popover className={field.popover} offset={4}>
        <ListBox className={field.listbox} items={choices.map((choice) => ({ id: choice.value, ...choice }))}>
          {(choice) => (
            <ListBoxItem id={choice.id} textValue={choice.label} className={`${field.option} ${styles.choice}`}>
              {({ isSelected }) => (
                <>
                  <span aria-hidden="true" className={field.check}>
                    {isSelected ? "✓" : ""}
                  </span>
                  <span className={styles.choiceText}>
                    <Text slot="label">{choice.label}</Text>
                    {(choice.disabledWhy ?? choice.description) && (
                      <Text slot="description" className={styles.choiceWhy} title={choice.description}>
                        {choice.disabledWhy ?? firstSentence(choice.description ?? "")}
                      </Text>
                    )}
                  </span>
                </>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

/** The list shows a line per choice; the whole description stays in the tooltip. */
function firstSentence(text: string): string {
  const end = text.indexOf(". ");
  return end < 0 ? text : text.slice(0, end + 1);
}
