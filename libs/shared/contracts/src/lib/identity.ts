import { z } from 'zod';

export const EmailSchema = z
  .string()
  .trim()
  .max(254, 'E-Mail-Adresse ist zu lang')
  .email('Bitte eine gültige E-Mail-Adresse angeben');

export const PasswordSchema = z
  .string()
  .min(10, 'Das Passwort braucht mindestens 10 Zeichen')
  .max(200, 'Das Passwort ist zu lang');

export const DisplayNameSchema = z
  .string()
  .trim()
  .min(1, 'Bitte einen Namen angeben')
  .max(120, 'Der Name ist zu lang (höchstens 120 Zeichen)');

export const LoginRequestSchema = z.object({
  email: EmailSchema,
  // No length rules at login: a wrong password is a 401, never a 400 that leaks policy.
  password: z.string().min(1, 'Bitte das Passwort angeben').max(200),
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
  token: z.string().min(1, 'Der Link ist unvollständig').max(200, 'Der Link ist ungültig'),
  password: PasswordSchema,
});
export type SetPasswordRequest = z.infer<typeof SetPasswordRequestSchema>;
