import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import fieldStyles from "../../components/field.module.css";
import { colleagueSearchQuery } from "./people-queries.ts";
import styles from "./reassign.module.css";

export type Colleague = { id: string; name: string };

type ColleaguePickerProps = { excludeId: string; value: readonly Colleague[]; onChange: (colleagues: Colleague[]) => void; error?: string | undefined };

/** Search by name, pick with ↓ and Enter; each picked colleague is listed with a Remove button. */
export function ColleaguePicker({ excludeId, value, onChange, error }: ColleaguePickerProps) {
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text]);
  const search = useQuery(colleagueSearchQuery(query));
  const picked = new Set(value.map((colleague) => colleague.id));
  const items = (text.trim() ? (search.data?.items ?? []) : [])
    .filter((user) => user.id !== excludeId && !picked.has(user.id))
    .map((user) => ({ id: user.id, name: user.displayName, detail: [user.username, ...user.roles.slice(0, 2)].join(" · ") }));

  const add = (id: string | number | null) => {
    const user = items.find((item) => item.id === id);
    if (!user) return;
    onChange([...value, { id: user.id, name: user.name }]);
    setText("");
  };

  return (
    <div className={styles.picker}>
      <ComboBox
        className={fieldStyles.field}
        items={items}
        inputValue={text}
        onInputChange={setText}
        selectedKey={null}
        onSelectionChange={add}
        menuTrigger="input"
        // Opens as soon as there is text (results arrive a moment later); not after a pick has cleared the text.
        allowsEmptyCollection={text.trim().length > 0}
        isInvalid={Boolean(error)}
      >
        <Label className={fieldStyles.label}>Colleagues who take over</Label>
        <Input className={fieldStyles.input} placeholder="Type a name, username or e-mail" />
        <Text slot="description" className={fieldStyles.description}>
          Each tenant (or customer) goes whole to the colleague with the lightest load.
        </Text>
        <Popover className={fieldStyles.popover} offset={4}>
          <ListBox
            className={fieldStyles.listbox}
            renderEmptyState={() => <p className={styles.empty}>{search.isFetching || query !== text.trim() ? "Searching…" : "No other active colleague matches."}</p>}
          >
            {(item: (typeof items)[number]) => (
              <ListBoxItem id={item.id} textValue={item.name} className={fieldStyles.option}>
                <span>
                  {item.name} <span className={styles.muted}>{item.detail}</span>
                </span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      {error && <p className={fieldStyles.error}>{error}</p>}
      {value.length > 0 ? (
        <ul className={styles.chips} aria-label="Picked colleagues">
          {value.map((colleague) => (
            <li key={colleague.id} className={styles.chip}>
              {colleague.name}
              <Button size="small" variant="quiet" aria-label={`Remove ${colleague.name}`} onPress={() => onChange(value.filter((c) => c.id !== colleague.id))}>
                ×
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.muted}>No colleague picked yet.</p>
      )}
    </div>
  );
}
