import type { TUser } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../lib/api.ts";
import { bodyFieldErrors, changedMeanwhile, changesOf, createBody, EMPTY_ACCOUNT, formOf, updateBody } from "./account-form.ts";

const ada: TUser = {
  id: "00000000-0000-4000-8000-000000000001",
  username: "ada",
  displayName: "Ada Lovelace",
  email: null,
  roles: ["fasttrack_manager"],
  accessLevel: "assigned",
  isAdministrator: false,
  partner: null,
  singleSignOn: false,
  mustChangePassword: false,
  disabled: false,
  version: 3,
  createdAt: "2026-11-01T09:00:00.000Z",
};

describe("the account form", () => {
  it("sends a new account trimmed, with empty e-mail and partner as none", () => {
    expect(createBody({ ...EMPTY_ACCOUNT, username: " ada ", displayName: " Ada ", email: " ", roles: ["sme"] })).toEqual({
      username: "ada", displayName: "Ada", email: null, roles: ["sme"], isAdministrator: false, partnerId: null,
    });
  });

  it("sends only what the administrator changed, so a colleague's other edits are kept", () => {
    const base = formOf(ada);
    const changes = changesOf(base, { ...base, roles: ["team_manager", "fasttrack_manager"], email: "  " });
    expect(changes).toEqual({ roles: ["team_manager", "fasttrack_manager"] });
    expect(updateBody(4, changes)).toEqual({ version: 4, roles: ["team_manager", "fasttrack_manager"] });
    expect(changesOf(base, { ...base, roles: ["fasttrack_manager"] })).toEqual({});
  });

  it("clears an e-mail by sending none", () => {
    const base = formOf({ ...ada, email: "ada@example.com" });
    expect(updateBody(3, changesOf(base, { ...base, email: "" }))).toEqual({ version: 3, email: null });
  });

  it("names what someone else changed meanwhile", () => {
    const before = formOf(ada);
    expect(changedMeanwhile(before, formOf({ ...ada, displayName: "Ada King", disabled: true }))).toEqual(["name", "disabled"]);
  });

  it("puts the server's field errors on the fields they name", () => {
    const error = new ApiError({
      type: "about:blank", title: "x", status: 422, detail: "x", code: "validation_failed",
      errors: [{ path: "/body/roles", message: "add partner_user" }, { path: "/body/roles/0", message: "second" }, { path: "", message: "general" }],
    });
    expect(bodyFieldErrors(error)).toEqual({ roles: "add partner_user", form: "general" });
    expect(bodyFieldErrors(null)).toEqual({});
  });
});
