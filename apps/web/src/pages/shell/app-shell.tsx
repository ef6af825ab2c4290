import { Link, Outlet, useNavigate } from "@tanstack/react-router";
import { Button } from "../../components/button.tsx";
import { useCurrentUser, useSignOut } from "../../features/session/session-queries.ts";
import { mayReassignWork } from "../../features/people/roles.ts";
import { mayImportPartnerList, mayImportUsage } from "../../features/imports/imports.ts";
import { SearchPalette } from "../../features/search/search-palette.tsx";
import styles from "./app-shell.module.css";

export function AppShell() {
  const user = useCurrentUser();
  const signOut = useSignOut();
  const navigate = useNavigate();

  const onSignOut = () =>
    signOut.mutate(undefined, { onSettled: () => void navigate({ to: "/sign-in", search: { notice: "signed-out" } }) });

  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      {/* The brand sits inside the banner landmark, over the nav column, so no content is outside a landmark. */}
      <header className={styles.banner}>
        <div className={styles.brand}>Waymark</div>
        <div className={styles.topbar}>
          <SearchPalette />
          {user && (
            <span className={styles.user}>
              Signed in as <span className={styles.userName}>{user.displayName}</span>
            </span>
          )}
          <Button size="small" onPress={onSignOut} isDisabled={signOut.isPending}>
            {signOut.isPending ? "Signing out…" : "Sign out"}
          </Button>
        </div>
      </header>
      <nav className={styles.nav} aria-label="Main">
        <ul className={styles.navList}>
          <li>
            <Link to="/my-work" className={styles.navLink} activeOptions={{ includeSearch: false }}>
              My work
            </Link>
          </li>
          <li>
            <Link to="/portfolio" className={styles.navLink} activeOptions={{ includeSearch: false }}>
              Portfolio
            </Link>
          </li>
          <li>
            <Link to="/notes" className={styles.navLink} activeOptions={{ includeSearch: false }}>
              Notes
            </Link>
          </li>
          <li>
            <Link to="/data-quality" className={styles.navLink} activeOptions={{ includeSearch: false }}>
              Data quality
            </Link>
          </li>
          <li>
            <Link to="/reports" className={styles.navLink} activeOptions={{ includeSearch: false }}>
              Reports
            </Link>
          </li>
          {user && (mayImportUsage(user) || mayImportPartnerList(user)) && (
            <li>
              <Link to="/imports" className={styles.navLink} activeOptions={{ includeSearch: false }}>
                Imports
              </Link>
            </li>
          )}
          {user && (user.isAdministrator || mayReassignWork(user)) && (
            <li>
              <Link to="/people" className={styles.navLink} activeOptions={{ includeSearch: false }}>
                People
              </Link>
            </li>
          )}
        </ul>
      </nav>
      <main id="main" className={styles.main}>
        <Outlet />
      </main>
    </div>
  );
}
