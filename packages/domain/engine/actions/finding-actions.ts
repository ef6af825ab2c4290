import { z } from "zod";
import type { ActionKind } from "../action-kind.ts";
import { render } from "../templates.ts";

export type RaiseFindingAction = { kind: "raise_finding"; code: string; message: string };

export const raiseFinding: ActionKind<RaiseFindingAction> = {
  kind: "raise_finding",
  schema: z.object({ kind: z.literal("raise_finding"), code: z.string().regex(/^[a-z][a-z0-9_]*$/), message: z.string().min(1) }).strict(),
  check: () => [],
  apply: (action, context) => [
    { kind: "raise_finding", code: action.code, service: context.service?.code ?? null, message: render(action.message, context.facts) },
  ],
};
