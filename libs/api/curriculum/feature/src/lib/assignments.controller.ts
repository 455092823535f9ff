import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, type AuthUser } from '@ecampus/api/platform/auth';
import { IdParam } from '@ecampus/api/platform/http';
import { ApiFileDownload, ApiFileUpload } from '@ecampus/api/platform/storage';
import { listOf, type Assignment, type List, type Submission, type SubmissionFile } from '@ecampus/shared/contracts';
import {
  AssignmentDto,
  CreateAssignmentRequestDto,
  CreateSubmissionRequestDto,
  ReviewRequestDto,
  SubmissionDto,
  SubmissionFileDto,
  SubmissionListDto,
  UpdateAssignmentRequestDto,
} from './assignments.dto';
import { AssignmentsService } from './assignments.service';
import { assignmentNotFound, submissionFileNotFound, submissionNotFound } from './curriculum.errors';
import { ModuleId } from './modules.controller';
import { SubmissionFilesService } from './submission-files.service';
import { SubmissionsService } from './submissions.service';

/** A malformed id answers like an unknown assignment or submission. */
export const AssignmentId = () => IdParam('assignmentId', assignmentNotFound);
const SubmissionId = () => IdParam('submissionId', submissionNotFound);
const SubmissionFileId = () => IdParam('fileId', submissionFileNotFound);

/** Assignments: HTTP → service; the service finds the assignment's program and checks the caller's role there. */
@ApiTags('curriculum')
@ApiBearerAuth()
@Controller()
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Post('modules/:moduleId/assignments')
  @ApiCreatedResponse({ type: AssignmentDto })
  create(@CurrentUser() caller: AuthUser, @ModuleId() moduleId: string, @Body() body: CreateAssignmentRequestDto): Promise<Assignment> {
    return this.assignments.createAssignment(caller, moduleId, body);
  }

  @Get('assignments/:assignmentId')
  @ApiOkResponse({ type: AssignmentDto })
  get(@CurrentUser() caller: AuthUser, @AssignmentId() assignmentId: string): Promise<Assignment> {
    return this.assignments.getAssignment(caller, assignmentId);
  }

  @Patch('assignments/:assignmentId')
  @ApiOkResponse({ type: AssignmentDto })
  update(
    @CurrentUser() caller: AuthUser,
    @AssignmentId() assignmentId: string,
    @Body() body: UpdateAssignmentRequestDto,
  ): Promise<Assignment> {
    return this.assignments.updateAssignment(caller, assignmentId, body);
  }

  @Delete('assignments/:assignmentId')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentUser() caller: AuthUser, @AssignmentId() assignmentId: string): Promise<void> {
    return this.assignments.deleteAssignment(caller, assignmentId);
  }
}

/** The tandems' submissions and their reviews: HTTP → service. */
@ApiTags('curriculum')
@ApiBearerAuth()
@Controller()
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Post('assignments/:assignmentId/submissions')
  @ApiCreatedResponse({ type: SubmissionDto })
  submit(
    @CurrentUser() caller: AuthUser,
    @AssignmentId() assignmentId: string,
    @Body() body: CreateSubmissionRequestDto,
  ): Promise<Submission> {
    return this.submissions.submit(caller, assignmentId, body);
  }

  @Get('assignments/:assignmentId/submissions')
  @ApiOkResponse({ type: SubmissionListDto })
  async list(@CurrentUser() caller: AuthUser, @AssignmentId() assignmentId: string): Promise<List<Submission>> {
    return listOf(await this.submissions.list(caller, assignmentId));
  }

  @Post('submissions/:submissionId/review')
  @ApiCreatedResponse({ type: SubmissionDto })
  review(@CurrentUser() caller: AuthUser, @SubmissionId() submissionId: string, @Body() body: ReviewRequestDto): Promise<Submission> {
    return this.submissions.review(caller, submissionId, body);
  }
}

/**
 * Files tandems hand in: HTTP → service. The upload reads the raw request stream (nothing buffers
 * the body); the download writes the response stream.
 */
@ApiTags('curriculum')
@ApiBearerAuth()
@Controller()
export class SubmissionFilesController {
  constructor(private readonly files: SubmissionFilesService) {}

  @Post('assignments/:assignmentId/files')
  @ApiFileUpload()
  @ApiCreatedResponse({ type: SubmissionFileDto })
  upload(@CurrentUser() caller: AuthUser, @AssignmentId() assignmentId: string, @Req() req: FastifyRequest): Promise<SubmissionFile> {
    return this.files.upload(caller, assignmentId, req.raw);
  }

  @Get('submission-files/:fileId/file')
  @ApiFileDownload()
  download(@CurrentUser() caller: AuthUser, @SubmissionFileId() fileId: string, @Res() res: FastifyReply): Promise<void> {
    return this.files.download(caller, fileId, res.raw);
  }
}
