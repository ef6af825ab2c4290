import { describe, expect, it } from "vitest";
import { classifyNote, type NoteEvidence } from "./note-quality.ts";

const words = (evidence: NoteEvidence[]) => evidence.flatMap((e) => (e.kind === "matched" ? e.words : []));
const missingParts = (evidence: NoteEvidence[]) => evidence.flatMap((e) => (e.kind === "missing" ? [e.part] : []));

describe("the Entitlement Status Notes Guidance examples", () => {
  it.each([
    ["Customer does not intend to onboard workload due to an ongoing acquisition of another company that must be handled before any onboarding activities can occur.", "great", "no_intent", "executive_sponsorship"],
    ["Until the merger is complete, customer will not deploy.", "marginal", "no_intent", "executive_sponsorship"],
    ["Customer has no intent.", "poor", "no_intent", null],
    ["Due to a firewall not properly forwarding traffic, the customer will not deploy service because they are unable to connect to mailboxes.", "great", "blocked", "customer_it_infrastructure_and_remediation"],
    ["Customer will not deploy due to specific infrastructure on-prem.", "marginal", "blocked", "customer_it_infrastructure_and_remediation"],
    ["Customer cannot deploy right now.", "poor", "blocked", null],
    ["Customer continuing the deployment process and currently working on remediation steps.", "great", "in_progress", "technical_onboarding"],
    ["In Progress.", "marginal", "in_progress", null],
    ["Customer unresponsive to 3 contact attempts. Managed customer.", "great", "status_unknown", "customer_unresponsive"],
    ["Customer unresponsive to contact attempts.", "marginal", "status_unknown", "customer_unresponsive"],
    ["Customer unresponsive.", "poor", "status_unknown", "customer_unresponsive"],
    ["Service will not be deployed because of legal restrictions on data residency. Customer is prohibited from storing regulated data outside country due to X regulation.", "great", "blocked", "legal_regulatory"],
    ["Cannot deploy because of cloud/data/legal issues.", "poor", "blocked", null],
  ] as const)("%s → %s, %s / %s", (body, rating, l1, l2) => {
    const result = classifyNote({ body });
    expect(result.rating).toBe(rating);
    expect(result.suggested).toEqual({ l1, l2 });
  });

  it("rates a blank note poor and suggests nothing", () => {
    expect(classifyNote({ body: "  " })).toMatchObject({ rating: "poor", suggested: null, evidence: [{ kind: "missing", part: "status and reason" }] });
  });

  it("rates the guide's marginal data-residency note down for too much information", () => {
    const body =
      "Service will not be deployed because of X regulation, prohibiting data from being stored outside country at rest or in transit. ATU is involved to find a solution however unlikely. Roadmap is being explored for possible feature resolution for data requirements. The FM continues to meet with customer regularly for sync calls. If no solution is found, it is likely that a competitive solution will be leveraged. Microsoft Consulting Services (MCS) may be used, but dependent on funding.";
    const result = classifyNote({ body });
    expect(result.rating).toBe("marginal");
    expect(missingParts(result.evidence)).toContain("concision");
  });

  it("rates the common mistakes poor: usage or the L1 alone, engagement activity", () => {
    expect(classifyNote({ body: "Customer has no intent for this workload or usage 0.0%." }).rating).toBe("poor");
    const wrongType = classifyNote({ body: "Scheduling kickoff meeting to gather intent of workload." });
    expect(wrongType.rating).toBe("poor");
    expect(words(wrongType.evidence)).toEqual(expect.arrayContaining(["scheduling", "kickoff", "meeting"]));
  });
});

describe("evidence", () => {
  it("names the words that state the status and the reason, and what is missing", () => {
    const poor = classifyNote({ body: "Customer has no intent." });
    expect(words(poor.evidence)).toContain("no intent");
    expect(missingParts(poor.evidence)).toEqual(["reason"]);
    expect(poor.evidence.find((e) => e.kind === "missing")?.explanation).toMatch(/^Say why the customer has no intent/);

    const great = classifyNote({ body: "Customer does not intend to use Teams because they are standardised on Slack under a three-year contract." });
    expect(great.rating).toBe("great");
    expect(words(great.evidence)).toEqual(expect.arrayContaining(["does not intend", "slack"]));
    expect(missingParts(great.evidence)).toEqual([]);
  });

  it("asks an unresponsive note for the number of attempts and whether the account is managed", () => {
    expect(missingParts(classifyNote({ body: "Customer unresponsive." }).evidence)).toEqual(["number of attempts", "managed or unmanaged"]);
    expect(missingParts(classifyNote({ body: "Customer unresponsive to 4 emails and 2 calls. Unmanaged account." }).evidence)).toEqual([]);
  });

  it("says when the note disagrees with the L1 it is filed under, and keeps it from great", () => {
    const body = "Customer unresponsive to 3 contact attempts. Managed customer.";
    const filed = classifyNote({ body, l1: "no_intent" });
    expect(filed.rating).toBe("marginal");
    expect(filed.suggested?.l1).toBe("status_unknown");
    expect(filed.evidence.map((e) => e.explanation)).toContain(
      "You chose No Intent, but the note reads as Status Unknown: change the L1 or say why it is No Intent.",
    );
    expect(classifyNote({ body, l1: "status_unknown" }).rating).toBe("great");
  });

  it("reports hedging words and template blanks", () => {
    const hedged = classifyNote({ body: "Customer is blocked for now." });
    expect(hedged.rating).toBe("poor");
    expect(words(hedged.evidence)).toContain("for now");
    const template = classifyNote({ body: "Customer blocked because of [primary issue] until [potential resolution] is implemented." });
    expect(template.rating).toBe("poor");
    expect(words(template.evidence)).toEqual(expect.arrayContaining(["[primary issue]", "[potential resolution]"]));
  });
});

describe("tricky wording", () => {
  it("reads negations: no blockers, not unresponsive", () => {
    const noBlockers = classifyNote({ body: "Customer deploying with a non-FastTrack partner; tenant configuration and DNS done, no blockers." });
    expect(noBlockers).toMatchObject({ rating: "great", suggested: { l1: "in_progress", l2: "technical_onboarding" } });
    expect(noBlockers.evidence.map((e) => e.explanation)).toContain('"blockers" is negated here, so it does not count.');
    expect(classifyNote({ body: "Not unresponsive: customer replied and is planning the migration of 800 mailboxes with their partner in July." }).suggested).toEqual({
      l1: "in_progress",
      l2: "migration",
    });
  });

  it("does not read a declined FastTrack benefit as no intent to use the service", () => {
    const result = classifyNote({ body: "Customer declined the FastTrack benefit but is deploying Exchange Online themselves with their own partner." });
    expect(result.suggested?.l1).toBe("in_progress");
    expect(result.evidence[0]?.explanation).toMatch(/^Declining FastTrack help is not the same as having no intent/);
    expect(classifyNote({ body: "Customer declined FTC assistance." })).toMatchObject({ rating: "poor", suggested: null });
  });

  it("gives a reason that only names its kind marginal, and a bare kind with no status poor", () => {
    expect(classifyNote({ body: "Customer does not have intent to use service because of a competitive solution." }).rating).toBe("marginal");
    expect(classifyNote({ body: "Security concerns." }).rating).toBe("poor");
  });

  it("is deterministic and sure only when the words agree", () => {
    const body = "The CSO is not comfortable with executive mailboxes in the cloud, so Exchange Online deployment is blocked until a security review with Microsoft is held.";
    expect(classifyNote({ body })).toEqual(classifyNote({ body }));
    expect(classifyNote({ body }).confidence).toBe("high");
    expect(classifyNote({ body: "Renewal due 2027" }).confidence).toBe("low");
  });
});
