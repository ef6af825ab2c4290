import type { z } from "zod";
import type { Facts } from "./conditions.ts";
import type { EffectChange, EngineService, TenantState } from "./model.ts";

/** What an action sees when a rule fires. */
export type ActionContext = {
  state: TenantState;
  facts: Facts;
  /** The service the playbook applies to (or the event names), when there is one. */
  service: EngineService | null;
  today: string;
  now: Date;
};

/**
 * One kind of action a rule can take. Each kind answers for itself — its schema, what it checks when a pack is
 * loaded, and the changes it makes — so the engine never branches on kinds.
 */
export type ActionKind<A extends { kind: string }> = {
  kind: A["kind"];
  schema: z.ZodType<A>;
  /** Problems found when the pack is loaded (an unknown task id, a status that does not exist, ...). */
  check: (action: A) => string[];
  /** The changes this action makes; none when the state already is what it would make it (replays change nothing). */
  apply: (action: A, context: ActionContext) => EffectChange[];
};

export function requireService(context: ActionContext, kind: string): EngineService {
  if (!context.service) throw new Error(`${kind} needs a service, but the rule fired without one`);
  return context.service;
}
