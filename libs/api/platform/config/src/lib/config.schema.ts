import * as z from 'zod';
import { DEFAULT_UPLOAD_MAX_BYTES } from '@ecampus/shared/contracts';

/**
 * The built-in development JWT secret: accepted only when NODE_ENV is explicitly `development` or
 * `test` (an unset NODE_ENV means development for everything else, but never for this).
 */
export const DEVELOPMENT_JWT_SECRET = 'ecampus-development-secret-change-me-in-production';

const bool = z.enum(['true', 'false', '1', '0', '']).transform((v) => v === 'true' || v === '1');

const url = (protocols: string[]) =>
  z.string().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    `must be a URL starting with ${protocols.map((p) => p + '//').join(' or ')}`,
  );

/** Whether the runtime knows `name` as a time zone (Intl throws a RangeError for unknown ones). */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const ConfigSchema = z
  .object({
    /** Unset = development (see the transform below), which is not enough for the built-in JWT secret. */
    NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_URL: url(['postgres:', 'postgresql:']).default('postgres://postgres@127.0.0.1:5432/ecampus'),
    REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
    /** Every Redis key (queues, throttler, socket adapter) starts with this; tests use one per run. */
    REDIS_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9_-]{1,40}$/, 'must be 1–40 letters, digits, - or _')
      .default('ecampus'),
    /** Unset = the built-in development secret, refused below unless NODE_ENV is explicitly development or test. */
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86400).default(900),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    /** A session ends this many days after its login however often it is renewed (REFRESH_TOKEN_TTL_DAYS is its idle lifetime). */
    SESSION_ABSOLUTE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    /** Failed logins per account (unknown devices) before every further attempt waits, progressively (decision 019). */
    LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(1000).default(10),
    /**
     * Failed logins per IP before every further attempt waits. Higher than per account: a workshop venue or
     * a town hall puts many people behind one address, and they all log in at the same time.
     */
    LOGIN_IP_RATE_LIMIT: z.coerce.number().int().min(1).max(100000).default(100),
    /** The longest wait between attempts once a login limit is reached (the wait doubles up to this). */
    LOGIN_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86400).default(300),
    /** Failed set-password attempts (bad link, guessable password) per IP before every further one waits, as for logins. */
    SET_PASSWORD_IP_RATE_LIMIT: z.coerce.number().int().min(1).max(100000).default(20),
    /** Attempts with one set-password link before every further one waits. */
    SET_PASSWORD_TOKEN_RATE_LIMIT: z.coerce.number().int().min(1).max(1000).default(5),
    ADMIN_EMAIL: z.string().email('must be an e-mail address').optional(),
    ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
    /** The address people use in the browser: links in mails, allowed socket Origin. */
    PUBLIC_URL: url(['http:', 'https:']).default('http://localhost:3000'),
    /** Extra allowed origins (comma separated). CORS stays off when empty: same origin only. */
    CORS_ORIGINS: z.string().default(''),
    /** Directory of the built Angular app served by the API; empty = do not serve it. */
    WEB_DIST_DIR: z.string().default(''),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_PRETTY: bool.default(false),
    MAIL_TRANSPORT: z.enum(['log', 'smtp']).default('log'),
    MAIL_DIR: z.string().default('.data/mail'),
    SMTP_URL: url(['smtp:', 'smtps:']).optional(),
    MAIL_FROM: z.string().default('eCampus <no-reply@ecampus.local>'),
    /** Seconds between runs of the outbox reconciler (re-enqueues pending rows). */
    RECONCILE_INTERVAL_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
    /** When the worker sends trainers and coordinators the daily digest of submissions waiting for review: `HH:MM`, or `off`. */
    REVIEW_DIGEST_TIME: z
      .string()
      .regex(/^(off|([01]\d|2[0-3]):[0-5]\d)$/, 'must be a time HH:MM (00:00–23:59) or off')
      .default('07:00'),
    /** The time zone of REVIEW_DIGEST_TIME (and of the digest's day): an IANA name. */
    REVIEW_DIGEST_TIMEZONE: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin').default('Europe/Berlin'),
    /** Live seminars: a session still open this many minutes after its planned end ends itself (queued job). */
    LIVE_AUTO_END_GRACE_MINUTES: z.coerce.number().int().min(0).max(1440).default(30),
    /** Live seminars: chat, questions and polls of a session are deleted this many days after it ended (daily job). */
    LIVE_CHAT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
    /** Live seminars: attendance of a session is deleted this many days after it ended (daily job). */
    LIVE_ATTENDANCE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(730),
    /** Live seminars: the time zone of times in reminder mails and of the nightly retention run (an IANA name). */
    LIVE_TIMEZONE: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin').default('Europe/Berlin'),
    /** Live seminars' audio and video: the Janus WebSockets address (`ws://…:8188`); unset = rooms without media. */
    JANUS_URL: url(['ws:', 'wss:']).optional(),
    /** Janus' `api_secret` (every request carries it; only the API knows it). */
    JANUS_API_SECRET: z.string().optional(),
    /** The VideoRoom plugin's `admin_key` (needed to create rooms). */
    JANUS_ADMIN_KEY: z.string().optional(),
    /** STUN servers browsers use for audio and video (comma-separated `stun:host:port`). */
    MEDIA_STUN_URLS: z.string().default(''),
    /** TURN servers browsers use (comma-separated `turn:`/`turns:` URLs) with their credentials. */
    MEDIA_TURN_URLS: z.string().default(''),
    MEDIA_TURN_USERNAME: z.string().optional(),
    MEDIA_TURN_CREDENTIAL: z.string().optional(),
    /** Trust X-Forwarded-For from this many proxies (rate limit per IP behind a load balancer). */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** OpenAPI UI and document: `on`, `off` or `admins` (document only with an admin's token); default by NODE_ENV below. */
    OPENAPI_UI: z.enum(['on', 'off', 'admins']).optional(),
    /** Files of the API's own: stored uploads (`files/`, with STORAGE_DRIVER=local) and uploads in progress (`uploads/`). */
    DATA_DIR: z.string().default('.data'),
    /** Where uploaded files live: `local` (under DATA_DIR, one API node or a shared volume) or `s3` (S3-compatible object storage). */
    STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
    /** The largest file an upload accepts, in bytes (at most 2 GiB). */
    UPLOAD_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(2 * 1024 ** 3)
      .default(DEFAULT_UPLOAD_MAX_BYTES),
    /** S3-compatible endpoint (MinIO, Ceph, Garage, …); unset = AWS S3 of S3_REGION. */
    S3_ENDPOINT: url(['http:', 'https:']).optional(),
    S3_REGION: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/, 'must be a region name such as eu-central-1')
      .default('us-east-1'),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name: 3–63 lower-case letters, digits, dots or hyphens')
      .optional(),
    /** Unset (both) = the SDK's default credentials (environment, instance or task role). */
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    /** Bucket in the path (`endpoint/bucket/key`) instead of the host name: most self-hosted servers need it. */
    S3_FORCE_PATH_STYLE: bool.default(false),
  })
  .superRefine((c, ctx) => {
    if (c.MAIL_TRANSPORT === 'smtp' && !c.SMTP_URL) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'is required when MAIL_TRANSPORT=smtp' });
    }
    if (c.JANUS_URL && !c.JANUS_ADMIN_KEY) {
      ctx.addIssue({ code: 'custom', path: ['JANUS_ADMIN_KEY'], message: 'is required with JANUS_URL (the VideoRoom admin_key)' });
    }
    if (c.STORAGE_DRIVER === 's3' && !c.S3_BUCKET) {
      ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'is required when STORAGE_DRIVER=s3' });
    }
    if (!c.S3_ACCESS_KEY_ID !== !c.S3_SECRET_ACCESS_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: [c.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'],
        message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together',
      });
    }
    if ((c.ADMIN_EMAIL && !c.ADMIN_PASSWORD) || (!c.ADMIN_EMAIL && c.ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [c.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'],
        message: 'ADMIN_EMAIL and ADMIN_PASSWORD go together',
      });
    }
    // Anyone who knows the built-in secret can sign admin tokens: only where NODE_ENV says so explicitly.
    const builtInSecretAllowed = c.NODE_ENV === 'development' || c.NODE_ENV === 'test';
    if ((c.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET) === DEVELOPMENT_JWT_SECRET && !builtInSecretAllowed) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'must be a secret of your own (openssl rand -hex 32) unless NODE_ENV is explicitly development or test',
      });
    }
  })
  // Defaults that depend on whether a value was given at all (checked above) or on NODE_ENV.
  .transform((c) => {
    const NODE_ENV = c.NODE_ENV ?? 'development';
    return {
      ...c,
      NODE_ENV,
      JWT_SECRET: c.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
      OPENAPI_UI: c.OPENAPI_UI ?? (NODE_ENV === 'production' ? 'admins' : 'on'),
    };
  });

export type AppConfig = z.infer<typeof ConfigSchema>;
