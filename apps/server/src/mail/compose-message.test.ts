import type { DueOutboxMessage } from "@waymark/db";
import { describe, expect, it } from "vitest";
import { composeMessage, sendErrorText } from "./compose-message.ts";

const message: DueOutboxMessage = {
  id: "5d1c0a8e-0000-4000-8000-000000000001",
  tenantId: "5d1c0a8e-0000-4000-8000-000000000002",
  customerId: "5d1c0a8e-0000-4000-8000-000000000003",
  toAddresses: ["ana@contoso.example"],
  ccAddresses: [],
  subject: "Welcome to FastTrack",
  body: "Hello Ana",
  messageId: "<5d1c0a8e-0000-4000-8000-000000000001@example.com>",
  inReplyTo: null,
  references: [],
  attempts: 0,
  attachments: [],
  replyTo: null,
};

describe("the e-mail of an outbox message", () => {
  it("goes from the configured sender with the message's Message-ID, and without threading headers when it starts a thread", () => {
    expect(composeMessage(message, "Waymark <waymark@example.com>")).toEqual({
      from: "Waymark <waymark@example.com>",
      to: ["ana@contoso.example"],
      cc: [],
      subject: "Welcome to FastTrack",
      text: "Hello Ana",
      messageId: "<5d1c0a8e-0000-4000-8000-000000000001@example.com>",
    });
  });

  it("answers the earlier message of its thread with In-Reply-To and References", () => {
    const reply = { ...message, inReplyTo: "<first@example.com>", references: ["<first@example.com>"], ccAddresses: ["csm@contoso.example"] };
    expect(composeMessage(reply, "waymark@example.com")).toMatchObject({ inReplyTo: "<first@example.com>", references: ["<first@example.com>"], cc: ["csm@contoso.example"] });
  });
});

describe("an invitation", () => {
  it("goes as the calendar alternative with its method, and other files as attachments", () => {
    const invitation = { filename: "kickoff.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR", method: "REQUEST" };
    const agenda = { filename: "agenda.txt", contentType: "text/plain", content: "1. Introductions" };
    const composed = composeMessage({ ...message, attachments: [invitation, agenda] }, "waymark@example.com");
    expect(composed.icalEvent).toEqual({ method: "REQUEST", filename: "kickoff.ics", content: "BEGIN:VCALENDAR" });
    expect(composed.attachments).toEqual([agenda]);
  });
});

describe("the error stored when sending fails", () => {
  it("never contains the SMTP password and stays short", () => {
    expect(sendErrorText(new Error("Invalid login for waymark:s3cr3t"), ["s3cr3t"])).toBe("Invalid login for waymark:***");
    expect(sendErrorText(new Error("x".repeat(2000)), [])).toHaveLength(500);
  });
});
