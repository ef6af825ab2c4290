import { describe, expect, it } from "vitest";
import {
  abbreviationOf,
  abbreviationTokensOf,
  companyNameWords,
  type DuplicateParty,
  LIKELY_DUPLICATE_SCORE,
  legalFormOf,
  normalizeCompanyName,
  rankDuplicateCandidates,
  scoreDuplicate,
} from "./duplicate-tenants.ts";
import { neighbouringKeys, oneEditApart, trigramSimilarity } from "./name-similarity.ts";

const party = (name: string, extra: Partial<DuplicateParty> = {}): DuplicateParty => ({ names: [name], tpid: null, country: "DE", ...extra });
const score = (a: string, b: string, extra: Partial<DuplicateParty> = {}) => scoreDuplicate(party(a), party(b, extra));

describe("normalising a company name", () => {
  it("drops case, accents, punctuation and legal forms, and reads & as and", () => {
    expect(normalizeCompanyName("Contoso Ltd")).toBe("contoso");
    expect(normalizeCompanyName("CONTOSO LIMITED")).toBe("contoso");
    expect(normalizeCompanyName("Contoso, Inc.")).toBe("contoso");
    expect(normalizeCompanyName("Société Générale S.A.")).toBe("societe generale");
    expect(normalizeCompanyName("Fabrikam S.p.A.")).toBe("fabrikam");
    expect(normalizeCompanyName("Woodgrove Bank Pty Ltd")).toBe("woodgrove bank");
    expect(normalizeCompanyName("City Power & Light")).toBe(normalizeCompanyName("City Power and Light Co."));
    expect(normalizeCompanyName("The Margie's Travel GmbH")).toBe("margies travel");
  });

  it("keeps a name that is only a legal form rather than emptying it", () => {
    expect(companyNameWords("AB")).toEqual(["ab"]);
  });
});

describe("reading the legal form", () => {
  it("takes the trailing legal form, the same for Ltd and Limited, and none when the name has none", () => {
    expect(legalFormOf("Contoso Limited")).toBe(legalFormOf("CONTOSO LTD"));
    expect(legalFormOf("Woodgrove Bank Pty Ltd")).toBe("pty ltd");
    expect(legalFormOf("Fabrikam S.p.A.")).toBe("spa");
    expect(legalFormOf("Contoso EMEA")).toBeNull();
  });
});

describe("recognising abbreviations", () => {
  it("takes the initials of the words, skipping linking words", () => {
    expect(abbreviationOf("ibm", ["international", "business", "machines"])).toEqual({ token: "ibm", how: "initials", skipped: 0 });
    expect(abbreviationOf("wwi", ["wide", "world", "importers"])?.how).toBe("initials");
    expect(abbreviationOf("bc", ["bank", "of", "contoso"])?.how).toBe("initials");
  });

  it("takes letters of the first word in order, from its first, then the next words' initials", () => {
    expect(abbreviationOf("ctso", ["contoso"])).toEqual({ token: "ctso", how: "letters in order", skipped: 1 });
    expect(abbreviationOf("msft", ["microsoft"])?.how).toBe("letters in order");
    expect(abbreviationOf("nwt", ["northwind", "traders"])?.how).toBe("letters in order");
    expect(abbreviationOf("cdgs", ["cats", "and", "dogs"])).toBeNull();
  });

  it("does not take a region in a name (Contoso EMEA) for an abbreviation", () => {
    expect(abbreviationTokensOf("Contoso EMEA")).toEqual([]);
    expect(abbreviationTokensOf("CTSO Germany")).toEqual(["ctso"]);
  });

  it("refuses letters out of order, another first letter, or a token as long as the name", () => {
    expect(abbreviationOf("ctos", ["contoso"])?.how).toBe("letters in order");
    expect(abbreviationOf("cost", ["contoso"])).toBeNull();
    expect(abbreviationOf("tso", ["contoso"])).toBeNull();
    expect(abbreviationOf("fbrk", ["fab"])).toBeNull();
  });
});

describe("scoring a candidate pair", () => {
  it("rates Contoso Ltd, Contoso Limited and CTSO as likely duplicates, with the evidence in words", () => {
    const limited = score("Contoso Ltd", "Contoso Limited");
    expect(limited.likely).toBe(true);
    expect(limited.evidence).toEqual(['same name once normalised: "Contoso Ltd" and "Contoso Limited" are both "contoso"', "same country (DE)", "same legal form (ltd)"]);
    const abbreviated = score("Contoso Ltd", "CTSO");
    expect(abbreviated.likely).toBe(true);
    expect(abbreviated.evidence[0]).toBe('"CTSO" abbreviates "Contoso Ltd" (letters in order: CTSO)');
    expect(score("CTSO GmbH", "Contoso Ltd").likely).toBe(true);
  });

  it("puts the same TPID at the top, whatever the names", () => {
    const sameCustomer = scoreDuplicate(party("Contoso Ltd", { tpid: 1234 }), party("Fabrikam Labs", { tpid: 1234 }));
    expect(sameCustomer.evidence[0]).toBe("same TPID 1234 (the same customer)");
    expect(sameCustomer.likely).toBe(true);
    const both = scoreDuplicate(party("Contoso Ltd", { tpid: 1234 }), party("Contoso Limited", { tpid: 1234 }));
    expect(both.score).toBe(100);
  });

  it("finds nothing between unrelated names, and a shared country alone is not a link", () => {
    expect(score("Contoso", "Fabrikam")).toEqual({ score: 0, likely: false, evidence: [] });
    expect(score("Apex Bank Inc.", "Apex Health Inc.").score).toBe(0);
  });

  it("scores a near-miss (Northwind Traders / Health) below the exact variants and below likely", () => {
    const nearMiss = score("Northwind Traders", "Northwind Health");
    expect(nearMiss.likely).toBe(false);
    expect(nearMiss.score).toBeLessThan(score("Northwind Traders", "Northwind Traders Inc.").score);
    expect(nearMiss.score).toBeLessThan(score("Northwind Traders", "NWT").score);
    expect(nearMiss.evidence[0]).toMatch(/trigram similarity 0\.\d\d/);
  });

  it("catches a typo as likely, and counts a different country for less", () => {
    expect(score("Summit Foods GmbH", "Sumit Foods GmbH").likely).toBe(true);
    expect(score("Fabrikam", "Fabrikan").evidence[0]).toBe('names one letter apart: "Fabrikam" and "Fabrikan" (a typo?)');
    expect(score("Fabrikam", "Fabrikan").likely).toBe(true);
    expect(score("Fabrikam", "Fabrikan", { country: "FR" }).likely).toBe(false);
    expect(oneEditApart("fabrikam", "fabirkam")).toBe(true);
    expect(oneEditApart("fabrikam", "fabrikamxy")).toBe(false);
    expect(oneEditApart("litware", "lotware")).toBe(true);
    expect(oneEditApart("ctso", "ctsa")).toBe(false);
    expect(score("Contoso Ltd", "Contoso GmbH", { country: "FR" }).score).toBe(LIKELY_DUPLICATE_SCORE);
  });

  it("counts a typo abroad as likely when the legal form agrees too, and says so", () => {
    const abroad = score("Summit Foods GmbH", "Sumit Foods GmbH", { country: "FR" });
    expect(abroad.likely).toBe(true);
    expect(abroad.evidence).toContain("same legal form (gmbh)");
    expect(score("Summit Foods GmbH", "Sumit Foods AG", { country: "FR" }).likely).toBe(false);
  });

  it("takes a letter changed for a distant key as a different name, not a typo", () => {
    expect(neighbouringKeys("m", "n")).toBe(true);
    expect(neighbouringKeys("d", "c")).toBe(true);
    expect(neighbouringKeys("n", "d")).toBe(false);
    const distant = score("Lumkelnor Ltd", "Lumkeldor S.A.");
    expect(distant.likely).toBe(false);
    expect(distant.evidence[0]).toContain("neither a neighbouring key nor alike in sound");
    expect(score("Fabrikam Insurance", "Fabricam Insurance").likely).toBe(true);
  });

  it("does not let the words two names end with make different names alike", () => {
    expect(score("Valkelgal Bank plc", "Valselgal Bank B.V.").likely).toBe(false);
    expect(score("Lovalval Capital Pty Ltd Test", "Valminvi Capital Pty Ltd Test").score).toBe(0);
  });

  it("counts a two-letter abbreviation as possible, not likely", () => {
    expect(score("Apex Bank", "AB").likely).toBe(false);
    expect(score("Apex Bank", "AB").score).toBeGreaterThan(0);
  });

  it("compares the customer's name too, and keeps the strongest name signal", () => {
    const subject: DuplicateParty = { names: ["Contoso EMEA", "Contoso Ltd"], tpid: 1, country: "DE" };
    const result = scoreDuplicate(subject, { names: ["Contoso Limited", "Contoso Limited"], tpid: 2, country: "DE" });
    expect(result.evidence[0]).toContain('"Contoso Ltd" and "Contoso Limited" are both "contoso"');
  });
});

describe("ranking candidates", () => {
  it("counts an abbreviation that fits several organisations found for less on each", () => {
    const subject = party("BNVR");
    const alone = rankDuplicateCandidates(subject, [{ id: "a", ...party("Benvaldor GmbH", { tpid: 1 }) }]);
    expect(alone[0]?.likely).toBe(true);
    const crowded = rankDuplicateCandidates(subject, [
      { id: "a", ...party("Benvaldor GmbH", { tpid: 1 }) },
      { id: "b", ...party("Benrasver Ltd", { tpid: 2 }) },
      { id: "c", ...party("Benjorver AG", { tpid: 3 }) },
    ]);
    expect(crowded.map((c) => c.likely)).toEqual([false, false, false]);
    expect(crowded[0]?.evidence[0]).toMatch(/but it fits 3 of the organisations found in the same country as closely$/);
  });

  it("still counts an abbreviation fully for the organisation it fits closest, or the only one in the country", () => {
    const subject = party("BNVR");
    const crowd = [
      { id: "a", ...party("Benvaldor GmbH", { tpid: 1 }) },
      { id: "b", ...party("Benrasver Ltd", { tpid: 2 }) },
      { id: "c", ...party("Benjorver AG", { tpid: 3 }) },
    ];
    const closest = rankDuplicateCandidates(subject, [...crowd, { id: "d", ...party("Benverpi K.K.", { tpid: 4 }) }]);
    expect(closest.filter((c) => c.likely).map((c) => c.id)).toEqual(["d"]);
    const abroad = crowd.map((c) => ({ ...c, country: "FR" }));
    const local = rankDuplicateCandidates(subject, [...abroad, { id: "e", ...party("Benjorver Ltd", { tpid: 5 }) }]);
    expect(local.filter((c) => c.likely).map((c) => c.id)).toEqual(["e"]);
  });

  it("sorts by score, leaves out those with no signal", () => {
    const ranked = rankDuplicateCandidates(party("Contoso Ltd"), [
      { id: "a", ...party("Northwind Health") },
      { id: "b", ...party("Contosso Ltd") },
      { id: "c", ...party("Contoso Limited") },
    ]);
    expect(ranked.map((c) => c.id)).toEqual(["c", "b"]);
  });
});

describe("trigram similarity", () => {
  it("is pg_trgm's: 1 for the same words, 0 for none shared", () => {
    expect(trigramSimilarity("contoso", "Contoso")).toBe(1);
    expect(trigramSimilarity("contoso", "fabrikam")).toBe(0);
    // pg_trgm: similarity('word', 'two words') = 4 shared of 11
    expect(trigramSimilarity("word", "two words")).toBeCloseTo(4 / 11, 5);
  });
});
