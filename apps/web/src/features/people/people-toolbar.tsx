import type { Ref } from "react";
import { Switch } from "react-aria-components";
import { SearchBox } from "../../components/search-box.tsx";
import type { PeopleSearch } from "./people-search.ts";
import styles from "./people-toolbar.module.css";

type PeopleToolbarProps = { search: PeopleSearch; onChange: (patch: Partial<PeopleSearch>) => void; searchRef?: Ref<HTMLInputElement> };

export function PeopleToolbar({ search, onChange, searchRef }: PeopleToolbarProps) {
  return (
    <div className={styles.toolbar}>
      <SearchBox label="Search people" placeholder="Name, username or e-mail" value={search.q} onSearch={(q) => onChange({ q })} inputRef={searchRef} keyShortcut="/" />
      <Switch className={styles.toggle} isSelected={search.disabled === "shown"} onChange={(shown) => onChange({ disabled: shown ? "shown" : undefined })}>
        <span aria-hidden="true" className={styles.track} />
        Show disabled accounts
      </Switch>
    </div>
  );
}
