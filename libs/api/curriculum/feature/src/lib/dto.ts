import { createZodDto } from 'nestjs-zod';
import { CreateCurriculumItemRequestSchema, CurriculumItemListSchema, CurriculumItemSchema } from '@ecampus/shared/contracts';

// Bodies are validated by the API's global zod pipe; responses feed the OpenAPI document.
export class CreateCurriculumItemRequestDto extends createZodDto(CreateCurriculumItemRequestSchema) {}
export class CurriculumItemDto extends createZodDto(CurriculumItemSchema) {}
// List answers: `{ items, total }` (docs/api-conventions.md).
export class CurriculumItemListDto extends createZodDto(CurriculumItemListSchema) {}
