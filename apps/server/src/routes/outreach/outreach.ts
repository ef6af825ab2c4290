import { listOutreachOfTenant } from "@waymark/db";
import { ZIdParams, ZOutreachStepList, ZRecordedOutreachReply, ZRecordOutreachReply, ZRetriedMessage } from "@waymark/contracts";
import { z } from "zod";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { presentReply, recordInboundMail, recordOutreachReply } from "../../commands/record-outreach-reply.ts";
import { retryMessage } from "../../commands/retry-message.ts";
import { AppError } from "../../errors.ts";
import { readInboundMail } from "../../mail/inbound-mail.ts";
import { findVisibleTenant } from "../../policies/visibility.ts";

/** A forwarded answer with a few attachments fits; the app's default of 2 MiB is for ordinary requests. */
const EML_BODY_LIMIT = 25 * 1024 * 1024;

const ZInboundMail = z.union([
  z.string().describe("The e-mail itself (.eml), sent with Content-Type: message/rfc822"),
  z.object({ eml: z.string().min(1).describe("The .eml file, base64-encoded") }).strict(),
]);

/** Outreach as it happened: each step's e-mails and answers, answers recorded or uploaded, failed e-mails sent again. */
export function outreachRoutes(app: App) {
  app.get(
    "/api/tenants/:id/outreach",
    {
      schema: {
        tags: ["outreach"],
        summary: "A tenant's outreach steps, newest first: each with its e-mails (sent, queued or failed with why) and the answers recorded",
        params: ZIdParams,
        response: { 200: ZOutreachStepList },
      },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const tenant = await findVisibleTenant(app.deps.db, actorOf(request), request.params.id);
      const steps = await listOutreachOfTenant(app.deps.db, tenant.id);
      return {
        items: steps.map(({ step, messages, replies }) => ({
          id: step.id,
          audience: step.audience as "account_team" | "partner" | "customer",
          template: step.template,
          attemptNumber: step.attemptNumber,
          takenAt: step.sentAt.toISOString(),
          respondedAt: step.respondedAt?.toISOString() ?? null,
          messages: messages.map((m) => ({
            id: m.id,
            template: m.template,
            status: m.status as "queued" | "sent" | "failed",
            to: m.toAddresses,
            cc: m.ccAddresses,
            subject: m.subject,
            attempts: m.attempts,
            lastError: m.lastError,
            messageId: m.messageId,
            inReplyTo: m.inReplyTo,
            sentAt: m.sentAt?.toISOString() ?? null,
          })),
          replies: replies.map(presentReply),
        })),
      };
    },
  );

  app.post(
    "/api/outreach-steps/:id/replies",
    {
      schema: {
        tags: ["outreach"],
        summary: "Record an answer to an outreach step: the audience's wait stops and the playbook moves on (the Account Team, partner or customer responded)",
        params: ZIdParams,
        body: ZRecordOutreachReply,
        response: { 201: ZRecordedOutreachReply },
      },
      config: { permission: "service.update" },
    },
    async (request, reply) => reply.code(201).send(await recordOutreachReply(app.deps, actorOf(request), request.params.id, request.body)),
  );

  // Scoped: only this route reads e-mail bodies.
  app.register(async (plugin) => {
    const scope = plugin as App;
    scope.addContentTypeParser("message/rfc822", { parseAs: "buffer", bodyLimit: EML_BODY_LIMIT }, (_request, body, done) =>
      // latin1 keeps every byte, so the e-mail is read exactly as it was sent whatever its charsets.
      done(null, (body as Buffer).toString("latin1")),
    );
    scope.post(
      "/api/inbound-mail",
      {
        bodyLimit: EML_BODY_LIMIT,
        schema: {
          tags: ["outreach"],
          summary: "Upload an answer to an outreach e-mail (.eml): the reply itself, or a forward of it; it is recorded on the step it answers and stops the wait",
          description:
            "Send the file as message/rfc822, or as JSON {eml} in base64. The answer is tied to the outreach e-mail by its In-Reply-To and " +
            "References (a forward attached as .eml keeps them), or else by the original sender and subject. The same e-mail uploaded again " +
            "changes nothing (recorded: false). 404 when it answers none of the outreach e-mails on tenants you may see; 422 when it is not an e-mail.",
          consumes: ["message/rfc822", "application/json"],
          body: ZInboundMail,
          response: { 201: ZRecordedOutreachReply, 200: ZRecordedOutreachReply },
        },
        config: { permission: "service.update" },
      },
      async (request, reply) => {
        const source = typeof request.body === "string" ? Buffer.from(request.body, "latin1") : Buffer.from(request.body.eml, "base64");
        const mail = await readInboundMail(source);
        if (!mail) {
          throw new AppError("validation_failed", "This is not an e-mail: upload the answer saved as an .eml file (in Outlook: Save As, or drag it out of the message list).", {
            errors: [{ path: "/body", message: "no e-mail headers" }],
          });
        }
        const recorded = await recordInboundMail(scope.deps, actorOf(request), mail);
        return reply.code(recorded.recorded ? 201 : 200).send(recorded);
      },
    );
  });

  app.post(
    "/api/messages/:id/retry",
    {
      schema: {
        tags: ["outreach"],
        summary: "Send a failed message again, composed from the data as they are now (a contact added since, say); it stays failed with the new reason if it still cannot go",
        params: ZIdParams,
        response: { 200: ZRetriedMessage },
      },
      config: { permission: "service.update" },
    },
    async (request) => retryMessage(app.deps, actorOf(request), request.params.id),
  );
}
