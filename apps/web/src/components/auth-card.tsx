import type { ReactNode } from "react";
import { PageHeading } from "./page-heading.tsx";
import styles from "./auth-card.module.css";

export { styles as authStyles };

type AuthCardProps = { title: string; intro?: ReactNode; children: ReactNode; focusHeading?: boolean };

/** The centred card used by the signed-out screens. */
export function AuthCard({ title, intro, children, focusHeading = false }: AuthCardProps) {
  return (
    <main className={styles.page}>
      <div className={styles.card}>
        <span className={styles.brand}>Waymark</span>
        <PageHeading className={styles.title} focusOnMount={focusHeading}>
          {title}
        </PageHeading>
        {intro && <p className={styles.intro}>{intro}</p>}
        {children}
      </div>
    </main>
  );
}
