import { Controller, Get, Injectable, Module, type DynamicModule } from '@nestjs/common';
import type { ApiApplication } from './create-api-application';
import { ApiExcludeController, DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import type { AppConfig } from '@ecampus/api/platform/config';
import { AdminOnly } from '@ecampus/api/platform/auth';

export const OPENAPI_UI_PATH = 'api/docs';
export const OPENAPI_JSON_PATH = 'api/docs-json';

/** The document once built (`OPENAPI_UI=admins`: served by {@link OpenApiDocumentController}). */
@Injectable()
export class OpenApiDocument {
  value: OpenAPIObject | null = null;
}

/** `GET /api/docs-json` for admins only: the global auth guard checks the bearer token like on every route. */
@ApiExcludeController()
@Controller('docs-json')
export class OpenApiDocumentController {
  constructor(private readonly document: OpenApiDocument) {}

  @AdminOnly()
  @Get()
  get(): OpenAPIObject | null {
    return this.document.value;
  }
}

/** Registers the admins-only document route when `OPENAPI_UI=admins`; nothing otherwise. */
@Module({})
export class OpenApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (config.OPENAPI_UI !== 'admins') return { module: OpenApiModule };
    return { module: OpenApiModule, controllers: [OpenApiDocumentController], providers: [OpenApiDocument] };
  }
}

/*
 * Swagger UI runs these two in the browser (serialised with Function#toString into its init script,
 * so: plain functions, no closures, no imports). The first asks for an admin's access token once per
 * tab (kept in the tab's sessionStorage) and sends it with the document request (and with "Try it out" requests that carry none); the
 * second forgets a token the API refused, so a reload asks again.
 */
/** The browser globals used below (this library is compiled without the DOM types). */
declare const window: {
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void; removeItem(key: string): void };
  prompt(message: string): string | null;
};
/* eslint-disable no-var */
const askForToken = function (request: { url: string; headers: Record<string, string> }) {
  var key = 'ecampus-openapi-token';
  var token = window.sessionStorage.getItem(key) || '';
  if (!token && /\/api\/docs-json$/.test(request.url)) {
    token = (
      window.prompt(
        'API-Dokumentation nur für Administration: bitte ein Access-Token einfügen (accessToken aus POST /api/auth/login).\n' +
          'API documentation for administrators only: please paste an access token (accessToken of POST /api/auth/login).',
      ) || ''
    )
      .trim()
      .replace(/^Bearer\s+/i, '');
    if (token) window.sessionStorage.setItem(key, token);
  }
  if (token && !request.headers['Authorization']) request.headers['Authorization'] = 'Bearer ' + token;
  return request;
};
const forgetRefusedToken = function (response: { status: number }) {
  if (response.status === 401 || response.status === 403) window.sessionStorage.removeItem('ecampus-openapi-token');
  return response;
};
/* eslint-enable no-var */

/** The page and the document, as `OPENAPI_UI` says: `on` for everyone, `admins`, or `off` (both 404). */
export function setupOpenApi(app: ApiApplication, config: AppConfig): void {
  if (config.OPENAPI_UI === 'off') return;
  const document = cleanupOpenApiDoc(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('eCampus API')
        .setDescription('Fehler haben immer die Form { statusCode, code, message }.')
        .setVersion('1')
        .addBearerAuth()
        .build(),
    ),
  );
  if (config.OPENAPI_UI === 'on') {
    SwaggerModule.setup(OPENAPI_UI_PATH, app, document, { jsonDocumentUrl: OPENAPI_JSON_PATH });
    return;
  }
  app.get(OpenApiDocument).value = document;
  // The page itself is public and holds nothing: an empty stand-in document (`spec: {}` makes
  // Swagger UI load `url` instead), the real one comes from the admins-only route.
  const standIn: OpenAPIObject = { openapi: document.openapi, info: document.info, paths: {} };
  SwaggerModule.setup(OPENAPI_UI_PATH, app, standIn, {
    raw: false,
    swaggerOptions: {
      spec: {},
      url: `/${OPENAPI_JSON_PATH}`,
      requestInterceptor: askForToken,
      responseInterceptor: forgetRefusedToken,
    },
  });
}
