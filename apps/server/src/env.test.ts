import { describe, expect, it } from "vitest";
import { parseEnv, redactUrl } from "./env.ts";

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
