import type { FastifyError } from "fastify";
import { describe, expect, it } from "vitest";
import { AppError, problemOf } from "../errors.ts";
import { toAppError } from "./errors.ts";

const asFastifyError = (value: object) => value as FastifyError;

describe("toAppError", () => {
  it("answers a unique violation wrapped by the query builder with 409, not 500", () => {
    const wrapped = asFastifyError(Object.assign(new Error("Failed query: insert ..."), {
      cause: { code: "23505", constraint: "tenants_tenant_guid_key", detail: "Key (tenant_guid)=(x) already exists." },
    }));
    const { error, unexpected } = toAppError(wrapped);
    expect(error.code).toBe("already_exists");
    expect(error.status).toBe(409);
    expect(error.message).toContain("tenant_guid");
    expect(unexpected).toBe(false);
  });

  it("answers a check violation with 422 naming the rule", () => {
    const { error } = toAppError(asFastifyError({ message: "x", cause: { code: "23514", constraint: "tasks_percent_check" } }));
    expect([error.status, error.message]).toEqual([422, "The change breaks the rule tasks_percent_check."]);
  });

  it("hides unknown failures behind a 500 that says the error is logged", () => {
    const { error, unexpected } = toAppError(asFastifyError(new Error("secret connection string postgres://u:p@h/db")));
    expect(error.status).toBe(500);
    expect(error.message).not.toContain("postgres://");
    expect(unexpected).toBe(true);
  });

  it("keeps an AppError as it is", () => {
    const original = new AppError("version_conflict", "stale", { current: { version: 3 } });
    expect(toAppError(asFastifyError(original)).error).toBe(original);
  });
});

describe("problemOf", () => {
  it("renders RFC 9457 fields plus the code and the current record", () => {
    expect(problemOf(new AppError("version_conflict", "stale", { current: { version: 3 } }))).toEqual({
      type: "/problems/version-conflict",
      title: "Changed by someone else",
      status: 409,
      detail: "stale",
      code: "version_conflict",
      current: { version: 3 },
    });
  });
});
