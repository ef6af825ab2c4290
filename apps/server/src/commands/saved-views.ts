import {
  clearDefaultSavedView,
  deleteSavedViewIfVersion,
  type Executor,
  findSavedView,
  findSavedViewNamed,
  insertAuditEvents,
  insertSavedView,
  type SavedViewListRow,
  updateSavedViewIfVersion,
} from "@waymark/db";
import type { TCreateSavedView, TUpdateSavedView } from "@waymark/contracts";
import { parsePortfolioQuery, PORTFOLIO_PRIORITY_FILTERS, PORTFOLIO_SCOPES } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, type FieldProblem, notFound, staleVersion } from "../errors.ts";
import { auditEvent, changedFields } from "./audit.ts";

/** What is wrong with a saved view's query string: the same checks the grid makes, so a saved view always opens. */
export function savedViewQueryProblems(query: string): FieldProblem[] {
  const params = new URLSearchParams(query.replace(/^\?/, ""));
  const problems: FieldProblem[] = [];
  const scope = params.get("scope");
  if (scope !== null && !PORTFOLIO_SCOPES.some((s) => s.code === scope)) {
    problems.push({ path: "/body/query", message: `scope "${scope}" is not a scope; use one of: ${PORTFOLIO_SCOPES.map((s) => s.code).join(", ")}.` });
  }
  const priority = params.get("priority");
  if (priority !== null && !PORTFOLIO_PRIORITY_FILTERS.some((p) => p.code === priority)) {
    problems.push({ path: "/body/query", message: `priority "${priority}" is not a priority filter; use one of: ${PORTFOLIO_PRIORITY_FILTERS.map((p) => p.code).join(", ")}.` });
  }
  const parsed = parsePortfolioQuery({
    display: params.get("display") ?? undefined,
    cols: params.get("cols") ?? undefined,
    filter: params.getAll("filter"),
    sort: params.get("sort") ?? undefined,
    q: params.get("q") ?? undefined,
  });
  if ("problems" in parsed) problems.push(...parsed.problems.map((p) => ({ path: "/body/query", message: `${p.param}: ${p.message}` })));
  return problems;
}

async function assertValid(tx: Executor, ownerId: string, fields: { name?: string | undefined; query?: string | undefined }, exceptId?: string) {
  const problems = fields.query === undefined ? [] : savedViewQueryProblems(fields.query);
  if (fields.name !== undefined && (await findSavedViewNamed(tx, ownerId, fields.name, exceptId))) {
    problems.push({ path: "/body/name", message: `You already have a view named "${fields.name}"; choose another name, or change that view instead.` });
  }
  if (problems.length > 0) throw new AppError("validation_failed", problems.map((p) => p.message).join(" "), { errors: problems });
}

/** The view, for its owner; someone else's shared view is read-only (403), anyone's private one does not exist for them (404). */
async function findOwnView(tx: Executor, actor: UserActor, id: string): Promise<SavedViewListRow> {
  const view = await findSavedView(tx, id);
  if (!view || (view.ownerId !== actor.userId && !view.shared)) throw notFound("The saved view");
  if (view.ownerId !== actor.userId) {
    throw new AppError("forbidden", `"${view.name}" is ${view.ownerName}'s shared view: only they can change it. Save it under your own name to make your own copy.`);
  }
  return view;
}

const entity = (id: string) => ({ type: "saved_view", id });

/** The event of the view that stopped being the owner's default because another became it. */
const defaultMoved = (actor: UserActor, previous: { id: string } | undefined) =>
  previous ? [auditEvent(actor, "saved_view.updated", entity(previous.id), {}, { before: { isDefault: true }, after: { isDefault: false }, reason: "Another view became the default" })] : [];

export async function createSavedView(deps: Deps, options: { actor: UserActor; input: TCreateSavedView }): Promise<SavedViewListRow> {
  const { actor, input } = options;
  return deps.db.transaction(async (tx) => {
    await assertValid(tx, actor.userId, input);
    const previousDefault = input.isDefault ? await clearDefaultSavedView(tx, actor.userId) : undefined;
    const view = await insertSavedView(tx, { ...input, ownerId: actor.userId, createdAt: deps.now(), updatedAt: deps.now() });
    await insertAuditEvents(tx, [auditEvent(actor, "saved_view.created", entity(view.id), {}, { after: input }), ...defaultMoved(actor, previousDefault)]);
    return { ...view, ownerName: actor.displayName };
  });
}

export async function updateSavedView(deps: Deps, options: { actor: UserActor; viewId: string; input: TUpdateSavedView }): Promise<SavedViewListRow> {
  const { actor } = options;
  const { version, ...patch } = options.input;
  return deps.db.transaction(async (tx) => {
    const current = await findOwnView(tx, actor, options.viewId);
    if (current.version !== version) throw staleVersion("The saved view", version, current);
    await assertValid(tx, actor.userId, patch, current.id);
    const { before, after, changed } = changedFields(current, patch);
    if (!changed) return current;
    const previousDefault = patch.isDefault ? await clearDefaultSavedView(tx, actor.userId, current.id) : undefined;
    const updated = await updateSavedViewIfVersion(tx, current.id, version, patch);
    if (!updated) throw staleVersion("The saved view", version, current);
    await insertAuditEvents(tx, [auditEvent(actor, "saved_view.updated", entity(current.id), {}, { before, after }), ...defaultMoved(actor, previousDefault)]);
    return { ...updated, ownerName: current.ownerName };
  });
}

export async function deleteSavedView(deps: Deps, options: { actor: UserActor; viewId: string; version: number }): Promise<void> {
  const { actor, version } = options;
  await deps.db.transaction(async (tx) => {
    const current = await findOwnView(tx, actor, options.viewId);
    if (current.version !== version) throw staleVersion("The saved view", version, current);
    if (!(await deleteSavedViewIfVersion(tx, current.id, version))) throw staleVersion("The saved view", version, current);
    await insertAuditEvents(tx, [auditEvent(actor, "saved_view.deleted", entity(current.id), {}, { before: current })]);
  });
}
