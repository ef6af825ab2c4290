import { describe, expect, it } from "vitest";
import { baseSubject, emailLanguageFor, outreachTemplateFor, withQuotedOriginal } from "./outreach-email.ts";

describe("the template of an outreach step", () => {
  it("is found by the seed's name, the catalog label or the code", () => {
    expect(outreachTemplateFor("Customer 1st Contact Template")?.code).toBe("customer_1st_contact");
    expect(outreachTemplateFor("Account Team Contact Template")?.code).toBe("account_team_contact");
    expect(outreachTemplateFor("Partner Contact")?.code).toBe("partner_contact");
    expect(outreachTemplateFor("customer_3rd_contact")?.repliesTo).toBe("customer_1st_contact");
    expect(outreachTemplateFor("Customer 9th Contact Template")).toBeUndefined();
  });
});

describe("the language an outreach e-mail goes out in", () => {
  it("is the one most recipients speak, when there is a template in it", () => {
    expect(emailLanguageFor(["de", "de-DE", "en"])).toBe("de");
    expect(emailLanguageFor(["German"])).toBe("de");
  });
  it("is English when nobody's language is known or there is no template in it", () => {
    expect(emailLanguageFor([])).toBe("en");
    expect(emailLanguageFor([null, "Klingon"])).toBe("en");
  });
});

describe("a reply-all", () => {
  it("carries the earlier message quoted below the new text", () => {
    const text = withQuotedOriginal("Following up.", { sentAt: new Date("2026-11-02T09:00:00Z"), from: "Ana FM", subject: "Your FastTrack benefit", body: "Hello,\n\nLet us talk." });
    expect(text).toBe("Following up.\n\nOn Mon, 02 Nov 2026 09:00:00 GMT, Ana FM wrote:\n> Subject: Your FastTrack benefit\n>\n> Hello,\n>\n> Let us talk.");
  });
});

describe("the subject an answer is matched by", () => {
  it("drops reply and forward prefixes in any language and case", () => {
    expect(baseSubject("Fwd: RE: AW:  Your FastTrack benefit")).toBe("your fasttrack benefit");
    expect(baseSubject("Your FastTrack benefit")).toBe("your fasttrack benefit");
  });
});
