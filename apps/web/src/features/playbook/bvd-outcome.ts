import type { TPlaybookEvent, TService } from "@waymark/contracts";

export type ServiceCode = TService["service"];

/** The services that have a BVD playbook, with the label of their start button. */
export const BVD_SERVICES = [
  { code: "onedrive", start: "Start OneDrive BVD" },
  { code: "sharepoint", start: "Start SharePoint BVD" },
] as const satisfies readonly { code: ServiceCode; start: string }[];

export const OUTCOMES = [
  { id: "deploy_now", label: "Delivered: ready to deploy now" },
  { id: "deploy", label: "Delivered: will deploy later" },
  { id: "blocked", label: "Delivered: blocked" },
  { id: "no_intent", label: "Delivered: no intent" },
  { id: "declined", label: "Declined" },
  { id: "unanswered", label: "Unanswered attempt" },
] as const;

export type OutcomeId = (typeof OUTCOMES)[number]["id"];

export type OutcomeForm = {
  service: ServiceCode | undefined;
  outcome: OutcomeId;
  targetDate: string;
  nextActionDate: string;
  timelineNote: string;
  reason: string;
  /** Services deployed before this one, first → last. */
  serializedAfter: ServiceCode[];
  attemptNumber: string;
};

export const EMPTY_OUTCOME: OutcomeForm = {
  service: undefined,
  outcome: "deploy_now",
  targetDate: "",
  nextActionDate: "",
  timelineNote: "",
  reason: "",
  serializedAfter: [],
  attemptNumber: "1",
};

export function isBvdService(code: string): code is (typeof BVD_SERVICES)[number]["code"] {
  return BVD_SERVICES.some((service) => service.code === code);
}

/** Only what the person typed is sent, so the server's 422 names exactly the data still missing. */
function filled(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== "" && value !== undefined));
}

export function outcomeEvent(form: OutcomeForm): TPlaybookEvent {
  const service = form.service;
  const base = service ? { service } : {};
  switch (form.outcome) {
    case "deploy_now":
      return { type: "bvd.delivered", ...base, data: filled({ intent: "deploy_now", targetDate: form.targetDate, nextActionDate: form.nextActionDate }) };
    case "deploy":
      return {
        type: "bvd.delivered",
        ...base,
        data: filled({ intent: "deploy", targetDate: form.targetDate, nextActionDate: form.nextActionDate, timelineNote: form.timelineNote.trim() }),
      };
    case "blocked":
    case "no_intent":
      return { type: "bvd.delivered", ...base, data: { intent: form.outcome } };
    case "declined": {
      const order = service && form.serializedAfter.length > 0 ? [...form.serializedAfter.filter((s) => s !== service), service] : undefined;
      return { type: "bvd.declined", ...base, data: filled({ reason: form.reason.trim(), deploymentOrder: order }) };
    }
    case "unanswered":
      return { type: "bvd.attempt_unanswered", ...base, data: { attemptNumber: Number(form.attemptNumber) } };
  }
}

/** Keeps the order in which services were ticked: earlier picks stay first, new picks go last. */
export function orderedSelection(previous: readonly ServiceCode[], next: readonly string[]): ServiceCode[] {
  const kept = previous.filter((code) => next.includes(code));
  const added = next.filter((code) => !kept.includes(code as ServiceCode)) as ServiceCode[];
  return [...kept, ...added];
}
