import { useEffect, useRef, useState, type Ref } from "react";
import { Button, Input, Label, SearchField } from "react-aria-components";
import styles from "./field.module.css";

type SearchBoxProps = {
  label: string;
  value: string | undefined;
  onSearch: (value: string | undefined) => void;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
  keyShortcut?: string;
  delayMs?: number;
};

/** A search field that reports its text after a pause in typing, or at once on Enter; Escape clears it. */
export function SearchBox({ label, value, onSearch, placeholder, inputRef, keyShortcut, delayMs = 250 }: SearchBoxProps) {
  const [text, setText] = useState(value ?? "");
  const lastSent = useRef(value ?? "");

  // The URL can change under us (Back, "Clear filters"); follow it unless it is our own echo.
  useEffect(() => {
    if ((value ?? "") === lastSent.current) return;
    lastSent.current = value ?? "";
    setText(value ?? "");
  }, [value]);

  const send = (next: string) => {
    const trimmed = next.trim();
    if (trimmed === lastSent.current) return;
    lastSent.current = trimmed;
    onSearch(trimmed || undefined);
  };

  useEffect(() => {
    const timer = setTimeout(() => send(text), delayMs);
    return () => clearTimeout(timer);
    // `send` is recreated each render; the debounce only depends on the text.
  }, [text, delayMs]);

  return (
    <SearchField className={styles.field} value={text} onChange={setText} onSubmit={send} onClear={() => send("")}>
      <Label className={styles.label}>{label}</Label>
      <div className={styles.searchWrap}>
        <Input
          ref={inputRef}
          className={`${styles.input} ${styles.searchInput}`}
          placeholder={placeholder}
          aria-keyshortcuts={keyShortcut}
        />
        {text && (
          <Button className={styles.clear} aria-label="Clear search">
            ×
          </Button>
        )}
      </div>
    </SearchField>
  );
}
