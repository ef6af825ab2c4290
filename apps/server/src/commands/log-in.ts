import { findUserByUsername } from "@waymark/db";
import type { TLogin } from "@waymark/contracts";
import type { Deps } from "../app-types.ts";
import { DUMMY_HASH_INPUT, hashPassword, verifyPassword } from "../auth/passwords.ts";
import { openSession } from "../auth/sessions.ts";
import { AppError } from "../errors.ts";

let dummyHash: Promise<string> | undefined;

export async function logIn(deps: Deps, options: { input: TLogin; ipAddress?: string; userAgent?: string }) {
  const { input } = options;
  const user = await findUserByUsername(deps.db, input.username.trim());
  dummyHash ??= hashPassword(DUMMY_HASH_INPUT);
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !valid || user.disabledAt) {
    throw new AppError("unauthenticated", "The username or password is wrong.");
  }
  const token = await openSession(deps.db, user.id, new Date(), {
    ...(options.ipAddress ? { ipAddress: options.ipAddress } : {}),
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  });
  return { token, user };
}
