import { describe, expect, it } from "vitest";
import { headlineParts, isRecent, latestQuery, ownerText, searchQuery, validateLibrarySearch, viewOf, withSearch } from "./library-search.ts";

describe("the notes library's URL", () => {
  it("keeps known filters and drops unknown values, so an old bookmark still opens", () => {
    expect(validateLibrarySearch({ view: "search", age: "30-60", category: "environment", escalated: "true", q: " compete ", author: "me" })).toEqual({
      view: "search", age: "30-60", category: "environment", service: undefined, escalated: "true", hashtag: undefined, author: "me", q: "compete", nextUpdate: undefined,
    });
    const odd = validateLibrarySearch({ view: "everything", age: "0-365", category: "gossip", escalated: "maybe", author: "bot" });
    expect(viewOf(odd)).toBe("latest");
    expect([odd.age, odd.category, odd.escalated, odd.author]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("removes a filter that is cleared instead of writing an empty value", () => {
    expect(withSearch({ age: "0-30", escalated: "true" }, { escalated: undefined })).toEqual({ age: "0-30" });
  });

  it("asks the server for my notes only when the author filter says me, and searches only once something is typed", () => {
    expect(latestQuery({ author: "me", escalated: "true" })).toMatchObject({ mine: "true", escalated: "true" });
    expect(latestQuery({ author: "system" }).mine).toBeUndefined();
    expect(searchQuery({ category: "environment" })).toBeNull();
    expect(searchQuery({ q: "#Compete", nextUpdate: "week" })).toMatchObject({ q: "#Compete", nextUpdate: "week" });
  });
});

describe("a note as the library shows it", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  it("is recent up to a week old", () => {
    expect(isRecent("2026-11-16T12:00:00Z", now)).toBe(true);
    expect(isRecent("2026-11-16T11:59:00Z", now)).toBe(false);
  });

  it("names the next action's owner as you or another person", () => {
    expect(ownerText("u1", "u1")).toBe("you");
    expect(ownerText("u2", "u1")).toBe("another person");
    expect(ownerText(null, "u1")).toBeNull();
  });

  it("marks the matched words of a search headline", () => {
    expect(headlineParts("lost to «Compete» in «Q3»")).toEqual([
      { text: "lost to ", match: false }, { text: "Compete", match: true }, { text: " in ", match: false }, { text: "Q3", match: true },
    ]);
  });
});
