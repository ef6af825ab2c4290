import { useQuery } from "@tanstack/react-query";
import type { TAssignment, TAssignmentChange } from "@waymark/contracts";
import { useRef, useState } from "react";
import { Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Announcement } from "../../components/announcement.tsx";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { useCatalog } from "../catalogs/catalog-queries.ts";
import { useCurrentUser } from "../session/session-queries.ts";
import { tenantQuery } from "../tenants/tenant-queries.ts";
import { AssignmentForm } from "./assignment-form.tsx";
import { customerAssignRight, assignmentsLabel } from "./assignment-rights.ts";
import { AssignmentRow } from "./assignment-row.tsx";
import { type AssignmentPlace, type AssignmentTarget, DEFAULT_TABS, mayRemove, orderedAssignments, roleInfos, targetOfTenant } from "./assignments.ts";
import { placeAssignmentsQuery } from "./assignments-queries.ts";
import styles from "./assignments-dialog.module.css";

/** A record of a list whose assignments are shown: a tenant or a customer, with the name the dialog is titled by. */
export type AssignmentsRecord = AssignmentPlace & { name: string };

type AssignmentsDialogProps = {
  /** The record whose assignments are open; none closes the dialog. */
  record: AssignmentsRecord | null;
  onClose: () => void;
  /** After an assignment was added or removed: the list behind refreshes its rows (FM and primary columns). */
  onChanged: () => void;
};

/**
 * A record's current assignments, from a list (the Portfolio), and a form to add someone when the reader may. Modal:
 * focus stays inside, Escape closes it and focus goes back to the button that opened it.
 */
export function AssignmentsDialog({ record, onClose, onChanged }: AssignmentsDialogProps) {
  return (
    <ModalOverlay className={styles.overlay} isOpen={record !== null} onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className={styles.modal}>
        <Dialog className={styles.dialog}>
          {record && <AssignmentsBody key={`${record.kind}:${record.id}`} record={record} onClose={onClose} onChanged={onChanged} />}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function AssignmentsBody({ record, onClose, onChanged }: { record: AssignmentsRecord; onClose: () => void; onChanged: () => void }) {
  const place: AssignmentPlace = { kind: record.kind, id: record.id };
  const assignments = useQuery(placeAssignmentsQuery(place));
  const tenant = useQuery({ ...tenantQuery(record.id), enabled: record.kind === "tenant" });
  const me = useCurrentUser();
  const roles = roleInfos(useCatalog("assignmentRoles"));
  const tabEntries = useCatalog("assignmentFunctionTabs");
  const tabs = tabEntries.length > 0 ? tabEntries.map((entry) => ({ code: entry.code, label: entry.label })) : DEFAULT_TABS;
  const [announcement, setAnnouncement] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const items = assignments.data?.items ?? [];

  // A tenant answers for itself (its access object, as on the tenant page); a customer's right follows from the session.
  const target: AssignmentTarget | null =
    record.kind === "tenant"
      ? tenant.data
        ? targetOfTenant(tenant.data)
        : null
      : assignments.data
        ? { ...place, name: record.name, assign: customerAssignRight(me, items), services: [] }
        : null;
  const assign = target?.assign ?? "none";
  const canAssign = assign !== "none";
  const ordered = orderedAssignments(items, roles, tabs);

  const changed = (change: TAssignmentChange) => {
    setAnnouncement(change.messages.join(" "));
    onChanged();
    // A removed row takes its focused button with it: the title is the nearest stable place, inside the dialog.
    requestAnimationFrame(() => {
      const dialog = headingRef.current?.closest('[role="dialog"]');
      if (dialog && !dialog.contains(document.activeElement)) headingRef.current?.focus();
    });
  };

  return (
    <div className={styles.body}>
      <div className={styles.header}>
        <Heading slot="title" ref={headingRef} tabIndex={-1} className={styles.title}>
          {assignmentsLabel(record.name)}
        </Heading>
        <Button variant="quiet" size="small" onPress={onClose}>
          Close
        </Button>
      </div>
      <p className={styles.intro}>
        {record.kind === "tenant"
          ? "Who works on this tenant: on the whole tenant, on one of its services, and its customer's (TPID level) people."
          : "Customer (TPID) level assignments: each gives read and write on every tenant of the customer."}
      </p>
      {target && !canAssign && <p className={styles.muted}>You may read these assignments but not change them.</p>}
      <Announcement message={announcement} onDismiss={() => setAnnouncement("")} />
      {assignments.isError ? (
        <ProblemPanel error={assignments.error} onRetry={() => void assignments.refetch()} retrying={assignments.isFetching} />
      ) : !assignments.data ? (
        <p role="status" className={styles.muted}>
          Loading assignments…
        </p>
      ) : ordered.length === 0 ? (
        <p className={styles.muted}>Nobody is assigned {record.kind === "tenant" ? "to this tenant" : "at customer level"} yet.</p>
      ) : (
        <AssignmentsTable place={place} name={record.name} items={ordered} hasActions={canAssign} mayRemoveRow={(item) => mayRemove(item, roles, assign)} onChanged={changed} />
      )}
      {tenant.isError && <ProblemPanel error={tenant.error} onRetry={() => void tenant.refetch()} retrying={tenant.isFetching} />}
      {target && canAssign && <AssignmentForm target={target} roles={roles} tabs={tabs} onChanged={changed} />}
    </div>
  );
}

type AssignmentsTableProps = {
  place: AssignmentPlace;
  name: string;
  items: TAssignment[];
  hasActions: boolean;
  mayRemoveRow: (item: TAssignment) => boolean;
  onChanged: (change: TAssignmentChange) => void;
};

function AssignmentsTable({ place, name, items, hasActions, mayRemoveRow, onChanged }: AssignmentsTableProps) {
  return (
    <div className={styles.scroll}>
      <table className={styles.table} aria-label={`Current assignments of ${name}`}>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Person</th>
            <th scope="col">Applies to</th>
            <th scope="col">Primary</th>
            <th scope="col">Assigned by, since</th>
            {hasActions && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <AssignmentRow key={item.id} place={place} item={item} hasActions={hasActions} canRemove={mayRemoveRow(item)} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
