import type { PortfolioSelection } from "@waymark/db";
import type { TPortfolioQuery } from "@waymark/contracts";
import { parsePortfolioQuery, PORTFOLIO_SCOPES, type PortfolioScope } from "@waymark/domain";
import type { UserActor } from "../../actor.ts";
import { AppError } from "../../errors.ts";
import { readScope } from "../../policies/permissions.ts";
import { assigneeOf, visibilityOf } from "../../policies/visibility.ts";

const NOT_ALL = "You can read only the tenants assigned to you (or your partner organisation), so only the My scopes apply.";

/** Each scope, and whether the reader may use it: active/inactive/all need read access to every tenant. */
export function scopesFor(actor: UserActor) {
  const all = readScope(actor) === "all";
  return PORTFOLIO_SCOPES.map(({ code, label, description, mine }) => ({ code, label, description, available: mine || all, ...(mine || all ? {} : { why: NOT_ALL }) }));
}

/** The grid's parameters checked and typed for the reader; 422 naming each bad parameter and what is allowed. */
export function portfolioSelectionOf(actor: UserActor, query: Omit<TPortfolioQuery, "limit" | "offset">, now: Date): PortfolioSelection {
  const parsed = parsePortfolioQuery(query);
  const problems = "problems" in parsed ? parsed.problems.map((p) => ({ path: `/querystring/${p.param}`, message: p.message })) : [];
  const scope = PORTFOLIO_SCOPES.find((s) => s.code === (query.scope satisfies PortfolioScope));
  if (!scope || !scopesFor(actor).find((s) => s.code === scope.code)?.available) {
    problems.push({ path: "/querystring/scope", message: `The scope "${query.scope}" is not available to you. ${NOT_ALL}` });
  }
  if ("problems" in parsed || !scope || problems.length > 0) {
    throw new AppError("validation_failed", problems.map((p) => p.message).join(" "), { errors: problems });
  }
  return {
    mine: scope.mine,
    state: scope.state,
    assignee: assigneeOf(actor),
    visibility: visibilityOf(actor),
    priority: query.priority,
    filters: parsed.query.filters,
    sort: parsed.query.sort,
    search: parsed.query.search,
    columns: parsed.query.columns,
    today: now.toISOString().slice(0, 10),
  };
}
