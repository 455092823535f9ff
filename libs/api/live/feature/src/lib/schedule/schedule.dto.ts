import { createZodDto } from 'nestjs-zod';
import {
  CreateLiveSessionRequestSchema,
  ListSchema,
  LiveSessionListQuerySchema,
  LiveSessionSchema,
  UpdateLiveSessionRequestSchema,
} from '@ecampus/shared/contracts';

// Bodies and queries are validated by the API's global zod pipe; responses feed the OpenAPI document.
export class CreateLiveSessionRequestDto extends createZodDto(CreateLiveSessionRequestSchema) {}
export class UpdateLiveSessionRequestDto extends createZodDto(UpdateLiveSessionRequestSchema) {}
export class LiveSessionListQueryDto extends createZodDto(LiveSessionListQuerySchema) {}
export class LiveSessionDto extends createZodDto(LiveSessionSchema) {}
export class LiveSessionListDto extends createZodDto(ListSchema(LiveSessionSchema)) {}
