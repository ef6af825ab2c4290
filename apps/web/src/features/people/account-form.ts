import type { TCreateUser, TUpdateUser, TUser } from "@waymark/contracts";
import { problemOf } from "../../lib/api.ts";

/** What the create and edit dialogs hold while the administrator types. */
export type AccountForm = {
  username: string;
  displayName: string;
  email: string;
  roles: string[];
  isAdministrator: boolean;
  partnerId: string;
  disabled: boolean;
};

export const EMPTY_ACCOUNT: AccountForm = { username: "", displayName: "", email: "", roles: [], isAdministrator: false, partnerId: "", disabled: false };

type Editable = "displayName" | "email" | "roles" | "isAdministrator" | "disabled";
const EDITABLE: readonly Editable[] = ["displayName", "email", "roles", "isAdministrator", "disabled"];

export const FIELD_NAMES: Readonly<Record<Editable, string>> = {
  displayName: "name",
  email: "e-mail",
  roles: "roles",
  isAdministrator: "administrator",
  disabled: "disabled",
};

export function formOf(user: TUser): AccountForm {
  return {
    username: user.username,
    displayName: user.displayName,
    email: user.email ?? "",
    roles: [...user.roles],
    isAdministrator: user.isAdministrator,
    partnerId: user.partner?.id ?? "",
    disabled: user.disabled,
  };
}

export function createBody(form: AccountForm): TCreateUser {
  return {
    username: form.username.trim(),
    displayName: form.displayName.trim(),
    email: form.email.trim() || null,
    roles: form.roles as TCreateUser["roles"],
    isAdministrator: form.isAdministrator,
    partnerId: form.partnerId.trim() || null,
  };
}

const same = (a: AccountForm, b: AccountForm, field: Editable) =>
  field === "roles" ? [...a.roles].sort().join() === [...b.roles].sort().join() : String(a[field]).trim() === String(b[field]).trim();

/** The fields the administrator changed from what they loaded; only these are sent, so others' changes survive. */
export function changesOf(base: AccountForm, form: AccountForm): Partial<AccountForm> {
  const changes: Partial<AccountForm> = {};
  for (const field of EDITABLE) if (!same(base, form, field)) Object.assign(changes, { [field]: form[field] });
  return changes;
}

/** The fields someone else changed between two readings of the account, named for a sentence. */
export function changedMeanwhile(before: AccountForm, now: AccountForm): string[] {
  return EDITABLE.filter((field) => !same(before, now, field)).map((field) => FIELD_NAMES[field]);
}

export function updateBody(version: number, changes: Partial<AccountForm>): TUpdateUser {
  const body: TUpdateUser = { version };
  if (changes.displayName !== undefined) body.displayName = changes.displayName.trim();
  if (changes.email !== undefined) body.email = changes.email.trim() || null;
  if (changes.roles !== undefined) body.roles = changes.roles as TUpdateUser["roles"];
  if (changes.isAdministrator !== undefined) body.isAdministrator = changes.isAdministrator;
  if (changes.disabled !== undefined) body.disabled = changes.disabled;
  return body;
}

/** Field errors of a refused request by body field ("/body/roles" → roles), first message wins. */
export function bodyFieldErrors(error: unknown): Record<string, string> {
  if (!error) return {};
  const result: Record<string, string> = {};
  for (const { path, message } of problemOf(error).errors ?? []) {
    const name = path.replace(/^\/?body\/?/, "").replace(/^\//, "").split("/")[0] || "form";
    result[name] ??= message;
  }
  return result;
}
