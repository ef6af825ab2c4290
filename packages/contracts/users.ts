import { ACCESS_LEVELS, FASTTRACK_ROLES } from "@waymark/domain";
import { z } from "zod";
import { codesOf, ZPage, ZPageOf, ZUuid, ZVersion } from "./common.ts";

const ZRoleCode = codesOf(FASTTRACK_ROLES).describe("FastTrack role (security group) code; the highest access level among a user's roles applies");

/** A Waymark account as administrators and assignment pickers see it; never its password or sessions. */
export const ZUser = z.object({
  id: ZUuid,
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  roles: z.array(z.string()),
  accessLevel: codesOf(ACCESS_LEVELS).nullable().describe("The level that applies: the highest of the roles', Assigned at most for a partner user; null = no access to tenants"),
  isAdministrator: z.boolean(),
  partner: z.object({ id: ZUuid, name: z.string() }).nullable().describe("The partner organisation of a partner user (FRP)"),
  singleSignOn: z.boolean().describe("Linked to a single sign-on identity"),
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
});
export type TUser = z.infer<typeof ZUser>;

export const ZUserList = ZPageOf(ZUser);
export type TUserList = z.infer<typeof ZUserList>;

export const ZUserListQuery = z.object({
  q: z.string().trim().max(200).optional().describe("Username, display name or e-mail contains"),
  role: ZRoleCode.optional(),
  partnerId: ZUuid.optional(),
  includeDisabled: z.enum(["true", "false"]).default("false").transform((value) => value === "true"),
  ...ZPage,
});

const userFields = {
  displayName: z.string().trim().min(1).max(200),
  email: z.email().max(320).nullable(),
  roles: z.array(ZRoleCode).max(30),
  isAdministrator: z.boolean(),
  partnerId: ZUuid.nullable().describe("Makes the account a partner user of this organisation; they need the partner_user role"),
};

export const ZCreateUser = z
  .object({
    username: z
      .string()
      .trim()
      .min(2)
      .max(100)
      .regex(/^[a-zA-Z0-9._@-]+$/, "use letters, digits, dot, underscore, @ or hyphen"),
    ...userFields,
    email: userFields.email.default(null),
    roles: userFields.roles.default([]),
    isAdministrator: userFields.isAdministrator.default(false),
    partnerId: userFields.partnerId.default(null),
  })
  .strict();
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZUpdateUser = z
  .object({ version: ZVersion, ...userFields, disabled: z.boolean().describe("A disabled user cannot sign in; their sessions end at once") })
  .partial()
  .required({ version: true })
  .strict();
export type TUpdateUser = z.infer<typeof ZUpdateUser>;

/** A new account or a reset password: the one-time password is shown here once and never again. */
export const ZUserWithOneTimePassword = z.object({
  user: ZUser,
  oneTimePassword: z.string().describe("Give it to the person; they must choose their own password at first sign-in"),
});
