import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import {
  Autocomplete,
  Button,
  Dialog,
  Header,
  Input,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Modal,
  ModalOverlay,
  TextField,
} from "react-aria-components";
import dialogStyles from "../../components/dialog.module.css";
import { problemOf } from "../../lib/api.ts";
import { MIN_SEARCH_LENGTH, isPaletteShortcut, paletteSections } from "./search-palette.ts";
import styles from "./search-palette.module.css";
import { searchQuery } from "./search-queries.ts";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** The header's search field: a click or Ctrl/Cmd+K anywhere opens the palette. */
export function SearchPalette() {
  const [isOpen, setOpen] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isPaletteShortcut(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      <Button className={styles.trigger} onPress={() => setOpen(true)} aria-keyshortcuts="Control+K Meta+K" aria-label="Search everywhere">
        <span className={styles.triggerText}>Search tenants, customers, contacts…</span>
        <kbd className={styles.kbd}>{isMac ? "⌘K" : "Ctrl K"}</kbd>
      </Button>
      <ModalOverlay isOpen={isOpen} onOpenChange={setOpen} isDismissable className={`${dialogStyles.overlay} ${styles.overlay}`}>
        <Modal className={`${dialogStyles.modal} ${styles.modal}`}>
          <Dialog aria-label="Search everywhere" className={`${dialogStyles.dialog} ${styles.dialog}`}>
            <PaletteBody onClose={() => setOpen(false)} />
          </Dialog>
        </Modal>
      </ModalOverlay>
    </>
  );
}

function useDebounced(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

function PaletteBody({ onClose }: { onClose: () => void }) {
  const [text, setText] = useState("");
  const q = useDebounced(text.trim(), 150);
  const enabled = q.length >= MIN_SEARCH_LENGTH;
  const search = useQuery({ ...searchQuery(q), enabled });
  const sections = enabled && search.data ? paletteSections(search.data) : [];
  const hrefs = new Map(sections.flatMap((section) => section.items.map((item) => [item.key, item.href] as const)));
  const navigate = useNavigate();
  const hits = sections.reduce((n, section) => n + section.items.length, 0);

  const emptyText = () => {
    if (text.trim().length < MIN_SEARCH_LENGTH) return "Type a tenant name, tenant ID, TPID, customer, or a contact's name or e-mail.";
    if (search.isError) return `Search failed: ${problemOf(search.error).detail}`;
    if (!enabled || search.isFetching || !search.data) return "Searching…";
    return `No results for “${q}”. Check the spelling, or try part of the name, the tenant ID or the TPID.`;
  };

  return (
    <Autocomplete inputValue={text} onInputChange={setText}>
      <TextField aria-label="Search everywhere" className={styles.field} autoFocus>
        <Input className={styles.input} placeholder="Tenant name, tenant ID, TPID, customer, contact name or e-mail" />
      </TextField>
      <ListBox
        aria-label="Search results"
        className={styles.results}
        onAction={(key) => {
          const href = hrefs.get(String(key));
          if (!href) return;
          onClose();
          void navigate({ href });
        }}
        renderEmptyState={() => <p className={styles.empty}>{emptyText()}</p>}
      >
        {sections.map((section) => (
          <ListBoxSection key={section.id} id={section.id} className={styles.section}>
            <Header className={styles.sectionHeader}>
              {section.title} <span className={styles.count}>{section.count}</span>
            </Header>
            {section.items.map((item) => (
              <ListBoxItem key={item.key} id={item.key} textValue={item.label} className={styles.item}>
                <span className={styles.label}>{item.label}</span>
                <span className={styles.detail}>{item.detail}</span>
              </ListBoxItem>
            ))}
          </ListBoxSection>
        ))}
      </ListBox>
      <p className={styles.footer}>
        <span role="status" className={styles.status}>
          {enabled && search.data ? `${hits} ${hits === 1 ? "result" : "results"} shown` : ""}
        </span>
        <span aria-hidden="true">↑↓ move · Enter open · Esc close</span>
      </p>
    </Autocomplete>
  );
}
