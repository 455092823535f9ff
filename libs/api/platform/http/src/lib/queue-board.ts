import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  Controller,
  Delete,
  HttpCode,
  HttpException,
  Injectable,
  Module,
  Post,
  Req,
  Res,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import fastifyCookie, { type CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import type { QueueBoardSession } from '@ecampus/shared/contracts';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { AdminOnly, AuthModule, Authenticator } from '@ecampus/api/platform/auth';
import { QueueName } from '@ecampus/api/platform/queue';

/** Where Bull Board answers (its page, assets and its own API). */
export const QUEUE_BOARD_PATH = '/api/admin/queues/board';
/** The hand-off: an admin's bearer token becomes a cookie only the board's paths receive. */
export const QUEUE_BOARD_SESSION_PATH = 'admin/queues/session';
const COOKIE = 'ecampus_queue_board';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;
/** The raw request as the middleware engine (@fastify/middie) hands it over: with Fastify's scheme. */
type RawRequest = IncomingMessage & { protocol?: string };
/** What the cookie's name and options depend on: the request's scheme. */
type Scheme = { protocol?: string };

/**
 * Bull Board (issue 11, item 6) for admins, behind the same authentication as every route. The app
 * signs in with bearer tokens, which a page the browser opens cannot send; so an admin's token is
 * handed over once (`POST /api/admin/queues/session`) into an HttpOnly, SameSite=Strict cookie that
 * only `/api/admin/queues/board` receives, valid as long as the token itself. Every request to the
 * board checks it with the {@link Authenticator} (signature, expiry, session not ended) and the
 * admin flag; changing requests must also come from our own origin. Decision 029.
 */
@Injectable()
export class QueueBoard implements OnApplicationShutdown {
  private router: Middleware | null = null;
  private connection: Redis | null = null;
  private queues: Queue[] = [];

  constructor(
    @InjectConfig() private readonly config: Pick<AppConfig, 'PUBLIC_URL' | 'REDIS_URL' | 'REDIS_PREFIX'>,
    private readonly auth: Authenticator,
  ) {}

  cookieName(req: Scheme): string {
    return this.secure(req) ? `__Secure-${COOKIE}` : COOKIE;
  }

  cookieOptions(req: Scheme): CookieSerializeOptions {
    return { httpOnly: true, sameSite: 'strict', secure: this.secure(req), path: QUEUE_BOARD_PATH };
  }

  /** The middleware mounted at {@link QUEUE_BOARD_PATH} (raw request and response; the board is an Express app). */
  readonly handle = (req: RawRequest, res: ServerResponse, next: (err?: unknown) => void): void => {
    this.admit(req)
      .then((refusal) => (refusal ? refuse(res, refusal.status, refusal.message) : this.board()(req, res, next)))
      .catch(next);
  };

  private async admit(req: RawRequest): Promise<{ status: number; message: string } | null> {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const cookie = fastifyCookie.parse(req.headers.cookie ?? '')[this.cookieName(req)];
    try {
      const user = await this.auth.authenticate(bearer ?? (typeof cookie === 'string' ? cookie : undefined));
      if (!user.isAdmin) return { status: 403, message: 'Die Warteschlangen sind nur für die Administration.' };
    } catch (e) {
      if (!(e instanceof HttpException)) throw e;
      return {
        status: e.getStatus(),
        message:
          'Bitte melden Sie sich in eCampus als Administratorin oder Administrator an und öffnen Sie die Warteschlangen unter „Konten“.',
      };
    }
    // The cookie is SameSite=Strict already; an Origin from elsewhere on a changing request is refused too.
    if (req.method !== 'GET' && req.method !== 'HEAD' && !this.sameOrigin(req)) {
      return { status: 403, message: 'Änderungen an den Warteschlangen nur aus eCampus selbst.' };
    }
    return null;
  }

  private sameOrigin(req: RawRequest): boolean {
    const origin = req.headers.origin;
    if (!origin) return true; // same-origin fetches of older browsers; the cookie is SameSite=Strict
    const own = [new URL(this.config.PUBLIC_URL).origin, `${req.protocol ?? 'http'}://${req.headers.host ?? ''}`];
    return own.includes(origin);
  }

  /** Built on first use: an API process whose admins never open the board holds no extra connection. */
  private board(): Middleware {
    if (this.router) return this.router;
    const connection = new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: 1 });
    connection.on('error', () => undefined);
    this.connection = connection;
    this.queues = Object.values(QueueName).map((name) => new Queue(name, { connection, prefix: this.config.REDIS_PREFIX }));
    const adapter = new ExpressAdapter();
    adapter.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: this.queues.map((q) => new BullMQAdapter(q)),
      serverAdapter: adapter,
      options: { uiConfig: { boardTitle: 'eCampus – Warteschlangen', locale: { lng: 'de-DE' } } },
    });
    this.router = adapter.getRouter() as Middleware;
    return this.router;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.queues.map((q) => q.close()));
    this.connection?.disconnect();
    this.queues = [];
    this.connection = null;
    this.router = null;
  }

  private secure(req: Scheme): boolean {
    return req.protocol === 'https' || this.config.PUBLIC_URL.startsWith('https:');
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** A refusal a person in a browser can read (the board is a page), with the status an API client expects. */
function refuse(res: ServerResponse, status: number, message: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Warteschlangen – eCampus</title></head>` +
      `<body><main><h1>Warteschlangen</h1><p>${escapeHtml(message)}</p><p><a href="/">Zu eCampus</a></p></main></body></html>`,
  );
}

/** `POST /api/admin/queues/session` (admins, bearer): the cookie for the board; `DELETE` ends it. */
@ApiExcludeController()
@Controller(QUEUE_BOARD_SESSION_PATH)
export class QueueBoardSessionController {
  constructor(
    private readonly board: QueueBoard,
    private readonly auth: Authenticator,
  ) {}

  @AdminOnly()
  @Post()
  @HttpCode(200)
  open(@Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply): QueueBoardSession {
    // The guard has verified this very token: it becomes the cookie, so it ends with the session.
    const token = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const expiresAt = this.auth.expiresAt(token);
    res.setCookie(this.board.cookieName(req), token, {
      ...this.board.cookieOptions(req),
      ...(expiresAt ? { expires: new Date(expiresAt) } : {}),
    });
    return { url: `${QUEUE_BOARD_PATH}/`, expiresAt: expiresAt ? new Date(expiresAt).toISOString() : null };
  }

  @AdminOnly()
  @Delete()
  @HttpCode(204)
  close(@Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply): void {
    res.clearCookie(this.board.cookieName(req), this.board.cookieOptions(req));
  }
}

@Module({ imports: [AuthModule], controllers: [QueueBoardSessionController], providers: [QueueBoard], exports: [QueueBoard] })
export class QueueBoardModule {}
