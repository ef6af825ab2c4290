import type { TAssignment, TAssignmentChange } from "@waymark/contracts";
import { useEffect, useRef, useState } from "react";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { type AssignmentPlace, assigneeLabel, placeLabel } from "./assignments.ts";
import { useRemoveAssignment } from "./assignments-queries.ts";
import styles from "./assignments-section.module.css";

type AssignmentRowProps = {
  /** Where the list is shown: the change refreshes that list. */
  place: AssignmentPlace;
  item: TAssignment;
  /** The reader may change assignments here, so the table has an actions column. */
  hasActions: boolean;
  canRemove: boolean;
  onChanged: (change: TAssignmentChange) => void;
};

/** One assignment; removing it asks first, in the row, and a refusal stays in the row with the server's reason. */
export function AssignmentRow({ place, item, hasActions, canRemove, onChanged }: AssignmentRowProps) {
  const [confirming, setConfirming] = useState(false);
  const remove = useRemoveAssignment(place, onChanged);
  const confirmId = `assignment-confirm-${item.id}`;
  const removeId = `assignment-remove-${item.id}`;
  const returnFocus = useRef(false);
  const who = assigneeLabel(item);
  const what = `${who} as ${item.isPrimary ? "primary " : ""}${item.roleLabel} (${placeLabel(item)})`;

  useEffect(() => {
    if (confirming) document.getElementById(confirmId)?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      document.getElementById(removeId)?.focus();
    }
  }, [confirming, confirmId, removeId]);

  const cancel = () => {
    returnFocus.current = true;
    setConfirming(false);
    remove.reset();
  };

  return (
    <tr>
      <th scope="row" className={styles.role}>
        {item.roleLabel}
      </th>
      <td>{who}</td>
      <td>
        {item.level === "customer" ? <span className={styles.customerLevel}>Whole customer (TPID)</span> : placeLabel(item)}
      </td>
      <td>
        {item.isPrimary ? (
          <span className={styles.primary}>
            <span aria-hidden="true">★ </span>Primary
          </span>
        ) : (
          <span className={styles.muted}>Not primary</span>
        )}
      </td>
      <td className={styles.assigned}>
        {item.assignedBy ? `${item.assignedBy.name ?? "A former user"}, ` : ""}
        <time dateTime={item.assignedAt}>{formatDateTime(item.assignedAt)}</time>
      </td>
      {hasActions && (
        <td className={styles.rowActions}>
          {!canRemove ? null : confirming ? (
            <div
              className={styles.confirm}
              role="group"
              aria-label={`Confirm removing ${what}`}
              onKeyDown={(event) => {
                if (event.key === "Escape" && !remove.isPending) cancel();
              }}
            >
              <span>Remove {what}?</span>
              <Button id={confirmId} size="small" variant="primary" onPress={() => remove.mutate(item.id)} isPending={remove.isPending}>
                {remove.isPending ? "Removing…" : "Yes, remove"}
              </Button>
              <Button size="small" variant="quiet" onPress={cancel} isDisabled={remove.isPending}>
                Keep
              </Button>
              {remove.isError && <ProblemPanel error={remove.error} />}
            </div>
          ) : (
            <Button id={removeId} size="small" onPress={() => setConfirming(true)} aria-label={`Remove ${what}…`}>
              Remove…
            </Button>
          )}
        </td>
      )}
    </tr>
  );
}
