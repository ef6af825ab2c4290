import type { TOutreachStep, TRecordedOutreachReply } from "@waymark/contracts";
import { useState } from "react";
import { Button } from "../../components/button.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { draftMarked } from "../../lib/session-draft.ts";
import { OutreachMessage } from "./outreach-message.tsx";
import { replySourceLabel, stepTitle } from "./outreach.ts";
import { useHasSessionDraft } from "../../lib/session-draft-hook.ts";
import { ReplyForm, replyDraftKey } from "./reply-form.tsx";
import sectionStyles from "../../components/section.module.css";
import styles from "./outreach-section.module.css";

type OutreachStepProps = {
  tenantId: string;
  step: TOutreachStep;
  templateLabel: (code: string) => string;
  canWrite: boolean;
  onRecorded: (result: TRecordedOutreachReply) => void;
};

/** One outreach step: who it went to and when, its e-mails, the answers under it and "Record an answer". */
export function OutreachStep({ tenantId, step, templateLabel, canWrite, onRecorded }: OutreachStepProps) {
  const [answering, setAnswering] = useState(false);
  const hasDraft = useHasSessionDraft(replyDraftKey(tenantId, step.id));
  const headingId = `outreach-step-${step.id}`;
  return (
    <li className={styles.step} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.stepTitle}>
        {stepTitle(step)}: {templateLabel(step.template)}
      </h3>
      <p className={styles.replyMeta}>
        Taken <time dateTime={step.takenAt}>{formatDateTime(step.takenAt)}</time>
        {step.respondedAt ? (
          <>
            {" "}
            · answered <time dateTime={step.respondedAt}>{formatDateTime(step.respondedAt)}</time>
          </>
        ) : (
          " · no answer yet"
        )}
      </p>
      {step.messages.length === 0 ? (
        <p className={sectionStyles.muted}>No e-mail was composed for this step.</p>
      ) : (
        <ul className={styles.messages} aria-label={`E-mails: ${stepTitle(step)}`}>
          {step.messages.map((message) => (
            <OutreachMessage key={message.id} tenantId={tenantId} message={message} templateLabel={templateLabel(message.template)} canWrite={canWrite} />
          ))}
        </ul>
      )}
      {step.replies.length > 0 && (
        <>
          <h4 className={styles.subTitle}>Answers ({step.replies.length})</h4>
          <ul className={styles.replies} aria-label={`Answers: ${stepTitle(step)}`}>
            {step.replies.map((reply) => (
              <li key={reply.id} className={styles.reply}>
                <p className={styles.replyMeta}>
                  {reply.from ?? "Someone"}, <time dateTime={reply.receivedAt}>{formatDateTime(reply.receivedAt)}</time>, {replySourceLabel(reply.source)}
                  {reply.subject ? ` · ${reply.subject}` : ""}
                </p>
                <p className={styles.replyText}>{reply.text}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {canWrite &&
        (answering ? (
          <ReplyForm
            tenantId={tenantId}
            step={step}
            onCancel={() => setAnswering(false)}
            onRecorded={(result) => {
              setAnswering(false);
              onRecorded(result);
            }}
          />
        ) : (
          <div className={styles.actions}>
            <Button size="small" aria-describedby={headingId} onPress={() => setAnswering(true)}>
              {draftMarked("Record an answer…", hasDraft)}
            </Button>
          </div>
        ))}
    </li>
  );
}
