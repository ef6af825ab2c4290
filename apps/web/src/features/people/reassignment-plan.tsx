import type { TReassignmentPlan } from "@waymark/contracts";
import tableStyles from "../../components/record-table.module.css";
import { formatCount } from "../../lib/format.ts";
import { useLabeler } from "../catalogs/catalog-queries.ts";
import styles from "./reassign.module.css";

type ReassignmentPlanProps = { plan: TReassignmentPlan };

const COUNTS: { key: keyof TReassignmentPlan["counts"]; label: string }[] = [
  { key: "tenants", label: "Tenants" },
  { key: "customers", label: "Customers (TPID level)" },
  { key: "assignments", label: "Assignments" },
  { key: "primaries", label: "Primaries" },
  { key: "merged", label: "Merged (already held)" },
];

/** What the reassignment moves: counts, each colleague's load before and what they take over, and every move. */
export function ReassignmentPlan({ plan }: ReassignmentPlanProps) {
  const serviceLabel = useLabeler("services");
  return (
    <div className={styles.plan}>
      <dl className={styles.counts} aria-label={plan.applied ? "Moved" : "Would move"}>
        {COUNTS.map(({ key, label }) => (
          <div key={key} className={styles.count}>
            <dt>{label}</dt>
            <dd className="tabular">{formatCount(plan.counts[key])}</dd>
          </div>
        ))}
      </dl>
      <div className={tableStyles.scroll}>
        <table className={tableStyles.table} aria-label="Per colleague">
          <thead>
            <tr>
              <th scope="col">Colleague</th>
              <th scope="col">Current load (tenants and customers)</th>
              <th scope="col">{plan.applied ? "Took over" : "Taking over"}</th>
              <th scope="col">Assignments</th>
              <th scope="col">Primaries</th>
            </tr>
          </thead>
          <tbody>
            {plan.to.map((person) => (
              <tr key={person.id}>
                <th scope="row">{person.name}</th>
                <td className="tabular">{formatCount(person.currentLoad)}</td>
                <td className="tabular">
                  {formatCount(person.units)} (load {formatCount(person.currentLoad)} → {formatCount(person.currentLoad + person.units)})
                </td>
                <td className="tabular">{formatCount(person.assignments)}</td>
                <td className="tabular">{formatCount(person.primaries)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {plan.moves.length > 0 && (
        <div className={`${tableStyles.scroll} ${styles.moves}`}>
          <table className={tableStyles.table} aria-label="Moves">
            <thead>
              <tr>
                <th scope="col">Tenant / customer</th>
                <th scope="col">Role</th>
                <th scope="col">Service</th>
                <th scope="col">Primary</th>
                <th scope="col">To</th>
              </tr>
            </thead>
            <tbody>
              {plan.moves.map((move) => (
                <tr key={move.assignmentId}>
                  <td>
                    {move.tenantName ?? <span>Customer {move.customerName} (all tenants)</span>}
                    {move.tenantName && <span className={styles.muted}> · {move.customerName}</span>}
                  </td>
                  <td>{move.roleLabel}</td>
                  <td>{move.service ? serviceLabel(move.service) : move.level === "customer" ? "All" : "Whole tenant"}</td>
                  <td>{move.isPrimary ? "Primary" : "No"}</td>
                  <td>
                    {move.to.name}
                    {move.merge && <span className={styles.muted}> (already held: merged)</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
