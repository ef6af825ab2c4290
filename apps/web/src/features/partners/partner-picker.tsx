import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from "react-aria-components";
import { PARTNER_PICKER_SIZE, partnerSearchQuery } from "./partners-queries.ts";
import { mpnText } from "./partners.ts";
import field from "../../components/field.module.css";
import styles from "./partners-section.module.css";

const SEARCH_DELAY_MS = 250;

export type PickedPartner = { id: string; name: string };

type PartnerPickerProps = {
  label?: string;
  partner: PickedPartner | null;
  onChange: (partner: PickedPartner | null) => void;
  error?: string | undefined;
  isDisabled?: boolean;
};

/** A combobox over the partner organisations, searched by name or MPN ID as one types; remount it to clear it. */
export function PartnerPicker({ label = "Partner", partner, onChange, error, isDisabled = false }: PartnerPickerProps) {
  const [text, setText] = useState(partner?.name ?? "");
  const [search, setSearch] = useState(text);
  const partners = useQuery(partnerSearchQuery(search.trim()));
  const items = (partners.data?.items ?? []).map((item) => ({ id: item.id, name: item.name, meta: [mpnText(item.mpnId), item.city, item.country].filter(Boolean).join(" · ") }));
  // The picked partner stays an option while the list refreshes, so the combobox keeps showing it.
  const options = partner && !items.some((item) => item.id === partner.id) ? [{ ...partner, meta: "" }, ...items] : items;

  useEffect(() => {
    const timer = setTimeout(() => setSearch(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <ComboBox
      className={field.field}
      items={options}
      inputValue={text}
      onInputChange={(value) => {
        setText(value);
        if (partner && value !== partner.name) onChange(null);
      }}
      selectedKey={partner?.id ?? null}
      onSelectionChange={(key) => {
        const picked = options.find((option) => option.id === key);
        onChange(picked ? { id: picked.id, name: picked.name } : null);
      }}
      menuTrigger="focus"
      allowsEmptyCollection
      isDisabled={isDisabled}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label className={field.label}>{label}</Label>
      <div className={styles.comboRow}>
        <Input className={`${field.input} ${styles.comboInput}`} placeholder="Type a name or MPN ID…" />
        <Button className={styles.comboButton} aria-label="Show partners">
          <span aria-hidden="true">▼</span>
        </Button>
      </div>
      <Text slot="description" className={field.description}>
        {partners.isError
          ? "Partners could not be searched; try again."
          : partners.isFetching
            ? "Searching…"
            : `${items.length} found${items.length === PARTNER_PICKER_SIZE ? " (type more to narrow)" : ""}`}
      </Text>
      <FieldError className={field.error}>{error}</FieldError>
      <Popover className={field.popover} offset={4}>
        <ListBox
          className={field.listbox}
          renderEmptyState={() => <p className={styles.noMatch}>{partners.isFetching ? "Searching…" : "No partner organisation matches; an administrator registers new ones."}</p>}
        >
          {(item: (typeof options)[number]) => (
            <ListBoxItem id={item.id} textValue={item.name} className={field.option}>
              <span className={styles.optionText}>
                <span>{item.name}</span>
                {item.meta && <span className={styles.optionMeta}>{item.meta}</span>}
              </span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
