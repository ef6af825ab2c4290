import { useQuery } from "@tanstack/react-query";
import type { TRecordedOutreachReply, TTenant } from "@waymark/contracts";
import { useState } from "react";
import { Announcement } from "../../components/announcement.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { useLabeler } from "../catalogs/catalog-queries.ts";
import { AnswerUpload } from "./answer-upload.tsx";
import { outreachSummary, recordedAnswerMessage } from "./outreach.ts";
import { outreachQuery } from "./outreach-queries.ts";
import { OutreachStep } from "./outreach-step.tsx";
import sectionStyles from "../../components/section.module.css";
import styles from "./outreach-section.module.css";

type OutreachSectionProps = { tenant: TTenant; canWrite: boolean };

/** The e-mails the Gateway playbook sent (or could not send) to the account team, partner and customer, and the answers. */
export function OutreachSection({ tenant, canWrite }: OutreachSectionProps) {
  const outreach = useQuery(outreachQuery(tenant.id));
  const templateLabel = useLabeler("emailTemplates");
  const [announcement, setAnnouncement] = useState("");
  const steps = outreach.data?.items ?? [];
  const recorded = (result: TRecordedOutreachReply) => setAnnouncement(recordedAnswerMessage(result));

  return (
    <section className={sectionStyles.section} aria-labelledby="outreach-heading">
      <div className={sectionStyles.header}>
        <h2 id="outreach-heading" className={sectionStyles.title}>
          Outreach {outreach.data && <span className={sectionStyles.count}>({outreachSummary(steps)})</span>}
        </h2>
      </div>
      {canWrite && <AnswerUpload tenantId={tenant.id} onStart={() => setAnnouncement("")} onRecorded={recorded} />}
      <Announcement message={announcement} onDismiss={() => setAnnouncement("")} />
      {outreach.isError ? (
        <ProblemPanel error={outreach.error} onRetry={() => void outreach.refetch()} retrying={outreach.isFetching} />
      ) : !outreach.data ? (
        <p role="status" className={sectionStyles.muted}>
          Loading outreach…
        </p>
      ) : steps.length === 0 ? (
        <div className={sectionStyles.empty}>
          <p className={sectionStyles.emptyTitle}>No outreach yet: the Gateway playbook sends the first e-mail when the account team is contacted.</p>
        </div>
      ) : (
        <ul className={styles.steps} aria-label="Outreach steps, newest first">
          {steps.map((step) => (
            <OutreachStep key={step.id} tenantId={tenant.id} step={step} templateLabel={templateLabel} canWrite={canWrite} onRecorded={recorded} />
          ))}
        </ul>
      )}
    </section>
  );
}
