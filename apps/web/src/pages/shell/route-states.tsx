import { Link, useRouter, type ErrorComponentProps } from "@tanstack/react-router";
import { PageHeading } from "../../components/page-heading.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import styles from "./route-states.module.css";

export function NotFoundPage() {
  return (
    <div className={styles.page}>
      <PageHeading>Page not found</PageHeading>
      <p>There is nothing at this address. It may have been mistyped or moved.</p>
      <Link to="/portfolio">Go to Portfolio</Link>
    </div>
  );
}

/** Shown when a route cannot start, e.g. the server is unreachable while checking the session. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const retry = () => {
    reset();
    void router.invalidate();
  };
  return (
    <div className={styles.page}>
      <PageHeading>Waymark could not load this page</PageHeading>
      <ProblemPanel error={error} onRetry={retry} />
    </div>
  );
}
