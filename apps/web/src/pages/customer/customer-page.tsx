import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import type { TCustomerOverview } from "@waymark/contracts";
import { CopyButton } from "../../components/copy-button.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { useLabeler } from "../../features/catalogs/catalog-queries.ts";
import { CustomerContacts } from "../../features/customers/customer-contacts.tsx";
import { CustomerHealthPanel } from "../../features/customers/customer-health-panel.tsx";
import { customerOverviewQuery } from "../../features/customers/customer-queries.ts";
import { CustomerTenantsTable } from "../../features/customers/customer-tenants-table.tsx";
import { ApiError } from "../../lib/api.ts";
import { isUuid } from "../../lib/ids.ts";
import styles from "./customer-page.module.css";

/** One customer (TPID): its facts, health, tenants and contacts. */
export function CustomerPage() {
  const { customerId } = useParams({ from: "/app/customers/$customerId" });
  const validId = isUuid(customerId);
  const overview = useQuery({ ...customerOverviewQuery(customerId), enabled: validId });
  const data = overview.data;
  const missing = !validId || (overview.error instanceof ApiError && overview.error.status === 404);

  return (
    <div className={styles.page}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link to="/portfolio">Portfolio</Link>
        <span aria-hidden="true"> / </span>Customer
      </nav>
      <PageHeading key={customerId} className={styles.title}>
        {data?.customer.name ?? (missing ? "Customer not found" : overview.isError ? "Customer" : "Loading customer…")}
      </PageHeading>
      {data ? (
        <>
          <CustomerFacts overview={data} />
          <CustomerHealthPanel health={data.health} asOf={data.asOf} />
          <CustomerTenantsTable tenants={data.tenants} hiddenTenantCount={data.hiddenTenantCount} />
          <CustomerContacts contacts={data.contacts} />
        </>
      ) : !validId ? (
        <p className={styles.loading}>
          “{customerId}” is not a customer ID. <Link to="/portfolio">Back to Portfolio</Link>
        </p>
      ) : overview.isError ? (
        <ProblemPanel error={overview.error} onRetry={missing ? undefined : () => void overview.refetch()} retrying={overview.isFetching}>
          {missing && <Link to="/portfolio">Back to Portfolio</Link>}
        </ProblemPanel>
      ) : (
        <p role="status" className={styles.loading}>
          Loading customer…
        </p>
      )}
    </div>
  );
}

function CustomerFacts({ overview }: { overview: TCustomerOverview }) {
  const region = useLabeler("regions");
  const { customer, tenants } = overview;
  const winner = tenants.find((t) => t.isWinner);
  return (
    <dl className={styles.facts}>
      <div className={styles.fact}>
        <dt>TPID</dt>
        <dd>
          <code>{customer.tpid}</code> <CopyButton value={String(customer.tpid)} label="Copy TPID" />
        </dd>
      </div>
      <div className={styles.fact}>
        <dt>Region</dt>
        <dd>{region(customer.region)}</dd>
      </div>
      <div className={styles.fact}>
        <dt>Vertical</dt>
        <dd>{customer.vertical ?? "Not set"}</dd>
      </div>
      <div className={styles.fact}>
        <dt>Tenants</dt>
        <dd>{customer.tenantCount}</dd>
      </div>
      <div className={styles.fact}>
        <dt>Winner tenant</dt>
        <dd>
          {winner ? (
            <Link to="/tenants/$tenantId" params={{ tenantId: winner.id }}>
              {winner.name}
            </Link>
          ) : customer.winnerTenantId ? (
            "Not assigned to you"
          ) : (
            "Not chosen"
          )}
        </dd>
      </div>
    </dl>
  );
}
