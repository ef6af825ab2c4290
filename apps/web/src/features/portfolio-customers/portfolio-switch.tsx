import { Link } from "@tanstack/react-router";
import styles from "./portfolio-switch.module.css";

/** "Tenants | Customers" at the top of the Portfolio: two links, the current one marked (aria-current, filled and underlined). */
export function PortfolioSwitch({ current }: { current: "tenants" | "customers" }) {
  return (
    <nav aria-label="Portfolio view" className={styles.switch}>
      <Link to="/portfolio" activeOptions={{ exact: true, includeSearch: false }} className={styles.segment} aria-current={current === "tenants" ? "page" : undefined}>
        Tenants
      </Link>
      <Link to="/portfolio/customers" activeOptions={{ exact: true, includeSearch: false }} className={styles.segment} aria-current={current === "customers" ? "page" : undefined}>
        Customers
      </Link>
    </nav>
  );
}
