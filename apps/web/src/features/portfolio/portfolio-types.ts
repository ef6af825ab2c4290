// The wire format of /api/portfolio, from the contract (type-only: no schema code reaches the browser bundle).
import type { TCreateSavedView, TPortfolioColumns, TPortfolioPage, TSavedView, TUpdateSavedView } from "@waymark/contracts";

export type PortfolioColumns = TPortfolioColumns;
export type PortfolioDisplay = TPortfolioColumns["displays"][number];
export type PortfolioPage = TPortfolioPage;
export type PortfolioRow = TPortfolioPage["items"][number];
export type SavedView = TSavedView;
export type SavedViewInput = Partial<TCreateSavedView> & Pick<TCreateSavedView, "name" | "query">;
export type SavedViewPatch = TUpdateSavedView;
