import type { TUser } from "@waymark/contracts";
import type { KeyboardEvent, Ref } from "react";
import { Button, Menu, MenuItem, MenuTrigger, Popover } from "react-aria-components";
import fieldStyles from "../../components/field.module.css";
import { draftMarked } from "../../lib/session-draft.ts";
import { accessLevelLabel, roleLabel } from "./roles.ts";
import { type RowKeys, useRowFocus } from "../../lib/row-focus.ts";
import { useSessionDraftCheck } from "../../lib/session-draft-hook.ts";
import { editAccountDraftKey } from "./edit-account-dialog.tsx";
import { reassignDraftKey } from "./reassign-dialog.tsx";
import styles from "./people-table.module.css";

export type PersonAction = "edit" | "reset" | "reassign";

type PeopleTableProps = {
  tableRef?: Ref<HTMLTableElement>;
  items: TUser[];
  total: number;
  offset: number;
  isBusy: boolean;
  actions: readonly PersonAction[];
  onAction: (action: PersonAction, user: TUser) => void;
};

const ACTION_LABELS: Record<PersonAction, string> = { edit: "Edit…", reset: "Reset password…", reassign: "Reassign their work…" };
const ROW_KEYS: RowKeys = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, Home: "first", End: "last" };

/** The state in words, with a glyph, so colour is never the only signal. */
function StateText({ user }: { user: TUser }) {
  if (user.disabled) return <span className={styles.disabled}>⊘ Disabled</span>;
  if (user.mustChangePassword) return <span className={styles.pending}>! Must change password</span>;
  return <span className={styles.active}>✓ Active</span>;
}

/**
 * Accounts, one tab stop: j/k and the arrow keys move the focused row, Tab reaches that row's Actions menu, Enter runs the
 * first action. Other rows' menus stay out of the tab order.
 */
export function PeopleTable({ tableRef, items, total, offset, isBusy, actions, onAction }: PeopleTableProps) {
  const { focusedIndex, setFocusedIndex, rowRefs, moveFocus } = useRowFocus(items.length, ROW_KEYS);
  const hasDraft = useSessionDraftCheck();
  // A form whose input waits in this tab says so on its menu item, like the other forms' openers.
  const draftKeys: Partial<Record<PersonAction, (userId: string) => string>> = { edit: editAccountDraftKey, reassign: reassignDraftKey };
  const labelOf = (action: PersonAction, user: TUser) => {
    const key = draftKeys[action]?.(user.id);
    return draftMarked(ACTION_LABELS[action], key !== undefined && hasDraft(key));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || moveFocus(event)) return;
    const user = items[focusedIndex];
    const first = actions[0];
    if (event.key === "Enter" && user && first && event.target instanceof HTMLTableRowElement) {
      event.preventDefault();
      onAction(first, user);
    }
  };

  return (
    <table ref={tableRef} aria-label="People" aria-rowcount={total + 1} aria-busy={isBusy || undefined} className={`${styles.table} ${isBusy ? styles.busy : ""}`}>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col">Name</th>
          <th scope="col">E-mail</th>
          <th scope="col">Roles</th>
          <th scope="col" style={{ width: 130 }}>Access level</th>
          <th scope="col" style={{ width: 110 }}>Partner</th>
          <th scope="col" style={{ width: 56 }}>SSO</th>
          <th scope="col" style={{ width: 150 }}>State</th>
          {actions.length > 0 && <th scope="col" style={{ width: 96 }}>Actions</th>}
        </tr>
      </thead>
      <tbody onKeyDown={onKeyDown}>
        {items.map((user, index) => (
          <tr
            key={user.id}
            ref={(element) => {
              rowRefs.current[index] = element;
            }}
            tabIndex={index === focusedIndex ? 0 : -1}
            aria-rowindex={offset + index + 2}
            className={styles.row}
            onFocus={() => setFocusedIndex(index)}
          >
            <td>
              <span className={styles.name}>{user.displayName}</span>
              <span className={styles.subline}>
                {user.username}
                {user.isAdministrator && " · administrator"}
              </span>
            </td>
            <td className={styles.clip}>{user.email ?? <span className={styles.muted}>none</span>}</td>
            <td>
              {user.roles.length === 0 ? (
                <span className={styles.muted}>no roles</span>
              ) : (
                <ul className={styles.tags} aria-label={`Roles of ${user.displayName}`}>
                  {user.roles.map((role) => (
                    <li key={role} className={styles.tag}>
                      {roleLabel(role)}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>{accessLevelLabel(user.accessLevel)}</td>
            <td className={styles.clip}>{user.partner?.name ?? <span className={styles.muted}>—</span>}</td>
            <td>{user.singleSignOn ? "Yes" : "No"}</td>
            <td>
              <StateText user={user} />
            </td>
            {actions.length > 0 && (
              <td>
                <MenuTrigger>
                  <Button className={styles.action} excludeFromTabOrder={index !== focusedIndex} aria-label={`Actions for ${user.displayName}`}>
                    Actions <span aria-hidden="true">▾</span>
                  </Button>
                  <Popover className={fieldStyles.popover} placement="bottom end" offset={4}>
                    <Menu className={fieldStyles.listbox} onAction={(key) => onAction(key as PersonAction, user)}>
                      {actions.map((action) => (
                        <MenuItem key={action} id={action} className={fieldStyles.option}>
                          {labelOf(action, user)}
                        </MenuItem>
                      ))}
                    </Menu>
                  </Popover>
                </MenuTrigger>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
