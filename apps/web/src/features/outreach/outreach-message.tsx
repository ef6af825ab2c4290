import type { TOutreachStep } from "@waymark/contracts";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { formatDateTime } from "../../lib/format.ts";
import facts from "../../components/facts.module.css";
import { messageStatus } from "./outreach.ts";
import { useRetryMessage } from "./outreach-queries.ts";
import styles from "./outreach-section.module.css";

type Message = TOutreachStep["messages"][number];
type OutreachMessageProps = { tenantId: string; message: Message; templateLabel: string; canWrite: boolean };

const list = (addresses: string[]) => (addresses.length > 0 ? addresses.join(", ") : "nobody");

/** One e-mail of a step: status in words and colour, recipients, and for a failed one why, with "Send again". */
export function OutreachMessage({ tenantId, message, templateLabel, canWrite }: OutreachMessageProps) {
  const retry = useRetryMessage(tenantId, message.id);
  const status = messageStatus(message.status);
  const subjectId = `outreach-message-${message.id}`;
  return (
    <li className={styles.message} data-tone={status.tone}>
      <p className={styles.messageLine}>
        <span className={styles.status} data-tone={status.tone}>
          <span aria-hidden="true">{status.icon}</span>
          <span>{status.word}</span>
        </span>
        <span id={subjectId} className={styles.subject}>
          {message.subject}
        </span>
      </p>
      <dl className={facts.facts}>
        <div className={facts.fact}>
          <dt>Template</dt>
          <dd>{templateLabel}</dd>
        </div>
        <div className={facts.fact}>
          <dt>To</dt>
          <dd>{list(message.to)}</dd>
        </div>
        {message.cc.length > 0 && (
          <div className={facts.fact}>
            <dt>Cc</dt>
            <dd>{list(message.cc)}</dd>
          </div>
        )}
        {message.sentAt && (
          <div className={facts.fact}>
            <dt>Sent</dt>
            <dd>
              <time dateTime={message.sentAt}>{formatDateTime(message.sentAt)}</time>
            </dd>
          </div>
        )}
        {message.attempts > 1 && (
          <div className={facts.fact}>
            <dt>Attempts</dt>
            <dd>{message.attempts}</dd>
          </div>
        )}
      </dl>
      {message.status === "failed" && message.lastError && <p className={styles.reason}>Why it failed: {message.lastError}</p>}
      <p role="status" className={styles.result}>
        {retry.data &&
          (retry.data.status === "queued"
            ? "Sent again: the e-mail is queued and goes out shortly."
            : `Still failed: ${retry.data.lastError ?? "the server gave no reason"}`)}
      </p>
      {retry.isError && <ProblemPanel error={retry.error} />}
      {canWrite && message.status === "failed" && (
        <div className={styles.actions}>
          <Button size="small" aria-describedby={subjectId} isDisabled={retry.isPending} onPress={() => retry.mutate()}>
            {retry.isPending ? "Sending again…" : "Send again"}
          </Button>
        </div>
      )}
    </li>
  );
}
