import { createZodDto } from 'nestjs-zod';
import { NoticeListQuerySchema, NoticeListSchema, NoticeSchema, NoticesReadAllSchema } from '@ecampus/shared/contracts';

// Queries are validated by the API's global zod pipe; responses feed the OpenAPI document.
export class NoticeListQueryDto extends createZodDto(NoticeListQuerySchema) {}
export class NoticeDto extends createZodDto(NoticeSchema) {}
// The list shape `{ items, total }` (docs/api-conventions.md) plus `unread`.
export class NoticeListDto extends createZodDto(NoticeListSchema) {}
export class NoticesReadAllDto extends createZodDto(NoticesReadAllSchema) {}
