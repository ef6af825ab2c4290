import type { TOutreachStep, TRecordedOutreachReply } from "@waymark/contracts";

type Audience = TOutreachStep["audience"];
type MessageStatus = TOutreachStep["messages"][number]["status"];
type ReplySource = TOutreachStep["replies"][number]["source"];

const AUDIENCE_LABELS: Record<Audience, string> = { account_team: "Account Team", partner: "Partner", customer: "Customer" };

/** "Account Team", "Partner", "Customer". */
export function audienceLabel(audience: Audience): string {
  return AUDIENCE_LABELS[audience];
}

/** The heading of a step: "Customer, attempt 2". */
export function stepTitle(step: Pick<TOutreachStep, "audience" | "attemptNumber">): string {
  return `${audienceLabel(step.audience)}, attempt ${step.attemptNumber}`;
}

const STATUS_WORDS: Record<MessageStatus, { word: string; icon: string; tone: "ok" | "waiting" | "failed" }> = {
  sent: { word: "Sent", icon: "✓", tone: "ok" },
  queued: { word: "Queued", icon: "◷", tone: "waiting" },
  failed: { word: "Failed", icon: "✕", tone: "failed" },
};

/** The word, icon and colour tone of an e-mail's status; the word is always shown, the icon only adds to it. */
export function messageStatus(status: MessageStatus) {
  return STATUS_WORDS[status];
}

/** How an answer reached Waymark, in words. */
export function replySourceLabel(source: ReplySource): string {
  return source === "eml" ? "from an e-mail" : "recorded by hand";
}

const WAIT_OWNER: Record<Audience, string> = { account_team: "the account team's", partner: "the partner's", customer: "the customer's" };

/** What an answer (typed or uploaded) did: "Recorded on Customer attempt 2 — the customer's wait stopped". */
export function recordedAnswerMessage(result: Pick<TRecordedOutreachReply, "recorded" | "step">): string {
  if (!result.recorded) return "This answer was recorded before";
  return `Recorded on ${audienceLabel(result.step.audience)} attempt ${result.step.attemptNumber} — ${WAIT_OWNER[result.step.audience]} wait stopped`;
}

/** The section's count line: "3 steps, 1 e-mail failed". */
export function outreachSummary(steps: readonly TOutreachStep[]): string {
  const failed = steps.flatMap((step) => step.messages).filter((message) => message.status === "failed").length;
  const count = `${steps.length} ${steps.length === 1 ? "step" : "steps"}`;
  return failed === 0 ? count : `${count}, ${failed} e-mail${failed === 1 ? "" : "s"} failed`;
}
