import type { TDuplicateCandidate, TFinding, TTenant } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { confirmConsequences, duplicateCheckOpen, duplicateOfTenant, hiddenSentence, likelyLabel, listInWords, rankCandidates, reasonProblem } from "./duplicates.ts";

const candidate = (name: string, score: number, likely = score >= 50): TDuplicateCandidate => ({
  id: `00000000-0000-4000-8000-${String(score).padStart(12, "0")}`,
  name,
  tpid: 1000 + score,
  customerName: `${name} customer`,
  country: "DE",
  primaryFm: null,
  score,
  likely,
  evidence: [],
});

const finding = (code: string, status: TFinding["status"] = "open") => ({ code, status }) as TFinding;

describe("when the section opens by itself", () => {
  it("opens while the Gateway's duplicate check is an open finding, not once it is accepted or absent", () => {
    expect(duplicateCheckOpen([finding("check_entitlement_requirements"), finding("check_duplicate_tenants")])).toBe(true);
    expect(duplicateCheckOpen([finding("check_duplicate_tenants", "accepted")])).toBe(false);
    expect(duplicateCheckOpen([])).toBe(false);
  });
});

describe("the candidates list", () => {
  it("puts the best match first, whatever order they came in", () => {
    const ranked = rankCandidates([candidate("Low", 30), candidate("High", 90), candidate("Mid", 60)]);
    expect(ranked.map((c) => c.name)).toEqual(["High", "Mid", "Low"]);
  });

  it("says in words how sure a match is", () => {
    expect(likelyLabel({ likely: true })).toBe("Likely duplicate");
    expect(likelyLabel({ likely: false })).toBe("Possible, check it");
  });

  it("tells how many likely duplicates the reader cannot see and whom to ask", () => {
    expect(hiddenSentence({ count: 2, contacts: ["Ana Fischer", "Ben Ode"] })).toBe(
      "2 likely duplicates are held by tenants you cannot see: ask Ana Fischer, Ben Ode.",
    );
    expect(hiddenSentence({ count: 1, contacts: ["Ana Fischer"] })).toBe("1 likely duplicate is held by a tenant you cannot see: ask Ana Fischer.");
    expect(hiddenSentence({ count: 1, contacts: [] })).toMatch(/none has a primary FM/);
    expect(hiddenSentence({ count: 0, contacts: [] })).toBeNull();
  });
});

describe("confirming a duplicate", () => {
  const tenant = {
    name: "Contoso Limited",
    services: [
      { serviceLabel: "Exchange Online", effectiveEntitlements: 1200 },
      { serviceLabel: "Teams", effectiveEntitlements: 300 },
    ],
  } as unknown as TTenant;

  it("says which services become Duplicate/Invalid and who takes the tenant over and is e-mailed", () => {
    const lines = confirmConsequences(tenant, { name: "Contoso Ltd", primaryFm: { id: "x", name: "Ana Fischer" } });
    expect(lines).toEqual([
      "Contoso Limited is linked to Contoso Ltd, the tenant that stays.",
      "All entitlements of its 2 services become L1 Duplicate/Invalid, out of FastTrack reporting: Exchange Online (1,200) and Teams (300).",
      "Contoso Limited goes to Ana Fischer, the primary FastTrack Manager of Contoso Ltd, who is e-mailed about it.",
    ]);
  });

  it("says the assignments stay when the winner has no primary FM, and when there are no services", () => {
    const lines = confirmConsequences({ ...tenant, services: [] }, { name: "Contoso Ltd", primaryFm: null });
    expect(lines[1]).toBe("Contoso Limited has no services, so no entitlements change.");
    expect(lines[2]).toMatch(/^Contoso Ltd has no primary FastTrack Manager, so Contoso Limited's assignments stay as they are/);
  });

  it("asks for a reason of a sentence, as the server does", () => {
    expect(reasonProblem("  same  ")).toMatch(/at least 10 characters, 4 now/);
    expect(reasonProblem("Same company, same TPID in Viewpoint")).toBeUndefined();
    expect(reasonProblem("x".repeat(1001))).toMatch(/1000 characters/);
  });

  it("names lists the way a sentence does", () => {
    expect(listInWords(["A"])).toBe("A");
    expect(listInWords(["A", "B", "C"])).toBe("A, B and C");
  });

  it("reads the winner from the tenant when it carries one, and nothing otherwise", () => {
    expect(duplicateOfTenant({ duplicateOf: { id: "w", name: "Contoso Ltd" } } as unknown as TTenant)).toEqual({ id: "w", name: "Contoso Ltd" });
    expect(duplicateOfTenant({} as TTenant)).toBeNull();
  });
});
