import { useQuery } from "@tanstack/react-query";
import { useLocation, useNavigate } from "@tanstack/react-router";
import type { TTenant } from "@waymark/contracts";
import { type ReactNode, Suspense, useEffect, useRef } from "react";
import { Tab, TabList, TabPanel, Tabs } from "react-aria-components";
import { tenantContactsQuery } from "../../features/contacts/contacts-queries.ts";
import { findingsQuery } from "../../features/findings/findings-queries.ts";
import { StatusTab } from "../../features/status/status-tab.tsx";
import { isTypingTarget } from "../../lib/keyboard.ts";
import { preloadable, whenIdle } from "../../lib/preloadable.ts";
import { openTab, TENANT_TABS, type TenantDetailSearch, type TenantTab, tabOfShortcut } from "./tenant-tabs.ts";
import styles from "./tenant-tabs-view.module.css";

type TenantTabsProps = { tenant: TTenant; search: TenantDetailSearch };

// The Status tab comes with the first script. The other tabs' code loads once the browser is idle after the first
// screen (or at once when a link opens such a tab), so a cold tenant page runs less script before it shows.
const later = () => import("./later-tabs.ts");
const ServicesSection = preloadable(async () => (await later()).ServicesSection);
const PlaybookSection = preloadable(async () => (await later()).PlaybookSection);
const NotesSection = preloadable(async () => (await later()).NotesSection);
const ContactsSection = preloadable(async () => (await later()).ContactsSection);
const PartnersSection = preloadable(async () => (await later()).PartnersSection);
const AssignmentsSection = preloadable(async () => (await later()).AssignmentsSection);
const OutreachSection = preloadable(async () => (await later()).OutreachSection);
const MeetingsSection = preloadable(async () => (await later()).MeetingsSection);
const UsageSection = preloadable(async () => (await later()).UsageSection);
const FindingsSection = preloadable(async () => (await later()).FindingsSection);
const HistorySection = preloadable(async () => (await later()).HistorySection);
const SimulationSection = preloadable(async () => (await later()).SimulationSection);

/** Loads the other tabs' code while nothing else is happening; a failure waits for a tab to be opened. */
const preloadLaterTabs = () => whenIdle(() => void later().catch(() => {}));

/** How long after `g` the tab letter is awaited. */
const CHORD_MS = 1500;

/**
 * The tenant's sections as APG tabs: arrow keys move between tabs, Enter or Space opens one (manual activation: most
 * panels fetch data). The open tab lives in the URL (`?tab=`), so links, reloads and Back keep it; `g` then a tab's letter
 * opens that tab and focuses its panel.
 */
export function TenantTabs({ tenant, search }: TenantTabsProps) {
  const navigate = useNavigate();
  const hash = useLocation({ select: (location) => location.hash });
  // Parsed again here: a parent route passes the raw query through, so an unknown `tab` can still arrive.
  const selected = openTab(search.tab, hash);
  const panels = useRef<HTMLDivElement>(null);
  const focusPanel = useRef(false);
  const counts = useTabCounts(tenant);
  // Outlives the listener, which is attached again on every render: a render between `g` and the letter keeps the chord.
  const chordUntil = useRef(0);

  const open = (tab: TenantTab, focus = false) => {
    focusPanel.current = focus;
    if (tab === selected) return focusPanelNow();
    // Only the tab is kept: deep-link params (svc, edit, history filters) belong to the tab they were opened in.
    void navigate({ to: "/tenants/$tenantId", params: { tenantId: tenant.id }, search: { tab } });
  };

  function focusPanelNow() {
    if (!focusPanel.current) return;
    focusPanel.current = false;
    // The tab list renders its panel a frame or two after the selection changes; wait for the new one. A new panel drops
    // its tabindex once it finds something focusable inside, which sends the focus to the page: put it back meanwhile.
    let frames = 0;
    let focused = false;
    const tryFocus = () => {
      const panel = panels.current?.querySelector<HTMLElement>(":scope > [role=tabpanel]");
      if (panel && (!focused || document.activeElement === document.body)) {
        // The panel is a tab stop only while it holds nothing focusable; it can still take focus from the script.
        if (!panel.hasAttribute("tabindex")) panel.setAttribute("tabindex", "-1");
        panel.focus();
        focused = true;
      }
      const movedOn = focused && document.activeElement !== panel && document.activeElement !== document.body;
      if (!movedOn && ++frames < 30) requestAnimationFrame(tryFocus);
    };
    tryFocus();
  }

  useEffect(focusPanelNow, [selected]);
  useEffect(preloadLaterTabs, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || isTypingTarget(event.target)) return;
      if (document.querySelector("[role=dialog]")) return;
      if (Date.now() < chordUntil.current) {
        chordUntil.current = 0;
        const tab = tabOfShortcut(event.key);
        if (!tab) return;
        event.preventDefault();
        event.stopPropagation();
        open(tab, true);
      } else if (event.key === "g" && !event.shiftKey) {
        chordUntil.current = Date.now() + CHORD_MS;
      }
    };
    // Capture phase, so the letter after `g` is not also taken by a section's own single-key shortcut.
    document.addEventListener("keydown", onKey, true);
    return () => document.removeEventListener("keydown", onKey, true);
  });

  const historyFilter = { action: search["h.action"], actor: search["h.actor"] };
  const panel: Record<TenantTab, ReactNode> = {
    status: <StatusTab tenant={tenant} />,
    services: <ServicesSection tenant={tenant} canWrite={tenant.access.canWrite} />,
    // One flag from the server decides every edit control, so nothing offered here is refused on save.
    playbook: <PlaybookSection tenant={tenant} canWrite={tenant.access.canWrite} />,
    notes: <NotesSection tenant={tenant} canWrite={tenant.access.canWrite} />,
    contacts: <ContactsSection tenant={tenant} canWrite={tenant.access.canWrite} />,
    partners: <PartnersSection tenant={tenant} canWrite={tenant.access.canWrite} />,
    assignments: <AssignmentsSection tenant={tenant} />,
    outreach: (
      <>
        <OutreachSection tenant={tenant} canWrite={tenant.access.canWrite} />
        <MeetingsSection tenant={tenant} canWrite={tenant.access.canWrite} />
      </>
    ),
    usage: <UsageSection tenant={tenant} />,
    findings: <FindingsSection tenant={tenant} canWrite={tenant.access.canWrite} />,
    history: (
      <HistorySection
        tenantId={tenant.id}
        filter={historyFilter}
        onFilterChange={(next) =>
          void navigate({
            to: "/tenants/$tenantId",
            params: { tenantId: tenant.id },
            search: { tab: "history", "h.action": next.action, "h.actor": next.actor },
            replace: true,
          })
        }
      />
    ),
    simulate: <SimulationSection tenant={tenant} />,
  };

  return (
    <Tabs selectedKey={selected} onSelectionChange={(key) => open(key as TenantTab)} keyboardActivation="manual" className={styles.tabs}>
      <TabList aria-label="Tenant sections" className={styles.tabList}>
        {TENANT_TABS.map((tab) => (
          <Tab key={tab.id} id={tab.id} className={styles.tab}>
            {tab.label}
            {counts[tab.id] !== undefined && (
              <span className={styles.badge}>
                <span className="visually-hidden">, </span>
                {counts[tab.id]}
              </span>
            )}
          </Tab>
        ))}
      </TabList>
      <div ref={panels} className={styles.panels}>
        {/* Keyed: a panel keeps the id it first rendered with, so a reused one would no longer match its tab's aria-controls. */}
        <TabPanel key={selected} id={selected} className={styles.panel}>
          <Suspense
            fallback={
              <p role="status" className={styles.loading}>
                Loading {TENANT_TABS.find((tab) => tab.id === selected)?.label}…
              </p>
            }
          >
            {panel[selected]}
          </Suspense>
        </TabPanel>
      </div>
    </Tabs>
  );
}

/** Badges only where the number is already known or costs one small request the tab would make anyway. */
function useTabCounts(tenant: TTenant): Partial<Record<TenantTab, number>> {
  const contacts = useQuery(tenantContactsQuery(tenant.id));
  const findings = useQuery(findingsQuery(tenant.id, "open"));
  return {
    services: tenant.services.length,
    contacts: contacts.data?.items.length,
    findings: findings.data?.items.length,
  };
}
