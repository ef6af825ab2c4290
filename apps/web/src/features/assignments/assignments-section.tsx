import { useQuery } from "@tanstack/react-query";
import type { TAssignment, TAssignmentChange, TTenant } from "@waymark/contracts";
import { useRef, useState } from "react";
import { Announcement } from "../../components/announcement.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { useCatalog } from "../catalogs/catalog-queries.ts";
import { AssignmentForm } from "./assignment-form.tsx";
import { AssignmentRow } from "./assignment-row.tsx";
import { type AssignmentPlace, DEFAULT_TABS, groupAssignments, mayRemove, missingPrimaries, roleInfos, type TabGroup, targetOfTenant } from "./assignments.ts";
import { assignmentsQuery } from "./assignments-queries.ts";
import styles from "./assignments-section.module.css";

/**
 * Who works on the tenant, by function tab (Onboarding, Enterprise, Migration, Partner) and role, including the
 * customer's TPID-level assignments. Readers allowed to assign add and remove people here.
 */
export function AssignmentsSection({ tenant }: { tenant: TTenant }) {
  const assignments = useQuery(assignmentsQuery(tenant.id));
  const roleEntries = useCatalog("assignmentRoles");
  const tabEntries = useCatalog("assignmentFunctionTabs");
  const [announcement, setAnnouncement] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const roles = roleInfos(roleEntries);
  const tabs = tabEntries.length > 0 ? tabEntries.map((entry) => ({ code: entry.code, label: entry.label })) : DEFAULT_TABS;
  const items = assignments.data?.items ?? [];
  const groups = groupAssignments(items, roles, tabs);
  const missing = assignments.data ? missingPrimaries(items, roles) : [];
  const canAssign = tenant.access.assign !== "none";

  const announce = (change: TAssignmentChange) => setAnnouncement(change.messages.join(" "));
  const removed = (change: TAssignmentChange) => {
    announce(change);
    // The row with the focused button is gone; the heading is the nearest stable place.
    headingRef.current?.focus();
  };

  return (
    <section className={styles.section} aria-labelledby="assignments-heading">
      <div className={styles.header}>
        <h2 id="assignments-heading" ref={headingRef} tabIndex={-1} className={styles.title}>
          Assignments {assignments.data && <span className={styles.count}>({items.length})</span>}
        </h2>
      </div>
      <Announcement message={announcement} onDismiss={() => setAnnouncement("")} />
      {!canAssign && <p className={styles.muted}>You may read the assignments here but not change them.</p>}
      {missing.length > 0 && (
        <p className={styles.warning}>
          <span aria-hidden="true">⚠ </span>
          No whole-tenant primary {missing.map((role) => role.label).join(" or ")}: reporting needs one.{canAssign && " Assign one as primary."}
        </p>
      )}
      {assignments.isError ? (
        <ProblemPanel error={assignments.error} onRetry={() => void assignments.refetch()} retrying={assignments.isFetching} />
      ) : !assignments.data ? (
        <p role="status" className={styles.muted}>
          Loading assignments…
        </p>
      ) : (
        <div className={styles.tabs}>
          {groups.map((group) => (
            <TabTable
              key={group.tab}
              place={{ kind: "tenant", id: tenant.id }}
              group={group}
              hasActions={canAssign}
              mayRemoveRow={(item) => mayRemove(item, roles, tenant.access.assign)}
              onRemoved={removed}
            />
          ))}
        </div>
      )}
      {canAssign && <AssignmentForm target={targetOfTenant(tenant)} roles={roles} tabs={tabs} onChanged={announce} />}
    </section>
  );
}

type TabTableProps = {
  place: AssignmentPlace;
  group: TabGroup;
  hasActions: boolean;
  mayRemoveRow: (item: TAssignment) => boolean;
  onRemoved: (change: TAssignmentChange) => void;
};

function TabTable({ place, group, hasActions, mayRemoveRow, onRemoved }: TabTableProps) {
  const headingId = `assignments-tab-${group.tab}`;
  return (
    <div className={styles.tab}>
      <h3 id={headingId} className={styles.tabTitle}>
        {group.label} <span className={styles.count}>({group.count})</span>
      </h3>
      {group.count === 0 ? (
        <p className={styles.muted}>Nobody is assigned in the {group.label} roles.</p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table} aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col">Assignee</th>
                <th scope="col">Applies to</th>
                <th scope="col">Primary</th>
                <th scope="col">Assigned by, when</th>
                {hasActions && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {group.roles.flatMap((role) =>
                role.assignments.map((item) => (
                  <AssignmentRow key={item.id} place={place} item={item} hasActions={hasActions} canRemove={mayRemoveRow(item)} onChanged={onRemoved} />
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
