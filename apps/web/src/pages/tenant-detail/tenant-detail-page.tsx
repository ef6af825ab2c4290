import { useQuery } from "@tanstack/react-query";
import { Link, useParams, useSearch } from "@tanstack/react-router";
import { PageHeading } from "../../components/page-heading.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { DuplicatesSection } from "../../features/duplicates/duplicates-section.tsx";
import { TenantHeader } from "../../features/tenants/tenant-header.tsx";
import { tenantQuery } from "../../features/tenants/tenant-queries.ts";
import { ApiError } from "../../lib/api.ts";
import { isUuid } from "../../lib/ids.ts";
import { ReadOnlyNotice } from "./read-only-notice.tsx";
import styles from "./tenant-detail-page.module.css";
import { TenantTabs } from "./tenant-tabs-view.tsx";

export function TenantDetailPage() {
  const { tenantId } = useParams({ from: "/app/tenants/$tenantId" });
  const search = useSearch({ from: "/app/tenants/$tenantId" });
  // A malformed id cannot name a tenant; say "not found" instead of showing the server's validation error.
  const validId = isUuid(tenantId);
  const tenant = useQuery({ ...tenantQuery(tenantId), enabled: validId });
  const data = tenant.data;
  const missing = !validId || (tenant.error instanceof ApiError && tenant.error.status === 404);

  return (
    <div className={styles.page}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link to="/portfolio">Portfolio</Link>
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
          {/* Possible duplicates stay above the tabs: they decide which tenant to work on at all. */}
          <DuplicatesSection tenant={data} canWrite={data.access.canWrite} />
          <TenantTabs tenant={data} search={search} />
        </>
      ) : !validId ? (
        <p className={styles.loading}>
          “{tenantId}” is not a tenant ID. <Link to="/portfolio">Back to Portfolio</Link>
        </p>
      ) : tenant.isError ? (
        <ProblemPanel error={tenant.error} onRetry={missing ? undefined : () => void tenant.refetch()} retrying={tenant.isFetching}>
          {missing && <Link to="/portfolio">Back to Portfolio</Link>}
        </ProblemPanel>
      ) : (
        <p role="status" className={styles.loading}>
          Loading tenant details…
        </p>
      )}
    </div>
  );
}
