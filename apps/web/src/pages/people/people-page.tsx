import type { TUser } from "@waymark/contracts";
import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { Announcement } from "../../components/announcement.tsx";
import { Button } from "../../components/button.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { CreateAccountDialog, NEW_ACCOUNT_DRAFT_KEY } from "../../features/people/create-account-dialog.tsx";
import { EditAccountDialog } from "../../features/people/edit-account-dialog.tsx";
import { Pager } from "../../components/pager.tsx";
import { peopleListQuery } from "../../features/people/people-queries.ts";
import { PEOPLE_PAGE_SIZE, type PeopleSearch, validatePeopleSearch } from "../../features/people/people-search.ts";
import { type PersonAction, PeopleTable } from "../../features/people/people-table.tsx";
import { PeopleToolbar } from "../../features/people/people-toolbar.tsx";
import { ReassignDialog } from "../../features/people/reassign-dialog.tsx";
import { ResetPasswordDialog } from "../../features/people/reset-password-dialog.tsx";
import { mayReassignWork } from "../../features/people/roles.ts";
import { useCurrentUser } from "../../features/session/session-queries.ts";
import { isTypingTarget } from "../../lib/keyboard.ts";
import { useHasSessionDraft } from "../../lib/session-draft-hook.ts";
import styles from "../../components/list-page.module.css";
import { draftMarked } from "../../lib/session-draft.ts";
import own from "./people-page.module.css";

type Open = { action: PersonAction; user: TUser } | { action: "create" } | null;

export function PeoplePage() {
  const me = useCurrentUser();
  const isAdmin = me?.isAdministrator ?? false;
  const mayReassign = me ? mayReassignWork(me) : false;
  if (!isAdmin && !mayReassign) {
    return (
      <div className={styles.page}>
        <PageHeading className={styles.title}>People</PageHeading>
        <p className={styles.state}>
          People is for administrators and for the Assigned and Assignment roles (such as Team Manager or FastTrack Team Lead). Ask an administrator if
          you need to manage accounts or move someone's work.
        </p>
      </div>
    );
  }
  return <PeopleDirectory isAdmin={isAdmin} />;
}

function PeopleDirectory({ isAdmin }: { isAdmin: boolean }) {
  const search = useSearch({ from: "/app/people" });
  const hasAccountDraft = useHasSessionDraft(NEW_ACCOUNT_DRAFT_KEY);
  const navigate = useNavigate({ from: "/people" });
  const list = useQuery(peopleListQuery(search));
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState("");
  const searchRef = useRef<HTMLInputElement>(null);
  const offset = search.offset ?? 0;
  const actions: PersonAction[] = isAdmin ? ["edit", "reset", "reassign"] : ["reassign"];

  const update = (patch: Partial<PeopleSearch>) =>
    void navigate({
      search: (previous) => ({ ...validatePeopleSearch(previous), ...patch, offset: "offset" in patch ? patch.offset || undefined : undefined }),
      replace: "q" in patch,
    });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      searchRef.current?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  const close = () => setOpen(null);
  const data = list.data;
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <PageHeading className={styles.title}>People</PageHeading>
        <span className={styles.spacer} />
        {data && <Pager nothing="No accounts" offset={offset} pageSize={PEOPLE_PAGE_SIZE} shown={data.items.length} total={data.total} onOffsetChange={(next) => update({ offset: next })} />}
        {isAdmin && (
          <Button variant="primary" onPress={() => setOpen({ action: "create" })}>
            {draftMarked("New account…", hasAccountDraft)}
          </Button>
        )}
      </header>
      {!isAdmin && (
        <p className={own.readOnly}>
          Read-only: only administrators create or change accounts. As an Assigned and Assignment role you can move a person's work to colleagues.
        </p>
      )}
      <PeopleToolbar search={search} onChange={update} searchRef={searchRef} />
      <Announcement message={message} onDismiss={() => setMessage("")} />
      <div className={styles.tableArea}>
        {list.isError && <ProblemPanel error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />}
        {!data ? (
          !list.isError && (
            <p className={styles.state} role="status">
              Loading people…
            </p>
          )
        ) : data.items.length > 0 ? (
          <PeopleTable items={data.items} total={data.total} offset={data.offset} isBusy={list.isPlaceholderData} actions={actions} onAction={(action, user) => setOpen({ action, user })} />
        ) : (
          <div className={styles.state}>
            <p>
              No accounts match{search.q ? ` “${search.q}”` : ""}
              {search.disabled ? "" : " among active accounts"}.
            </p>
            {(search.q || !search.disabled) && (
              <Button size="small" onPress={() => update({ q: undefined, disabled: "shown" })}>
                Clear the search and show disabled accounts
              </Button>
            )}
          </div>
        )}
      </div>
      <p className={styles.hint}>
        <kbd>/</kbd> search · <kbd>j</kbd> <kbd>k</kbd> or <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Tab</kbd> to the row's actions · <kbd>Enter</kbd> {actions[0] === "edit" ? "edit" : "reassign"}
      </p>
      <CreateAccountDialog isOpen={open?.action === "create"} onClose={close} onCreated={(user) => setMessage(`Created ${user.displayName}'s account (${user.username}).`)} />
      {open?.action === "edit" && (
        <EditAccountDialog
          user={open.user}
          onClose={close}
          onSaved={(_user, text) => {
            setMessage(text);
            close();
          }}
        />
      )}
      {open?.action === "reset" && <ResetPasswordDialog user={open.user} onClose={close} />}
      {open?.action === "reassign" && <ReassignDialog user={open.user} onClose={close} onDone={setMessage} />}
    </div>
  );
}
