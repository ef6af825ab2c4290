import { describe, expect, it } from "vitest";
import type { TOutreachStep } from "@waymark/contracts";
import { audienceLabel, messageStatus, outreachSummary, recordedAnswerMessage, replySourceLabel, stepTitle } from "./outreach.ts";

const step = (audience: TOutreachStep["audience"], attemptNumber: number, statuses: TOutreachStep["messages"][number]["status"][] = []): TOutreachStep => ({
  id: "00000000-0000-4000-8000-000000000001",
  audience,
  template: "customer_1st_contact",
  attemptNumber,
  takenAt: "2026-11-20T09:00:00.000Z",
  respondedAt: null,
  messages: statuses.map((status, index) => ({
    id: `00000000-0000-4000-8000-00000000010${index}`,
    template: "customer_1st_contact",
    status,
    to: [],
    cc: [],
    subject: "FastTrack",
    attempts: 1,
    lastError: null,
    messageId: null,
    inReplyTo: null,
    sentAt: null,
  })),
  replies: [],
});

describe("outreach words", () => {
  it("names each audience and step the way a manager says them", () => {
    expect(audienceLabel("account_team")).toBe("Account Team");
    expect(stepTitle(step("customer", 2))).toBe("Customer, attempt 2");
  });

  it("gives every e-mail status a word as well as an icon", () => {
    expect(messageStatus("sent")).toMatchObject({ word: "Sent", tone: "ok" });
    expect(messageStatus("queued")).toMatchObject({ word: "Queued", tone: "waiting" });
    expect(messageStatus("failed")).toMatchObject({ word: "Failed", tone: "failed" });
  });

  it("says how an answer came in", () => {
    expect(replySourceLabel("api")).toBe("recorded by hand");
    expect(replySourceLabel("eml")).toBe("from an e-mail");
  });

  it("announces where an answer was recorded and whose wait stopped, or that it was recorded before", () => {
    const on = { id: "00000000-0000-4000-8000-000000000001", tenantId: "00000000-0000-4000-8000-000000000002" };
    expect(recordedAnswerMessage({ recorded: true, step: { ...on, audience: "customer", attemptNumber: 2 } })).toBe(
      "Recorded on Customer attempt 2 — the customer's wait stopped",
    );
    expect(recordedAnswerMessage({ recorded: true, step: { ...on, audience: "account_team", attemptNumber: 1 } })).toBe(
      "Recorded on Account Team attempt 1 — the account team's wait stopped",
    );
    expect(recordedAnswerMessage({ recorded: false, step: { ...on, audience: "customer", attemptNumber: 1 } })).toBe("This answer was recorded before");
  });

  it("counts the steps and the failed e-mails", () => {
    expect(outreachSummary([step("customer", 1, ["queued"])])).toBe("1 step");
    expect(outreachSummary([step("customer", 2, ["failed"]), step("customer", 1, ["sent", "failed"])])).toBe("2 steps, 2 e-mails failed");
  });
});
