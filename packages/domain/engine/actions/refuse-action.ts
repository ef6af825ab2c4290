import { z } from "zod";
import type { ActionKind } from "../action-kind.ts";
import { render } from "../templates.ts";

/**
 * Refuses the event: nothing the event would have done happens, and the person who recorded it is told why
 * (e.g. an ACM partner referral without the customer's recorded consent to share contact details).
 */
export type RefuseAction = { kind: "refuse"; message: string };

export class EventRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EventRefused";
  }
}

export const refuse: ActionKind<RefuseAction> = {
  kind: "refuse",
  schema: z.object({ kind: z.literal("refuse"), message: z.string().min(10) }).strict(),
  check: () => [],
  apply: (action, { facts }) => {
    throw new EventRefused(render(action.message, facts));
  },
};
