import { z } from "zod";
import { roles } from "../domain/model.js";
import { id, shortText, timeZone } from "./common.js";

export const email = z
  .email()
  .max(254)
  .transform((e) => e.toLowerCase());
export const password = z.string().min(10, "must be at least 10 characters").max(200);

export const setupBody = z.strictObject({
  email,
  password,
  name: shortText,
  workspaceName: shortText,
  timeZone: timeZone.optional(),
});
export type SetupBody = z.infer<typeof setupBody>;

export const loginBody = z.strictObject({
  email,
  password: z.string().min(1).max(200),
  workspaceId: id.optional(),
});
export type LoginBody = z.infer<typeof loginBody>;

export const tokenBody = z.strictObject({ name: shortText.default("API token") });

export const inviteBody = z.strictObject({ email: email.optional(), role: z.enum(roles).default("member") });
export type InviteBody = z.infer<typeof inviteBody>;

export const acceptInviteBody = z.strictObject({ email, password, name: shortText });
export type AcceptInviteBody = z.infer<typeof acceptInviteBody>;

/** What a signed-in user may change about themselves. */
export const profilePatch = z.strictObject({ name: shortText.optional(), timeZone: timeZone.optional() });
export type ProfilePatch = z.infer<typeof profilePatch>;

export const me = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string(), timeZone: z.string() }),
    workspace: z.object({ id: z.string(), name: z.string() }),
    role: z.enum(roles),
    csrfToken: z.string().nullable(),
  })
  .meta({ id: "Me" });
