import { ZNoteClassification, ZNoteSuggestRequest } from "@waymark/contracts";
import { classifyNote } from "@waymark/domain";
import type { App } from "../../app-types.ts";
import { presentNoteClassification } from "../../presenters/note-quality.ts";

/** FTOP's "Suggest": rates an Entitlement Status note and proposes its L1/L2, with the evidence. Reads nothing, saves nothing. */
export function suggestNoteRoute(app: App) {
  app.post(
    "/api/notes/suggest",
    {
      schema: {
        tags: ["notes"],
        summary: "Rate an Entitlement Status note great / marginal / poor and suggest the L1/L2 it describes, with the words that drove it",
        body: ZNoteSuggestRequest,
        response: { 200: ZNoteClassification },
      },
      config: { permission: "note.write" },
    },
    async (request) => presentNoteClassification(classifyNote({ body: request.body.body, l1: request.body.l1 ?? null })),
  );
}
