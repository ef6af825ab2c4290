import type { TRecordedOutreachReply } from "@waymark/contracts";
import { type ChangeEvent, useId } from "react";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { useUploadAnswer } from "./outreach-queries.ts";
import sectionStyles from "../../components/section.module.css";
import styles from "./outreach-section.module.css";

type AnswerUploadProps = {
  tenantId: string;
  /** A new upload starts: the outcome of the last one no longer applies. */
  onStart: () => void;
  onRecorded: (result: TRecordedOutreachReply) => void;
};

/** "Upload an answer (.eml)": the file's bytes go as message/rfc822; the server finds the step it answers. */
export function AnswerUpload({ tenantId, onStart, onRecorded }: AnswerUploadProps) {
  const inputId = useId();
  const hintId = useId();
  const upload = useUploadAnswer(tenantId);

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    onStart();
    upload.mutate(file, {
      onSuccess: onRecorded,
      // The same file may be chosen again after a fix elsewhere; an unchanged value would fire no change event.
      onSettled: () => {
        input.value = "";
      },
    });
  };

  return (
    <div className={styles.upload}>
      <label htmlFor={inputId} className={styles.uploadLabel}>
        Upload an answer (.eml)
      </label>
      <input id={inputId} type="file" accept=".eml,message/rfc822" aria-describedby={hintId} disabled={upload.isPending} onChange={chosen} />
      <span id={hintId} className={sectionStyles.muted}>
        {upload.isPending ? "Uploading…" : "The answer itself or a forward of it, saved from the mail client; it is recorded on the step it answers."}
      </span>
      {upload.isError && <ProblemPanel error={upload.error} />}
    </div>
  );
}
