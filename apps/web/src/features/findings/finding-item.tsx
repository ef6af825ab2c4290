import type { TFinding } from "@waymark/contracts";
import { useEffect, useRef, useState } from "react";
import { Button } from "../../components/button.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { draftMarked } from "../../lib/session-draft.ts";
import { taskRoleLabel } from "../playbook/task-roles.ts";
import { useHasSessionDraft } from "../../lib/session-draft-hook.ts";
import { AcceptFindingForm, acceptDraftKey } from "./accept-finding-form.tsx";
import type { RuleSentence } from "./findings.ts";
import styles from "./findings-section.module.css";
import facts from "../../components/facts.module.css";

/** The id of a finding's "Accept as it stands…" button, so the section can move focus to it after a removal. */
export const acceptButtonId = (findingId: string) => `finding-accept-${findingId}`;

type FindingItemProps = {
  tenantId: string;
  finding: TFinding;
  rule: RuleSentence | undefined;
  /** False for a reader who may not change the tenant: the finding is shown without "Accept as it stands…". */
  canAccept: boolean;
  onAccepted: (finding: TFinding) => void;
  onReload: (findingId: string) => Promise<void>;
};

/** One open finding: what it asks, who should act, the rule that raised it and when, and "Accept as it stands…". */
export function FindingItem({ tenantId, finding, rule, canAccept, onAccepted, onReload }: FindingItemProps) {
  const hasDraft = useHasSessionDraft(acceptDraftKey(tenantId, finding.id));
  const [accepting, setAccepting] = useState(false);
  const returnFocus = useRef(false);
  const messageId = `finding-message-${finding.id}`;
  const formId = `finding-accept-form-${finding.id}`;

  // Closing the form removes the field that had focus; give it back to the button that opened the form.
  useEffect(() => {
    if (accepting || !returnFocus.current) return;
    returnFocus.current = false;
    document.getElementById(acceptButtonId(finding.id))?.focus();
  }, [accepting, finding.id]);

  const close = () => {
    returnFocus.current = true;
    setAccepting(false);
  };

  return (
    <li className={styles.item}>
      <p id={messageId} className={styles.message}>
        {finding.message}
      </p>
      <dl className={facts.facts}>
        <div className={facts.fact}>
          <dt>Who acts</dt>
          <dd>{finding.role ? taskRoleLabel(finding.role) : "Anyone who can edit the tenant"}</dd>
        </div>
        <div className={facts.fact}>
          <dt>Raised</dt>
          <dd>
            <time dateTime={finding.createdAt}>{formatDateTime(finding.createdAt)}</time>
          </dd>
        </div>
        <div className={facts.fact}>
          <dt>Rule</dt>
          <dd>{finding.ruleId ? <code className={styles.ruleId}>{finding.ruleId}</code> : "None recorded"}</dd>
        </div>
      </dl>
      {rule && <p className={styles.why}>Why: {rule.why}</p>}
      {!canAccept ? null : accepting ? (
        <AcceptFindingForm
          tenantId={tenantId}
          finding={finding}
          formId={formId}
          onAccepted={onAccepted}
          onCancel={close}
          onReload={() => onReload(finding.id)}
        />
      ) : (
        <div className={styles.itemActions}>
          <Button
            id={acceptButtonId(finding.id)}
            size="small"
            aria-describedby={messageId}
            onPress={() => setAccepting(true)}
          >
            {draftMarked("Accept as it stands…", hasDraft)}
          </Button>
        </div>
      )}
    </li>
  );
}
