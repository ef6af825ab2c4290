import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, Outlet, redirect } from "@tanstack/react-router";
import { catalogsQuery } from "./features/catalogs/catalog-queries.ts";
import { sessionQuery } from "./features/session/session-queries.ts";
import { tenantQuery } from "./features/tenants/tenant-queries.ts";
import { validatePortfolioSearch } from "./features/portfolio/portfolio-state.ts";
import { isUuid } from "./lib/ids.ts";
import { oneOf, parseSearch, safeRedirect, stringParam, stringifySearch } from "./lib/search-params.ts";
import { ChangePasswordPage } from "./pages/change-password/change-password-page.tsx";
import { validatePeopleSearch } from "./features/people/people-search.ts";
import { MyWorkPage } from "./features/my-work/my-work-page.tsx";
import { validateMyWorkSearch } from "./features/my-work/my-work.ts";
import { NotFoundPage, RouteErrorPage } from "./pages/shell/route-states.tsx";
import { AppShell } from "./pages/shell/app-shell.tsx";
import { SIGN_IN_NOTICES, SignInPage } from "./pages/sign-in/sign-in-page.tsx";
import { TenantDetailPage } from "./pages/tenant-detail/tenant-detail-page.tsx";
import { customerOverviewQuery } from "./features/customers/customer-queries.ts";
import { validateLibrarySearch } from "./features/notes-library/library-search.ts";
import { validateDataQualitySearch } from "./features/data-quality/data-quality.ts";
import { validateTenantDetailSearch } from "./pages/tenant-detail/tenant-tabs.ts";
import { validateReportsSearch } from "./features/reports/reports-search.ts";
import { validateCustomersSearch } from "./features/portfolio-customers/customers-search.ts";

export type RouterContext = { queryClient: QueryClient };

// My work (the home) and the tenant page come with the first script; the other screens load when first opened, so
// the pages people land on most parse less code.
const PortfolioPage = lazyRouteComponent(() => import("./pages/portfolio/portfolio-page.tsx"), "PortfolioPage");
const PeoplePage = lazyRouteComponent(() => import("./pages/people/people-page.tsx"), "PeoplePage");
const NotesPage = lazyRouteComponent(() => import("./pages/notes/notes-page.tsx"), "NotesPage");
const DataQualityPage = lazyRouteComponent(() => import("./pages/data-quality/data-quality-page.tsx"), "DataQualityPage");
const CustomerPage = lazyRouteComponent(() => import("./pages/customer/customer-page.tsx"), "CustomerPage");
const ReportsPage = lazyRouteComponent(() => import("./pages/reports/reports-page.tsx"), "ReportsPage");
const PortfolioCustomersPage = lazyRouteComponent(() => import("./pages/portfolio-customers/portfolio-customers-page.tsx"), "PortfolioCustomersPage");
const ImportsPage = lazyRouteComponent(() => import("./pages/imports/imports-page.tsx"), "ImportsPage");

/** Where to return after signing in; the home page needs no note in the URL. */
const returnTo = (href: string) => (href === "/" || href === "/my-work" ? {} : { redirect: href });

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

const redirectSearch = (raw: Record<string, unknown>) => {
  const target = safeRedirect(raw.redirect);
  return target ? { redirect: target } : {};
};

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: (raw: Record<string, unknown>): { redirect?: string; notice?: (typeof SIGN_IN_NOTICES)[number] } => {
    const notice = oneOf(SIGN_IN_NOTICES, raw.notice);
    return { ...redirectSearch(raw), ...(notice ? { notice } : {}) };
  },
  beforeLoad: async ({ context, search }) => {
    const user = await context.queryClient.ensureQueryData(sessionQuery).catch(() => null);
    if (user && !user.mustChangePassword) throw redirect({ href: search.redirect ?? "/", replace: true });
  },
  component: SignInPage,
});

const changePasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/change-password",
  validateSearch: (raw: Record<string, unknown>): { redirect?: string } => redirectSearch(raw),
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(sessionQuery);
    if (!user) throw redirect({ to: "/sign-in", search: returnTo(location.href), replace: true });
  },
  component: ChangePasswordPage,
});

/** Everything behind sign-in. A user who must change their password is sent there first. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "app",
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(sessionQuery);
    if (!user) throw redirect({ to: "/sign-in", search: returnTo(location.href), replace: true });
    if (user.mustChangePassword) throw redirect({ to: "/change-password", search: returnTo(location.href), replace: true });
    // Labels load once per session; screens fall back to codes until they arrive.
    void context.queryClient.prefetchQuery(catalogsQuery);
  },
  component: AppShell,
});

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/",
  beforeLoad: () => {
    throw redirect({ to: "/my-work", replace: true });
  },
});

const myWorkRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "my-work",
  validateSearch: validateMyWorkSearch,
  component: MyWorkPage,
});

// The tenant list became the portfolio; old links and bookmarks keep their search text.
const tenantsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "tenants",
  validateSearch: (raw: Record<string, unknown>): { q?: string } => {
    const q = stringParam(raw.q);
    return q ? { q } : {};
  },
  beforeLoad: ({ search }) => {
    throw redirect({ to: "/portfolio", search: search.q ? { q: search.q } : {}, replace: true });
  },
});

const portfolioRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "portfolio",
  validateSearch: validatePortfolioSearch,
  component: PortfolioPage,
});

const portfolioCustomersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "portfolio/customers",
  validateSearch: validateCustomersSearch,
  component: PortfolioCustomersPage,
});

const tenantRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "tenants/$tenantId",
  validateSearch: validateTenantDetailSearch,
  // Starts the fetch on link hover (preload) without blocking navigation; the page shows its own loading state.
  loader: ({ context, params }) => {
    if (isUuid(params.tenantId)) void context.queryClient.prefetchQuery(tenantQuery(params.tenantId));
  },
  component: TenantDetailPage,
});

const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "people",
  validateSearch: validatePeopleSearch,
  component: PeoplePage,
});

const notesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "notes",
  validateSearch: validateLibrarySearch,
  component: NotesPage,
});

const dataQualityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "data-quality",
  validateSearch: validateDataQualitySearch,
  component: DataQualityPage,
});

const customerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "customers/$customerId",
  loader: ({ context, params }) => {
    if (isUuid(params.customerId)) void context.queryClient.prefetchQuery(customerOverviewQuery(params.customerId));
  },
  component: CustomerPage,
});

const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "reports",
  validateSearch: validateReportsSearch,
  component: ReportsPage,
});

const importsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "imports",
  component: ImportsPage,
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  changePasswordRoute,
  appRoute.addChildren([indexRoute, myWorkRoute, tenantsRoute, portfolioRoute, tenantRoute, peopleRoute, notesRoute, dataQualityRoute, customerRoute, reportsRoute, portfolioCustomersRoute, importsRoute]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    parseSearch,
    stringifySearch,
    defaultPreload: "intent",
    // The query cache owns freshness; the router's own cache would only delay refetches.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
