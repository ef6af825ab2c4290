import type { TTenantPartner, TTenantPartners } from "@waymark/contracts";

/** FTOP shows "N/A" for a partner without a Microsoft Partner Network id. */
export function mpnText(mpnId: string | null): string {
  return mpnId?.trim() ? mpnId : "N/A";
}

/** The partners that can be removed: the "No Partner Identified" placeholder row has no partner behind it. */
export function linkedPartners(tab: TTenantPartners | undefined): (TTenantPartner & { partnerId: string })[] {
  if (!tab || tab.noPartnerIdentified) return [];
  return tab.items.filter((item): item is TTenantPartner & { partnerId: string } => item.partnerId !== null);
}

/** The server asks for at least 3 characters; say so before asking it. */
export function removalReasonProblem(reason: string): string | undefined {
  return reason.trim().length >= 3 ? undefined : "Say why the partner is removed (at least 3 characters).";
}

export const yesNo = (value: boolean): string => (value ? "Yes" : "No");
