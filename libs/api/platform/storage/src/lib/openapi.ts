import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { UPLOAD_EXTENSIONS } from '@ecampus/shared/contracts';

/** OpenAPI of a route that takes one upload in the multipart field `file` (read raw by UploadReceiver); `accepts` when the route takes fewer types or less. */
export const ApiFileUpload = (accepts = 'PDF, PNG, JPEG, WebP, DOCX, PPTX or XLSX, at most UPLOAD_MAX_BYTES') =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      description: `Exactly one file in the field \`file\`: ${accepts}.`,
      schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
    }),
  );

/** OpenAPI of a route that answers a stored file (sendStoredFile). */
export const ApiFileDownload = () =>
  applyDecorators(
    ApiProduces(...new Set(Object.values(UPLOAD_EXTENSIONS).map((e) => e.contentType))),
    ApiOkResponse({ description: 'The file, as an attachment under its original name.', schema: { type: 'string', format: 'binary' } }),
  );
