import { describe, expect, it } from "vitest";
import { draftMarked, draftStorageKey, parseDraft, sameDraft, sameShape, serializeDraft } from "./session-draft.ts";

const empty = { name: "", engaged: false, partner: null as { id: string; name: string } | null, services: [] as string[] };

describe("session drafts", () => {
  it("reads back what was typed, partner and lists included", () => {
    const typed = { name: "Ada Lovelace", engaged: true, partner: { id: "p1", name: "Contoso" }, services: ["exo", "spo"] };
    expect(parseDraft(serializeDraft(typed, 1), 1, empty)).toEqual(typed);
  });

  it("keeps each user's drafts apart", () => {
    expect(draftStorageKey("user-a", "status:t1")).not.toBe(draftStorageKey("user-b", "status:t1"));
    expect(draftStorageKey("user-a", "status:t1")).toBe("waymark.draft:user-a:status:t1");
  });

  it("drops a draft of another version, so a changed form is never filled with old fields", () => {
    expect(parseDraft(serializeDraft({ ...empty, name: "Ada" }, 1), 2, empty)).toBeNull();
  });

  it("drops a draft whose fields no longer match the form", () => {
    const older = JSON.stringify({ format: 1, version: 1, savedAt: "2026-01-01T00:00:00.000Z", value: { name: "Ada", engaged: "yes" } });
    expect(parseDraft(older, 1, empty)).toBeNull();
    expect(parseDraft(serializeDraft({ ...empty, extra: "x" }, 1), 1, empty)).toBeNull();
    expect(parseDraft(serializeDraft({ ...empty, name: 42 }, 1), 1, empty)).toBeNull();
  });

  it("drops nothing stored, broken JSON and foreign envelopes", () => {
    expect(parseDraft(null, 1, empty)).toBeNull();
    expect(parseDraft("{not json", 1, empty)).toBeNull();
    expect(parseDraft(JSON.stringify({ name: "Ada" }), 1, empty)).toBeNull();
    expect(parseDraft(JSON.stringify({ format: 9, version: 1, value: empty }), 1, empty)).toBeNull();
  });

  it("lets an optional pick be empty or set, but not a plain field be null", () => {
    expect(sameShape({ partner: null }, { partner: { id: "", name: "" } })).toBe(true);
    expect(sameShape({ name: null }, { name: "" })).toBe(false);
  });

  it("takes a choice not made yet (undefined) as missing or made", () => {
    const template = { service: undefined as string | undefined, reason: "" };
    expect(parseDraft(serializeDraft({ service: undefined, reason: "Declined" }, 1), 1, template)).toEqual({ reason: "Declined" });
    expect(parseDraft(serializeDraft({ service: "exchange", reason: "" }, 1), 1, template)).toEqual({ service: "exchange", reason: "" });
  });

  it("compares drafts by what they hold", () => {
    expect(sameDraft({ a: "1", b: [1] }, { a: "1", b: [1] })).toBe(true);
    expect(sameDraft({ a: "1" }, { a: "2" })).toBe(false);
  });

  it("marks an opener whose form keeps something typed, and leaves the others as they are", () => {
    expect(draftMarked("Record consent…", true)).toBe("Record consent… (draft)");
    expect(draftMarked("Record consent…", false)).toBe("Record consent…");
  });
});
