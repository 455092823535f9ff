import { createZodDto } from 'nestjs-zod';
import {
  CopyModuleRequestSchema,
  CreateLessonRequestSchema,
  CreateModuleRequestSchema,
  LessonOrderRequestSchema,
  LessonPreviewRequestSchema,
  LessonPreviewSchema,
  LessonSchema,
  LessonSummarySchema,
  ListSchema,
  ModuleDetailSchema,
  ModuleHistorySchema,
  ModuleListSchema,
  ModuleOrderRequestSchema,
  ModuleSummarySchema,
  UpdateLessonRequestSchema,
  UpdateModuleRequestSchema,
} from '@ecampus/shared/contracts';

// Bodies are validated by the API's global zod pipe; responses feed the OpenAPI document.
export class CreateModuleRequestDto extends createZodDto(CreateModuleRequestSchema) {}
export class UpdateModuleRequestDto extends createZodDto(UpdateModuleRequestSchema) {}
export class ModuleOrderRequestDto extends createZodDto(ModuleOrderRequestSchema) {}
export class CopyModuleRequestDto extends createZodDto(CopyModuleRequestSchema) {}
export class CreateLessonRequestDto extends createZodDto(CreateLessonRequestSchema) {}
export class UpdateLessonRequestDto extends createZodDto(UpdateLessonRequestSchema) {}
export class LessonOrderRequestDto extends createZodDto(LessonOrderRequestSchema) {}
export class LessonPreviewRequestDto extends createZodDto(LessonPreviewRequestSchema) {}

export class ModuleSummaryDto extends createZodDto(ModuleSummarySchema) {}
export class ModuleDetailDto extends createZodDto(ModuleDetailSchema) {}
export class LessonDto extends createZodDto(LessonSchema) {}
export class LessonPreviewDto extends createZodDto(LessonPreviewSchema) {}
// List answers: `{ items, total }` (docs/api-conventions.md).
export class ModuleListDto extends createZodDto(ModuleListSchema) {}
export class ModuleHistoryDto extends createZodDto(ModuleHistorySchema) {}
export class LessonSummaryListDto extends createZodDto(ListSchema(LessonSummarySchema)) {}
