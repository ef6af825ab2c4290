import { PageHeading } from "../../components/page-heading.tsx";
import page from "../../components/reading-page.module.css";
import section from "../../components/section.module.css";
import { FrpImportSection } from "../../features/imports/frp-import-section.tsx";
import { mayImportPartnerList, mayImportUsage } from "../../features/imports/imports.ts";
import { UsageImportSection } from "../../features/imports/usage-import-section.tsx";
import { useCurrentUser } from "../../features/session/session-queries.ts";

/** Files imported in bulk: usage figures and the FastTrack Ready Partner list, each shown to those allowed to import it. */
export function ImportsPage() {
  const user = useCurrentUser();
  const usage = user !== null && mayImportUsage(user);
  const partners = user !== null && mayImportPartnerList(user);
  return (
    <div className={page.page}>
      <header className={page.header}>
        <PageHeading className={page.title}>Imports</PageHeading>
      </header>
      {usage && <UsageImportSection />}
      {partners && <FrpImportSection />}
      {!usage && !partners && <p className={section.muted}>Your roles do not allow importing files. Ask an administrator if you need to.</p>}
    </div>
  );
}
