import { useQuery } from "@tanstack/react-query";
import type { TUser } from "@waymark/contracts";
import { useEffect, useState } from "react";
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import field from "../../components/field.module.css";
import { peopleQuery } from "../assignments/assignments-queries.ts";
import styles from "./reports.module.css";

type PersonFilterProps = { label: string; value: string | undefined; onChange: (userId: string | undefined) => void };

/** Filters by one person: type a name, pick with ↓ and Enter; Clear removes the filter. */
export function PersonFilter({ label, value, onChange }: PersonFilterProps) {
  const [text, setText] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const people = useQuery({ ...peopleQuery(search), enabled: search.length > 0 });
  const items = search ? (people.data?.items ?? []) : [];

  return (
    <div className={styles.person}>
      <ComboBox
        className={field.field}
        items={items}
        inputValue={text}
        onInputChange={setText}
        selectedKey={value ?? null}
        onSelectionChange={(key) => {
          const user = items.find((item) => item.id === key);
          if (user) {
            setText(user.displayName);
            onChange(user.id);
          }
        }}
        menuTrigger="input"
        allowsEmptyCollection={text.trim().length > 0}
      >
        <Label className={field.label}>{label}</Label>
        <Input className={`${field.input} ${value ? styles.activeInput : ""}`} placeholder={value ? "One picked (see below)" : "Anyone: type a name"} />
        <Popover className={field.popover} offset={4}>
          <ListBox className={field.listbox} renderEmptyState={() => <p className={styles.muted}>{people.isFetching ? "Searching…" : "Nobody matches this name."}</p>}>
            {(user: TUser) => (
              <ListBoxItem id={user.id} textValue={user.displayName} className={field.option}>
                {user.displayName} <span className={styles.muted}>{user.username}</span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      {value && (
        <Button
          size="small"
          variant="quiet"
          aria-label={`Clear ${label}`}
          onPress={() => {
            setText("");
            onChange(undefined);
          }}
        >
          Clear
        </Button>
      )}
    </div>
  );
}
