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
