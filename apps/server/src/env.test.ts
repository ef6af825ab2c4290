import { describe, expect, it } from "vitest";
import { parseEnv, redactUrl } from "./env.ts";
import { mailConfigOf, mailDomainOf, oidcConfigOf } from "./env.ts";

describe("parseEnv", () => {
  it("defaults to the embedded database on 127.0.0.1:3000 with the demo", () => {
    expect(parseEnv({})).toMatchObject({ PORT: 3000, HOST: "127.0.0.1", WAYMARK_DATA_DIR: "./data", WAYMARK_DEMO: true });
    expect(parseEnv({}).DATABASE_URL).toBeUndefined();
  });

  it("reads flags and ignores empty values", () => {
    expect(parseEnv({ WAYMARK_DEMO: "false", PORT: "", DATABASE_URL: "" })).toMatchObject({ WAYMARK_DEMO: false, PORT: 3000 });
  });

  it("refuses bad values and names every one of them", () => {
    expect(() => parseEnv({ PORT: "eighty", DATABASE_URL: "mysql://x", WAYMARK_DEMO: "maybe" })).toThrow(
      /PORT: .*\n.*DATABASE_URL: must be a postgres:\/\/ URL\n.*WAYMARK_DEMO/s,
    );
  });
});

describe("redactUrl", () => {
  it("never shows a password", () => {
    expect(redactUrl("postgres://waymark:s3cr3t@db:5432/waymark")).toBe("postgres://waymark:***@db:5432/waymark");
  });
});

describe("the adjustable clock", () => {
  it("is refused on an external database unless forced, since that may be production", () => {
    expect(() => parseEnv({ WAYMARK_CLOCK: "adjustable", DATABASE_URL: "postgres://h/db" })).toThrow(/WAYMARK_CLOCK_FORCE=true/);
    expect(parseEnv({ WAYMARK_CLOCK: "adjustable", DATABASE_URL: "postgres://h/db", WAYMARK_CLOCK_FORCE: "true" }).WAYMARK_CLOCK).toBe("adjustable");
    expect(parseEnv({ WAYMARK_CLOCK: "adjustable" }).WAYMARK_CLOCK).toBe("adjustable");
    expect(parseEnv({}).WAYMARK_CLOCK).toBe("system");
  });
});

describe("single sign-on settings", () => {
  const complete = {
    WAYMARK_OIDC_ISSUER: "https://login.example.com/tenant/v2.0",
    WAYMARK_OIDC_CLIENT_ID: "waymark",
    WAYMARK_OIDC_CLIENT_SECRET: "s3cr3t-value",
    WAYMARK_OIDC_REDIRECT_URL: "https://waymark.example.com/api/auth/oidc/callback",
  };

  it("are off when none is set and on with the default label when all four are", () => {
    expect(oidcConfigOf(parseEnv({}))).toBeUndefined();
    expect(oidcConfigOf(parseEnv(complete))).toEqual({
      issuer: complete.WAYMARK_OIDC_ISSUER,
      clientId: "waymark",
      clientSecret: "s3cr3t-value",
      redirectUrl: complete.WAYMARK_OIDC_REDIRECT_URL,
      label: "Sign in with single sign-on",
    });
    expect(oidcConfigOf(parseEnv({ ...complete, WAYMARK_OIDC_ROLES_CLAIM: "roles", WAYMARK_OIDC_LABEL: "Sign in with Contoso" }))).toMatchObject({
      rolesClaim: "roles",
      label: "Sign in with Contoso",
    });
  });

  it("refuse to start when only some are set, naming the missing ones and never the secret", () => {
    const { WAYMARK_OIDC_CLIENT_ID: _id, WAYMARK_OIDC_REDIRECT_URL: _url, ...partial } = complete;
    expect(() => parseEnv(partial)).toThrow(/set WAYMARK_OIDC_CLIENT_ID, WAYMARK_OIDC_REDIRECT_URL too/);
    expect(() => parseEnv(partial)).not.toThrow(/s3cr3t-value/);
  });

  it("refuse an issuer or callback that is not an http(s) URL", () => {
    expect(() => parseEnv({ ...complete, WAYMARK_OIDC_ISSUER: "login.example.com" })).toThrow(/WAYMARK_OIDC_ISSUER: must be the provider's issuer URL/);
    expect(() => parseEnv({ ...complete, WAYMARK_OIDC_REDIRECT_URL: "ftp://x/cb" })).toThrow(/WAYMARK_OIDC_REDIRECT_URL: must be the full callback URL/);
  });
});

describe("e-mail settings", () => {
  it("are off without an SMTP URL, so messages stay queued, and Message-IDs use a domain that never resolves", () => {
    expect(mailConfigOf(parseEnv({}))).toBeUndefined();
    expect(mailDomainOf(parseEnv({}))).toBe("waymark.invalid");
  });

  it("send from the configured address every 15 s by default, Message-IDs in its domain", () => {
    const env = parseEnv({ WAYMARK_SMTP_URL: "smtps://waymark:s3cr3t@mail.example.com:465", WAYMARK_MAIL_FROM: "Waymark <Waymark@Example.com>" });
    expect(mailConfigOf(env)).toEqual({ smtpUrl: "smtps://waymark:s3cr3t@mail.example.com:465", from: "Waymark <Waymark@Example.com>", sendSeconds: 15 });
    expect(mailDomainOf(env)).toBe("example.com");
    expect(mailDomainOf(parseEnv({ WAYMARK_MAIL_FROM: "ops@fasttrack.example.org" }))).toBe("fasttrack.example.org");
  });

  it("refuse an SMTP URL without a sender, a URL of another scheme and a sender that is no address, never echoing the password", () => {
    expect(() => parseEnv({ WAYMARK_SMTP_URL: "smtp://mail.example.com:25" })).toThrow(/WAYMARK_SMTP_URL needs WAYMARK_MAIL_FROM/);
    const bad = () => parseEnv({ WAYMARK_SMTP_URL: "https://u:s3cr3t@mail.example.com", WAYMARK_MAIL_FROM: "waymark" });
    expect(bad).toThrow(/WAYMARK_SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL.*\n.*WAYMARK_MAIL_FROM: must be an address/s);
    expect(bad).not.toThrow(/s3cr3t/);
    expect(redactUrl("smtp://waymark:s3cr3t@mail.example.com:587")).toBe("smtp://waymark:***@mail.example.com:587");
  });
});
