import { parsePortfolioQuery, portfolioQuery, type PortfolioState } from "./portfolio-state.ts";
import type { PortfolioDisplay, SavedView } from "./portfolio-types.ts";

export type ViewChoice = { value: string; label: string; group: "Displays" | "My views" | "Shared views" };

/** The picker's entries: the built-in displays, then my views, then the views others share. */
export function viewChoices(displays: readonly PortfolioDisplay[], views: readonly SavedView[]): ViewChoice[] {
  const mine = views.filter((view) => view.mine);
  const shared = views.filter((view) => !view.mine && view.shared);
  return [
    ...displays.map((display) => ({ value: `display:${display.code}`, label: display.label, group: "Displays" as const })),
    ...mine.map((view) => ({
      value: `view:${view.id}`,
      label: `${view.name}${view.isDefault ? " (default)" : ""}${view.shared ? " · shared" : ""}`,
      group: "My views" as const,
    })),
    ...shared.map((view) => ({ value: `view:${view.id}`, label: `${view.name} · ${view.ownerName}`, group: "Shared views" as const })),
  ];
}

/** True when what is on screen differs from what the view stored (compared on the canonical query). */
export function isViewChanged(view: SavedView, state: PortfolioState): boolean {
  return portfolioQuery(parsePortfolioQuery(view.query)) !== portfolioQuery(state);
}
