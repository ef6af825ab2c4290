import { z } from "zod";

export const ZLogin = z.object({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1000),
});
export type TLogin = z.infer<typeof ZLogin>;

export const ZChangePassword = z.object({
  currentPassword: z.string().min(1).max(1000),
  newPassword: z.string().min(12, "choose at least 12 characters").max(1000),
});
export type TChangePassword = z.infer<typeof ZChangePassword>;

export const ZCurrentUser = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  isAdministrator: z.boolean(),
  mustChangePassword: z.boolean(),
});
export type TCurrentUser = z.infer<typeof ZCurrentUser>;

export const ZSession = z.object({ user: ZCurrentUser });
export type TSession = z.infer<typeof ZSession>;

/** "read": only reading; "write": everything the owner's roles allow. */
export const ZApiTokenScope = z.enum(["read", "write"]);
export type TApiTokenScope = z.infer<typeof ZApiTokenScope>;

export const ZCreateApiToken = z.object({
  name: z.string().trim().min(1, "give the token a name you will recognise").max(200),
  scopes: z.array(ZApiTokenScope).min(1, 'choose at least one scope: "read" or "write"'),
  expiresInDays: z.number().int().min(1).max(365, "a token lives at most 365 days").optional(),
});
export type TCreateApiToken = z.infer<typeof ZCreateApiToken>;

export const ZApiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(ZApiTokenScope),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type TApiToken = z.infer<typeof ZApiToken>;

/** The answer to creating a token: the only time the token itself is shown. */
export const ZCreatedApiToken = ZApiToken.extend({ token: z.string() });
export type TCreatedApiToken = z.infer<typeof ZCreatedApiToken>;

export const ZApiTokenList = z.object({ items: z.array(ZApiToken) });
export type TApiTokenList = z.infer<typeof ZApiTokenList>;
