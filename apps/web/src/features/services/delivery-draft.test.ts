import { describe, expect, it } from "vitest";
import { parseDraft, serializeDraft } from "../../lib/session-draft.ts";
import { deliveryDraftOf, deliverySessionStart, sameDelivery } from "./delivery-draft.ts";

const service = { engagementScenario: "ftc_css_led" as const, engagementStartDate: null, nextActionDate: "2027-01-10" };

describe("the delivery values kept in the tab while typing", () => {
  it("starts from the saved values, with no date as empty text", () => {
    expect(deliveryDraftOf(service)).toEqual({ scenario: "ftc_css_led", startDate: "", nextAction: "2027-01-10" });
  });

  it("counts as typed only once a value differs, and reads back after a reload", () => {
    const start = deliverySessionStart(service);
    expect(sameDelivery(start.form, start.base)).toBe(true);
    const typed = { ...start, form: { ...start.form, scenario: "ftc_ftp_led", startDate: "2026-11-02" } };
    expect(sameDelivery(typed.form, typed.base)).toBe(false);
    expect(parseDraft(serializeDraft(typed, 1), 1, start)).toEqual(typed);
  });
});
