import { describe, expect, it } from "vitest";
import { HASHTAGS, extractHashtags, hashtagEntryFor } from "./hashtags.ts";

describe("hashtag catalog", () => {
  it("has the seven canonical tags, unique", () => {
    expect(HASHTAGS.map((entry) => entry.tag)).toEqual([
      "#SPOblocker", "#Compete", "#Pilot", "#Unresponsive", "#Compliance", "#FieldDeliveringBVD", "#covid",
    ]);
    expect(new Set(HASHTAGS.map((entry) => entry.code)).size).toBe(HASHTAGS.length);
  });

  it("keeps the seed's label of the SharePoint blocker tag", () => {
    expect(HASHTAGS.find((entry) => entry.code === "spo_blocker")?.label).toBe("#SPOblocker – no intent");
  });

  it("counts #covid19 as #covid for reporting", () => {
    expect(hashtagEntryFor("#covid19")?.code).toBe("covid");
    expect(hashtagEntryFor("#COVID")?.code).toBe("covid");
    expect(hashtagEntryFor("#Other")).toBeUndefined();
  });
});

describe("extractHashtags", () => {
  it("stops a tag at the first non-letter, non-digit", () => {
    expect(extractHashtags("#SPOblocker – no intent")).toEqual(["#SPOblocker"]);
  });

  it("normalises known tags to their canonical spelling", () => {
    expect(extractHashtags("customer silent, #unresponsive")).toEqual(["#Unresponsive"]);
    expect(extractHashtags("#spoBLOCKER")).toEqual(["#SPOblocker"]);
    expect(extractHashtags("#COVID accelerating Teams")).toEqual(["#covid"]);
  });

  it("keeps unknown tags as first written", () => {
    expect(extractHashtags("#covid19 and #MyTag")).toEqual(["#covid19", "#MyTag"]);
  });

  it("de-duplicates case-insensitively in order of first appearance", () => {
    expect(extractHashtags("#Pilot then #Compete, #pilot again, #MyTag #mytag")).toEqual(["#Pilot", "#Compete", "#MyTag"]);
  });

  it("reads several tags, at the start, end and next to punctuation", () => {
    expect(extractHashtags("#Compete: vs Box. Also (#Compliance) #FieldDeliveringBVD")).toEqual([
      "#Compete", "#Compliance", "#FieldDeliveringBVD",
    ]);
  });

  it("ignores ordinals, glued words, URLs and entities", () => {
    expect(extractHashtags("Serial: Exchange#1, OneDrive#2 (OneDrive BVD Declined)")).toEqual([]);
    expect(extractHashtags("priority #1 for them")).toEqual([]);
    expect(extractHashtags("see https://aka.ms/page#section or &#x27;")).toEqual([]);
    expect(extractHashtags("no tags here, just # and ##")).toEqual([]);
  });
});
