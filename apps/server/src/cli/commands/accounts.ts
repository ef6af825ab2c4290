import { findUserByUsername } from "@waymark/db";
import { ZCreateUser } from "@waymark/contracts";
import type { Actor } from "../../actor.ts";
import type { Deps } from "../../app-types.ts";
import { createUser, resetUserPassword } from "../../commands/manage-users.ts";
import { openDatabase } from "../../database.ts";
import { parseEnv } from "../../env.ts";
import { AppError } from "../../errors.ts";

// For whoever runs the deployment: another administrator, or a way back in when every administrator is locked out.

async function withDatabase<T>(work: (deps: Deps) => Promise<T>): Promise<T> {
  const database = await openDatabase(parseEnv(), { notice: (m) => process.stderr.write(`${m}\n`) });
  try {
    return await work({ db: database.db, now: () => new Date() });
  } catch (error) {
    throw error instanceof AppError ? new Error(error.message) : error;
  } finally {
    await database.shutdown();
  }
}

const oneTimeNotice = (username: string, password: string) =>
  `One-time password for ${username}: ${password}\nIt is shown once; ${username} chooses their own at the first sign-in.\n`;

export async function createAdminCommand(options: { username: string; displayName?: string }): Promise<void> {
  const parsed = ZCreateUser.safeParse({ username: options.username, displayName: options.displayName ?? options.username, isAdministrator: true });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
  const actor: Actor = { kind: "system", reason: "waymark create-admin" };
  const created = await withDatabase((deps) => createUser(deps, { actor, input: parsed.data }));
  process.stdout.write(`Administrator ${created.user.username} created.\n${oneTimeNotice(created.user.username, created.oneTimePassword)}`);
}

export async function resetPasswordCommand(options: { username: string }): Promise<void> {
  const actor: Actor = { kind: "system", reason: "waymark reset-password" };
  const reset = await withDatabase(async (deps) => {
    const user = await findUserByUsername(deps.db, options.username);
    if (!user) throw new Error(`There is no account ${options.username.toLowerCase()}.`);
    return resetUserPassword(deps, { actor, userId: user.id });
  });
  process.stdout.write(`${reset.user.username}'s sessions are ended.\n${oneTimeNotice(reset.user.username, reset.oneTimePassword)}`);
}
