import { z } from 'zod';
import { tooLong } from './common';
import { msg } from './i18n';

/** Limits of account fields; the schemas below check them, client validators use them. */
export const ACCOUNT_LIMITS = {
  email: { max: 254 },
  password: { min: 10, max: 200 },
  displayName: { max: 120 },
} as const;

export const EmailSchema = z
  .string()
  .trim()
  .max(ACCOUNT_LIMITS.email.max, msg('E-Mail-Adresse ist zu lang', 'The e-mail address is too long'))
  .email(msg('Bitte eine gültige E-Mail-Adresse angeben', 'Please enter a valid e-mail address'));

export const PasswordSchema = z
  .string()
  .min(
    ACCOUNT_LIMITS.password.min,
    msg(
      `Das Passwort braucht mindestens ${ACCOUNT_LIMITS.password.min} Zeichen`,
      `The password needs at least ${ACCOUNT_LIMITS.password.min} characters`,
    ),
  )
  .max(ACCOUNT_LIMITS.password.max, msg('Das Passwort ist zu lang', 'The password is too long'));

export const DisplayNameSchema = z
  .string()
  .trim()
  .min(1, msg('Bitte einen Namen angeben', 'Please enter a name'))
  .max(ACCOUNT_LIMITS.displayName.max, tooLong(ACCOUNT_LIMITS.displayName.max, { de: 'Der Name', en: 'The name' }));

export const LoginRequestSchema = z.object({
  email: EmailSchema,
  // No length rules at login: a wrong password is a 401, never a 400 that leaks policy.
  password: z.string().min(1, msg('Bitte das Passwort angeben', 'Please enter the password')).max(ACCOUNT_LIMITS.password.max),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const UserSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  isAdmin: z.boolean(),
});
export type User = z.infer<typeof UserSchema>;

export const LoginResponseSchema = z.object({
  accessToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int(),
  user: UserSchema,
});
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

export const CreateUserRequestSchema = z.object({
  email: EmailSchema,
  displayName: DisplayNameSchema,
  password: PasswordSchema.optional(),
  isAdmin: z.boolean().optional(),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;

/** Body of POST /api/auth/set-password (invitation link); answers like login. */
export const SetPasswordRequestSchema = z.object({
  token: z
    .string()
    .min(1, msg('Der Link ist unvollständig', 'The link is incomplete'))
    .max(200, msg('Der Link ist ungültig', 'The link is invalid')),
  password: PasswordSchema,
});
export type SetPasswordRequest = z.infer<typeof SetPasswordRequestSchema>;
