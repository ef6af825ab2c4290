import type { TFrpListPreview } from "@waymark/contracts";
import section from "../../components/section.module.css";
import { BadRowsTable } from "./bad-rows-table.tsx";
import styles from "./imports.module.css";

const shown = (value: unknown) => {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (Array.isArray(value)) return value.length > 0 ? value.join("; ") : "(none)";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
};

const LISTED = 200;

/** What the FastTrack Ready Partner list would do (or did): added, updated with each change, leaving, bad lines. */
export function FrpPreview({ preview }: { preview: TFrpListPreview }) {
  const { counts } = preview;
  return (
    <div className={styles.preview} data-testid="frp-preview">
      <p className={styles.resultTitle}>
        {counts.added} added · {counts.updated} updated · {counts.leaving} leaving the list · {counts.unchanged} unchanged · {counts.problems} bad
        {counts.problems === 1 ? " line" : " lines"}
      </p>
      {preview.added.length > 0 && (
        <div>
          <h3 className={styles.subtitle}>Added ({counts.added})</h3>
          <ul className={section.list}>
            {preview.added.slice(0, LISTED).map((partner) => (
              <li key={partner.mpnId} className={section.item}>
                <span>
                  <strong>{partner.name}</strong> · MPN {partner.mpnId}
                </span>
                <span className={section.muted}>
                  {[partner.city, partner.country].filter(Boolean).join(", ") || "no place given"} · {partner.specialties.join("; ") || "no specialties"} · line{" "}
                  {partner.line}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.updated.length > 0 && (
        <div>
          <h3 className={styles.subtitle}>Updated ({counts.updated})</h3>
          <ul className={section.list}>
            {preview.updated.slice(0, LISTED).map((partner) => (
              <li key={partner.partnerId} className={section.item}>
                <span>
                  <strong>{partner.name}</strong> · MPN {partner.mpnId} · line {partner.line}
                </span>
                <ul className={styles.changes}>
                  {partner.changes.map((change) => (
                    <li key={change.field}>
                      {change.field}: {shown(change.from)} → {shown(change.to)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.leaving.length > 0 && (
        <div>
          <h3 className={styles.subtitle}>Leaving the list ({counts.leaving})</h3>
          <p className={section.muted}>On the list until now and not in this file: their FastTrack Ready Partner membership ends.</p>
          <ul className={section.list}>
            {preview.leaving.slice(0, LISTED).map((partner) => (
              <li key={partner.partnerId} className={section.item}>
                <span>
                  <strong>{partner.name}</strong>
                  {partner.mpnId ? ` · MPN ${partner.mpnId}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.problems.length > 0 && (
        <BadRowsTable
          caption={`${counts.problems} bad ${counts.problems === 1 ? "line" : "lines"} (the header is line 1)`}
          whereLabel="Line"
          showColumn={false}
          items={preview.problems.map((problem) => ({ where: problem.line, message: problem.message.replace(/^Line \d+: /, "") }))}
        />
      )}
    </div>
  );
}
