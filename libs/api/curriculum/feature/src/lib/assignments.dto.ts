import { createZodDto } from 'nestjs-zod';
import {
  AssignmentSchema,
  CreateAssignmentRequestSchema,
  CreateSubmissionRequestSchema,
  ReviewCountsSchema,
  ReviewQueueSchema,
  ReviewRequestSchema,
  SubmissionFileSchema,
  SubmissionListSchema,
  SubmissionSchema,
  UpdateAssignmentRequestSchema,
} from '@ecampus/shared/contracts';

// Bodies are validated by the API's global zod pipe; responses feed the OpenAPI document.
export class CreateAssignmentRequestDto extends createZodDto(CreateAssignmentRequestSchema) {}
export class UpdateAssignmentRequestDto extends createZodDto(UpdateAssignmentRequestSchema) {}
export class CreateSubmissionRequestDto extends createZodDto(CreateSubmissionRequestSchema) {}
export class ReviewRequestDto extends createZodDto(ReviewRequestSchema) {}

export class AssignmentDto extends createZodDto(AssignmentSchema) {}
export class SubmissionDto extends createZodDto(SubmissionSchema) {}
export class SubmissionFileDto extends createZodDto(SubmissionFileSchema) {}
export class ReviewCountsDto extends createZodDto(ReviewCountsSchema) {}
// List answers: `{ items, total }` (docs/api-conventions.md).
export class SubmissionListDto extends createZodDto(SubmissionListSchema) {}
export class ReviewQueueDto extends createZodDto(ReviewQueueSchema) {}
