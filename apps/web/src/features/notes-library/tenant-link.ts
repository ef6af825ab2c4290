/**
 * The tenant page's tab to open, as its search. Built outside JSX so the link type-checks whether or not the tenant
 * route declares its tabs yet.
 */
export const tenantTab = <T extends string>(tab: T) => ({ tab }) as const;
