import { useQuery } from "@tanstack/react-query";
import type { TUser } from "@waymark/contracts";
import { useEffect, useState } from "react";
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from "react-aria-components";
import { PICKER_SIZE, peopleQuery } from "./assignments-queries.ts";
import field from "../../components/field.module.css";
import styles from "./assignments-section.module.css";

const SEARCH_DELAY_MS = 250;

type PersonPickerProps = {
  person: TUser | null;
  onChange: (person: TUser | null) => void;
  error: string | undefined;
  isDisabled: boolean;
};

/** A combobox that searches people by name as one types (APG combobox with a listbox popup); remount it to clear it. */
export function PersonPicker({ person, onChange, error, isDisabled }: PersonPickerProps) {
  const [text, setText] = useState(person?.displayName ?? "");
  const [search, setSearch] = useState(text);
  const people = useQuery(peopleQuery(search.trim()));
  const items = people.data?.items ?? [];
  // The picked person stays an option while the list refreshes, so the combobox keeps showing them.
  const options = person && !items.some((item) => item.id === person.id) ? [person, ...items] : items;

  useEffect(() => {
    const timer = setTimeout(() => setSearch(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <ComboBox
      className={`${field.field} ${styles.person}`}
      items={options}
      inputValue={text}
      onInputChange={(value) => {
        setText(value);
        if (person && value !== person.displayName) onChange(null);
      }}
      selectedKey={person?.id ?? null}
      onSelectionChange={(key) => onChange(options.find((option) => option.id === key) ?? null)}
      menuTrigger="focus"
      allowsEmptyCollection
      isDisabled={isDisabled}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label className={field.label}>Person</Label>
      <div className={styles.comboRow}>
        <Input className={`${field.input} ${styles.comboInput}`} placeholder="Type a name…" />
        <Button className={styles.comboButton} aria-label="Show people">
          <span aria-hidden="true">▼</span>
        </Button>
      </div>
      <Text slot="description" className={field.description}>
        {people.isError ? "People could not be searched; try again." : people.isFetching ? "Searching…" : `${items.length} found${items.length === PICKER_SIZE ? " (type more to narrow)" : ""}`}
      </Text>
      <FieldError className={field.error}>{error}</FieldError>
      <Popover className={field.popover} offset={4}>
        <ListBox
          className={field.listbox}
          renderEmptyState={() => <p className={styles.noMatch}>{people.isFetching ? "Searching…" : "Nobody matches this name."}</p>}
        >
          {(user: TUser) => (
            <ListBoxItem id={user.id} textValue={user.displayName} className={field.option}>
              <span className={styles.optionText}>
                <span>{user.displayName}</span>
                <span className={styles.optionMeta}>
                  {user.username}
                  {user.partner ? ` · ${user.partner.name}` : ""}
                </span>
              </span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
