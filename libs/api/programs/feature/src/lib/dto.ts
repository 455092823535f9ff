import { createZodDto } from 'nestjs-zod';
import {
  AddMemberRequestSchema,
  CreateMeetingRequestSchema,
  CreateProgramRequestSchema,
  CreateTandemRequestSchema,
  InvitationResultSchema,
  InviteMemberRequestSchema,
  ListMembersQuerySchema,
  ListProgramsQuerySchema,
  ListSchema,
  MeetingSchema,
  MyProgramProfileSchema,
  PersonProgramSchema,
  ProgramMemberSchema,
  ProgramSchema,
  TandemDetailSchema,
  TandemSchema,
  UpdateProfileRequestSchema,
  UpdateProgramRequestSchema,
  UpdateTandemRequestSchema,
} from '@ecampus/shared/contracts';

// Bodies and queries are validated by the API's global zod pipe; responses feed the OpenAPI document.
export class CreateProgramRequestDto extends createZodDto(CreateProgramRequestSchema) {}
export class UpdateProgramRequestDto extends createZodDto(UpdateProgramRequestSchema) {}
export class ListProgramsQueryDto extends createZodDto(ListProgramsQuerySchema) {}
export class ProgramDto extends createZodDto(ProgramSchema) {}
export class AddMemberRequestDto extends createZodDto(AddMemberRequestSchema) {}
export class InviteMemberRequestDto extends createZodDto(InviteMemberRequestSchema) {}
export class InvitationResultDto extends createZodDto(InvitationResultSchema) {}
export class ListMembersQueryDto extends createZodDto(ListMembersQuerySchema) {}
export class ProgramMemberDto extends createZodDto(ProgramMemberSchema) {}
export class UpdateProfileRequestDto extends createZodDto(UpdateProfileRequestSchema) {}
export class MyProgramProfileDto extends createZodDto(MyProgramProfileSchema) {}
export class CreateTandemRequestDto extends createZodDto(CreateTandemRequestSchema) {}
export class UpdateTandemRequestDto extends createZodDto(UpdateTandemRequestSchema) {}
export class TandemDto extends createZodDto(TandemSchema) {}
export class TandemDetailDto extends createZodDto(TandemDetailSchema) {}
export class CreateMeetingRequestDto extends createZodDto(CreateMeetingRequestSchema) {}
export class MeetingDto extends createZodDto(MeetingSchema) {}

// List answers: `{ items, total }` (docs/api-conventions.md).
export class ProgramListDto extends createZodDto(ListSchema(ProgramSchema)) {}
export class ProgramMemberListDto extends createZodDto(ListSchema(ProgramMemberSchema)) {}
export class TandemListDto extends createZodDto(ListSchema(TandemSchema)) {}
export class MeetingListDto extends createZodDto(ListSchema(MeetingSchema)) {}
export class PersonProgramListDto extends createZodDto(ListSchema(PersonProgramSchema)) {}
