import { z } from "zod";
import type { ActionKind } from "../action-kind.ts";
import { render } from "../templates.ts";

/**
 * Puts a message for a user in the outbox, in the same transaction as the effects that call for it; a job sends it.
 * `to` names a user id ("{event.data.existingFmUserId}"). A template goes once to each recipient per tenant, so
 * replaying the event sends nothing twice.
 */
export type EnqueueMessageAction = { kind: "enqueue_message"; template: string; to: string; subject: string; body: string };

export const enqueueMessage: ActionKind<EnqueueMessageAction> = {
  kind: "enqueue_message",
  schema: z
    .object({
      kind: z.literal("enqueue_message"),
      template: z.string().regex(/^[a-z][a-z0-9_]*$/, "message templates are snake_case"),
      to: z.string().min(1),
      subject: z.string().min(1),
      body: z.string().min(1),
    })
    .strict(),
  check: () => [],
  apply: (action, { state, facts }) => {
    const recipientUserId = render(action.to, facts);
    if (state.messages.some((m) => m.template === action.template && m.recipientUserId === recipientUserId)) return [];
    return [{ kind: "enqueue_message", template: action.template, recipientUserId, subject: render(action.subject, facts), body: render(action.body, facts) }];
  },
};
