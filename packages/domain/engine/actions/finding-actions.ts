import { z } from "zod";
import { isTaskRoleCode } from "../../catalogs/task-roles.ts";
import type { ActionKind } from "../action-kind.ts";
import type { TenantState } from "../model.ts";
import { render } from "../templates.ts";

/**
 * A finding is something a person must look at or decide: a data-quality gap, or a prompt for a role where the
 * seed asks for a human judgement. `role` says who should act on it.
 */
export type RaiseFindingAction = { kind: "raise_finding"; code: string; message: string; role?: string };
export type ResolveFindingAction = { kind: "resolve_finding"; code: string };

const CODE = z.string().regex(/^[a-z][a-z0-9_]*$/, "finding codes are snake_case");
const openFinding = (state: TenantState, code: string, service: string | null) =>
  state.findings.find((f) => f.code === code && f.service === service);

export const raiseFinding: ActionKind<RaiseFindingAction> = {
  kind: "raise_finding",
  schema: z.object({ kind: z.literal("raise_finding"), code: CODE, message: z.string().min(1), role: z.string().optional() }).strict(),
  check: (action) => (action.role === undefined || isTaskRoleCode(action.role) ? [] : [`"${action.role}" is not a task role`]),
  apply: (action, { state, service, facts }) => {
    const serviceCode = service?.code ?? null;
    const message = render(action.message, facts);
    const open = openFinding(state, action.code, serviceCode);
    if (open?.message === message) return [];
    const raise = { kind: "raise_finding" as const, code: action.code, service: serviceCode, message, role: action.role ?? null };
    // The same finding with different words (fewer items missing, say) replaces the open one.
    return open ? [{ kind: "resolve_finding", code: action.code, service: serviceCode }, raise] : [raise];
  },
};

/** Closes an open finding once what it asked for holds; nothing when none is open. */
export const resolveFinding: ActionKind<ResolveFindingAction> = {
  kind: "resolve_finding",
  schema: z.object({ kind: z.literal("resolve_finding"), code: CODE }).strict(),
  check: () => [],
  apply: (action, { state, service }) => {
    const serviceCode = service?.code ?? null;
    return openFinding(state, action.code, serviceCode) ? [{ kind: "resolve_finding", code: action.code, service: serviceCode }] : [];
  },
};
