import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { PageHeading } from "../../components/page-heading.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { AssignmentsSection } from "../../features/assignments/assignments-section.tsx";
import { ContactsSection } from "../../features/contacts/contacts-section.tsx";
import { DuplicatesSection } from "../../features/duplicates/duplicates-section.tsx";
import { FindingsSection } from "../../features/findings/findings-section.tsx";
import { HistorySection } from "../../features/history/history-section.tsx";
import { MeetingsSection } from "../../features/meetings/meetings-section.tsx";
import { NotesSection } from "../../features/notes/notes-section.tsx";
import { OutreachSection } from "../../features/outreach/outreach-section.tsx";
import { PartnersSection } from "../../features/partners/partners-section.tsx";
import { PlaybookSection } from "../../features/playbook/playbook-section.tsx";
import { ServicesTable } from "../../features/services/services-table.tsx";
import { SimulationSection } from "../../features/simulation/simulation-section.tsx";
import { TenantHeader } from "../../features/tenants/tenant-header.tsx";
import { tenantQuery } from "../../features/tenants/tenant-queries.ts";
import { UsageSection } from "../../features/usage/usage-section.tsx";
import { ApiError } from "../../lib/api.ts";
import { isUuid } from "../../lib/ids.ts";
import { ReadOnlyNotice } from "./read-only-notice.tsx";
import styles from "./tenant-detail-page.module.css";

export function TenantDetailPage() {
  const { tenantId } = useParams({ from: "/app/tenants/$tenantId" });
  // A malformed id cannot name a tenant; say "not found" instead of showing the server's validation error.
  const validId = isUuid(tenantId);
  const tenant = useQuery({ ...tenantQuery(tenantId), enabled: validId });
  const data = tenant.data;
  const missing = !validId || (tenant.error instanceof ApiError && tenant.error.status === 404);

  return (
    <div className={styles.page}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link to="/tenants">Tenants</Link>
        <span aria-hidden="true"> / </span>
      </nav>
      {/* Keyed so focus moves to the heading when j/k-style navigation opens another tenant. */}
      <PageHeading key={tenantId} className={styles.title}>
        {data?.name ?? (missing ? "Tenant not found" : tenant.isError ? "Tenant" : "Loading tenant…")}
      </PageHeading>
      {data ? (
        <>
          <TenantHeader tenant={data} />
          {data.access.view === "guest" && <ReadOnlyNotice explanation={data.access.explanation} />}
          <DuplicatesSection tenant={data} canWrite={data.access.canWrite} />
          <section className={styles.section} aria-labelledby="services-heading">
            <h2 id="services-heading" className={styles.sectionTitle}>
              Services <span className={styles.count}>({data.services.length})</span>
            </h2>
            <ServicesTable services={data.services} captionId="services-heading" />
          </section>
          <UsageSection tenant={data} />
          {/* One flag from the server decides every edit control, so nothing offered here is refused on save. */}
          <PlaybookSection tenant={data} canWrite={data.access.canWrite} />
          <SimulationSection tenant={data} />
          <FindingsSection tenant={data} canWrite={data.access.canWrite} />
          <OutreachSection tenant={data} canWrite={data.access.canWrite} />
          <MeetingsSection tenant={data} canWrite={data.access.canWrite} />
          <ContactsSection tenant={data} canWrite={data.access.canWrite} />
          <PartnersSection tenant={data} canWrite={data.access.canWrite} />
          <NotesSection tenant={data} canWrite={data.access.canWrite} />
          <AssignmentsSection tenant={data} />
          <HistorySection tenantId={data.id} />
        </>
      ) : !validId ? (
        <p className={styles.loading}>
          “{tenantId}” is not a tenant ID. <Link to="/tenants">Back to Tenants</Link>
        </p>
      ) : tenant.isError ? (
        <ProblemPanel error={tenant.error} onRetry={missing ? undefined : () => void tenant.refetch()} retrying={tenant.isFetching}>
          {missing && <Link to="/tenants">Back to Tenants</Link>}
        </ProblemPanel>
      ) : (
        <p role="status" className={styles.loading}>
          Loading tenant details…
        </p>
      )}
    </div>
  );
}
