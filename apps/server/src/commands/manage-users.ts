import {
  countOtherActiveAdministrators,
  deleteSessionsOfUser,
  type Executor,
  findPartnerById,
  findUserById,
  findUserByUsername,
  insertAuditEvents,
  insertUser,
  type NewUserRow,
  setUserPassword,
  updateUserIfVersion,
  type UserListRow,
  type UserRow,
} from "@waymark/db";
import type { TCreateUser, TUpdateUser } from "@waymark/contracts";
import type { Actor, UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { hashPassword, oneTimePassword } from "../auth/passwords.ts";
import { AppError, notFound, staleVersion } from "../errors.ts";
import { auditEvent, changedFields } from "./audit.ts";

type Problem = { path: string; message: string };
const PARTNER_ROLE = "partner_user";

/** What an account looks like in the trail: never its password, only what an administrator set. */
const auditable = (user: UserRow) => ({
  username: user.username,
  displayName: user.displayName,
  email: user.email,
  roles: user.roles,
  isAdministrator: user.isAdministrator,
  partnerId: user.partnerId,
  disabled: user.disabledAt !== null,
});

/**
 * A partner user belongs to a partner organisation and holds the partner role; nobody else holds either. A partner's
 * person never administers Waymark.
 */
async function checkPartnerFields(tx: Executor, account: { roles: string[]; isAdministrator: boolean; partnerId: string | null }): Promise<{ problems: Problem[]; partnerName: string | null }> {
  const problems: Problem[] = [];
  let partnerName: string | null = null;
  const holdsPartnerRole = account.roles.includes(PARTNER_ROLE);
  if (account.partnerId) {
    const partner = await findPartnerById(tx, account.partnerId);
    if (!partner) problems.push({ path: "/body/partnerId", message: `There is no partner organisation with id ${account.partnerId}.` });
    else partnerName = partner.name;
    if (!holdsPartnerRole) problems.push({ path: "/body/roles", message: `A partner's person holds the ${PARTNER_ROLE} role; add it to the roles.` });
    if (account.isAdministrator) problems.push({ path: "/body/isAdministrator", message: "A partner's person cannot administer Waymark; remove the partner or the administrator flag." });
  } else if (holdsPartnerRole) {
    problems.push({ path: "/body/partnerId", message: `The ${PARTNER_ROLE} role needs the partner organisation the person works for: set partnerId.` });
  }
  return { problems, partnerName };
}

const refuse = (problems: Problem[]) => new AppError("validation_failed", problems.map((p) => p.message).join(" "), { errors: problems });

/** Creates an account with a one-time password, shown once; the person chooses their own at first sign-in. */
export async function createUser(deps: Deps, options: { actor: Actor; input: TCreateUser }): Promise<{ user: UserListRow; oneTimePassword: string }> {
  const { actor, input } = options;
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  return deps.db.transaction(async (tx) => {
    const { problems, partnerName } = await checkPartnerFields(tx, input);
    if (await findUserByUsername(tx, input.username)) {
      problems.push({ path: "/body/username", message: `The username ${input.username.toLowerCase()} is taken; choose another.` });
    }
    if (problems.length > 0) throw refuse(problems);
    const user = await insertUser(tx, { ...input, passwordHash, mustChangePassword: true, createdAt: deps.now() });
    await insertAuditEvents(tx, [auditEvent(actor, "user.created", { type: "user", id: user.id }, {}, { after: auditable(user) })]);
    return { user: { ...user, partnerName }, oneTimePassword: password };
  });
}

/** Changes an account; disabling ends its sessions at once. The last active administrator stays one. */
export async function updateUser(deps: Deps, options: { actor: UserActor; userId: string; input: TUpdateUser }): Promise<UserListRow> {
  const { actor, userId } = options;
  const { version, disabled, ...fields } = options.input;
  return deps.db.transaction(async (tx) => {
    const current = await findUserById(tx, userId);
    if (!current) throw notFound("The user");
    if (current.version !== version) throw staleVersion("The user", version, { version: current.version });
    const after = {
      roles: fields.roles ?? current.roles,
      isAdministrator: fields.isAdministrator ?? current.isAdministrator,
      partnerId: fields.partnerId !== undefined ? fields.partnerId : current.partnerId,
    };
    const { problems, partnerName } = await checkPartnerFields(tx, after);
    const losesAdministration = current.isAdministrator && current.disabledAt === null && (!after.isAdministrator || disabled === true);
    if (losesAdministration && (await countOtherActiveAdministrators(tx, userId)) === 0) {
      problems.push({ path: disabled ? "/body/disabled" : "/body/isAdministrator", message: `${current.displayName} is the last active administrator; make someone else an administrator first.` });
    }
    if (problems.length > 0) throw refuse(problems);
    const patch: Partial<NewUserRow> = { ...fields };
    if (disabled !== undefined && disabled !== (current.disabledAt !== null)) patch.disabledAt = disabled ? deps.now() : null;
    const { changed } = changedFields(current as Record<string, unknown>, patch as Record<string, unknown>);
    if (!changed) return { ...current, partnerName };
    const updated = await updateUserIfVersion(tx, userId, version, patch);
    if (!updated) throw staleVersion("The user", version, { version: current.version });
    const endedSessions = updated.disabledAt ? await deleteSessionsOfUser(tx, userId) : 0;
    await insertAuditEvents(tx, [
      auditEvent(actor, updated.disabledAt && !current.disabledAt ? "user.disabled" : "user.updated", { type: "user", id: userId }, {}, {
        before: auditable(current),
        after: { ...auditable(updated), ...(endedSessions > 0 ? { endedSessions } : {}) },
      }),
    ]);
    return { ...updated, partnerName };
  });
}

/** Gives the account a new one-time password (shown once) and ends its sessions, e.g. for a forgotten password. */
export async function resetUserPassword(deps: Deps, options: { actor: Actor; userId: string }): Promise<{ user: UserListRow; oneTimePassword: string }> {
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  return deps.db.transaction(async (tx) => {
    const current = await findUserById(tx, options.userId);
    if (!current) throw notFound("The user");
    if (current.disabledAt) throw new AppError("validation_failed", `${current.displayName} is disabled; enable the account before giving it a new password.`);
    await setUserPassword(tx, current.id, passwordHash, true);
    const endedSessions = await deleteSessionsOfUser(tx, current.id);
    await insertAuditEvents(tx, [
      auditEvent(options.actor, "user.password_reset", { type: "user", id: current.id }, {}, { after: { mustChangePassword: true, endedSessions } }),
    ]);
    const user = (await findUserById(tx, current.id)) ?? current;
    const partner = user.partnerId ? await findPartnerById(tx, user.partnerId) : undefined;
    return { user: { ...user, partnerName: partner?.name ?? null }, oneTimePassword: password };
  });
}
