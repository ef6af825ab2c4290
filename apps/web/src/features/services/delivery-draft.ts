import type { TService } from "@waymark/contracts";

/** The delivery form's values as typed (dates as the date inputs hold them, "" for none). */
export type DeliveryDraft = { scenario: string; startDate: string; nextAction: string };

/** What the form keeps in the tab while typing: the values it started from and the typed ones. */
export type DeliverySessionDraft = { base: DeliveryDraft; form: DeliveryDraft };

/** The tab's draft key of one service's delivery form. */
export const deliveryDraftKey = (tenantId: string, serviceId: string) => `delivery:${tenantId}:${serviceId}`;

export function deliveryDraftOf(service: Pick<TService, "engagementScenario" | "engagementStartDate" | "nextActionDate">): DeliveryDraft {
  return { scenario: service.engagementScenario, startDate: service.engagementStartDate ?? "", nextAction: service.nextActionDate ?? "" };
}

export function deliverySessionStart(service: Pick<TService, "engagementScenario" | "engagementStartDate" | "nextActionDate">): DeliverySessionDraft {
  const form = deliveryDraftOf(service);
  return { base: form, form };
}

export function sameDelivery(a: DeliveryDraft, b: DeliveryDraft): boolean {
  return a.scenario === b.scenario && a.startDate === b.startDate && a.nextAction === b.nextAction;
}
