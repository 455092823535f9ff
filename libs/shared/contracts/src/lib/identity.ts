import * as z from 'zod';
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

// ---------------------------------------------------------------- account administration (issue 7)

/**
 * `POST /api/admin/queues/session` (admins): hands the caller's access token to Bull Board as a
 * cookie only the board's paths receive; the browser then opens `url`. `DELETE` ends it.
 */
export const QueueBoardSessionSchema = z.object({ url: z.string(), expiresAt: z.string().nullable() });
export type QueueBoardSession = z.infer<typeof QueueBoardSessionSchema>;

/** What an admin sees of an account. `status`: invited = no password set yet; deactivated = `active` false. */
export const AccountStatusSchema = z.enum(['active', 'invited', 'deactivated']);
export type AccountStatus = z.infer<typeof AccountStatusSchema>;

export const AccountSchema = UserSchema.extend({
  active: z.boolean(),
  status: AccountStatusSchema,
  createdAt: z.string(),
  /** Last successful login or refresh; null when never. */
  lastSeenAt: z.string().nullable(),
});
export type Account = z.infer<typeof AccountSchema>;

export const ACCOUNT_LIST_LIMITS = { q: { max: 200 }, pageSize: { max: 100, default: 20 } } as const;

/** `GET /api/users?q=&page=&pageSize=`: search in name and e-mail (case-insensitive, substring). */
export const ListAccountsQuerySchema = z.object({
  q: z.string().trim().max(ACCOUNT_LIST_LIMITS.q.max, msg('Der Suchbegriff ist zu lang', 'The search term is too long')).optional(),
  page: z.coerce.number(msg('Bitte eine Seitenzahl angeben', 'Please give a page number')).int().min(1).max(100000).default(1),
  pageSize: z.coerce
    .number(msg('Bitte eine Seitengröße angeben', 'Please give a page size'))
    .int()
    .min(1)
    .max(ACCOUNT_LIST_LIMITS.pageSize.max)
    .default(ACCOUNT_LIST_LIMITS.pageSize.default),
});
export type ListAccountsQuery = z.infer<typeof ListAccountsQuerySchema>;

/** `PATCH /api/users/:userId`: rename, deactivate (`active: false` ends every session at once) or reactivate. */
export const UpdateAccountRequestSchema = z
  .object({
    displayName: DisplayNameSchema.optional(),
    active: z.boolean(msg('Bitte ja oder nein angeben', 'Please answer yes or no')).optional(),
  })
  .refine(
    (b) => b.displayName !== undefined || b.active !== undefined,
    msg('Bitte etwas zum Ändern angeben', 'Please give something to change'),
  );
export type UpdateAccountRequest = z.infer<typeof UpdateAccountRequestSchema>;

// ---------------------------------------------------------------- sessions and passwords (issue 7)

/** One signed-in device of the caller (`GET /api/me/sessions`). */
export const SessionSchema = z.object({
  id: z.string(),
  /** Browser and system as read from the User-Agent, e.g. "Firefox auf Linux". */
  device: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string(),
  /** The session of this request. */
  current: z.boolean(),
});
export type Session = z.infer<typeof SessionSchema>;

/** `POST /api/me/password`: every *other* session ends. A weak new password answers 400 at `newPassword`. */
export const ChangePasswordRequestSchema = z.object({
  currentPassword: z
    .string()
    .min(1, msg('Bitte das bisherige Passwort angeben', 'Please enter your current password'))
    .max(ACCOUNT_LIMITS.password.max),
  newPassword: PasswordSchema,
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequestSchema>;
