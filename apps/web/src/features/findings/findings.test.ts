import type { TFinding } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { displayOrder, groupByService, neighbourOf, reasonProblem, ruleKey, ruleSentences } from "./findings.ts";

const finding = (id: string, service: string | null): TFinding => ({
  id,
  service,
  code: "classify_after_bvd",
  message: `finding ${id}`,
  role: "fasttrack_manager",
  ruleId: "od-classify-after-bvd",
  createdAt: "2026-11-23T09:00:00.000Z",
  status: "open",
  acceptedById: null,
  acceptedReason: null,
  acceptedAt: null,
  acceptedByName: null,
});

describe("groupByService", () => {
  it("puts tenant-level findings first, then the tenant's services in their order, then unknown services by code", () => {
    const groups = groupByService(
      [finding("1", "sharepoint"), finding("2", null), finding("3", "zz_other"), finding("4", "onedrive"), finding("5", "sharepoint")],
      ["exchange", "onedrive", "sharepoint"],
    );
    expect(groups.map((group) => [group.service, group.findings.map((f) => f.id)])).toEqual([
      [null, ["2"]],
      ["onedrive", ["4"]],
      ["sharepoint", ["1", "5"]],
      ["zz_other", ["3"]],
    ]);
    expect(displayOrder(groups).map((f) => f.id)).toEqual(["2", "4", "1", "5", "3"]);
  });
});

describe("neighbourOf", () => {
  const ordered = [finding("a", null), finding("b", null), finding("c", null)];
  it("is the next finding, else the previous one, else none", () => {
    expect(neighbourOf(ordered, "b")).toBe("c");
    expect(neighbourOf(ordered, "c")).toBe("b");
    expect(neighbourOf([finding("a", null)], "a")).toBeNull();
    expect(neighbourOf(ordered, "missing")).toBeNull();
  });
});

describe("ruleSentences", () => {
  it("keeps the newest sentence per service and rule", () => {
    const effect = (service: string | null, why: string, occurredAt: string) => ({
      playbookId: "onedrive-bvd", playbookVersion: 1, ruleId: "od-classify-after-bvd", kind: "raise_finding",
      service, why, inputs: {}, change: null, eventType: "bvd.delivered", occurredAt,
    });
    const sentences = ruleSentences([effect("onedrive", "newest", "2026-11-23T10:00:00.000Z"), effect("onedrive", "older", "2026-11-22T10:00:00.000Z")]);
    expect(sentences.get(ruleKey("onedrive", "od-classify-after-bvd"))?.why).toBe("newest");
    expect(sentences.get(ruleKey(null, "od-classify-after-bvd"))).toBeUndefined();
  });
});

describe("reasonProblem", () => {
  it("asks for 3 to 500 characters, counting the trimmed text", () => {
    expect(reasonProblem("  ab  ")).toMatch(/at least 3/);
    expect(reasonProblem("abc")).toBeUndefined();
    expect(reasonProblem("x".repeat(501))).toMatch(/500 characters \(501 now\)/);
  });
});
