import { randomBytes } from "node:crypto";
import { type Algorithm, hash, verify } from "@node-rs/argon2";

// The library exposes the algorithm as an ambient const enum; 2 is its Argon2id member.
const ARGON2ID = 2 as Algorithm;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) return false;
  return verify(passwordHash, password).catch(() => false);
}

/** A password shown once to a person who must replace it at first sign-in. */
export function oneTimePassword(): string {
  return randomBytes(15).toString("base64url");
}

/** Used to spend the same time on an unknown username as on a wrong password, so timing reveals no accounts. */
export const DUMMY_HASH_INPUT = "waymark-timing-equaliser";
