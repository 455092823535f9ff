import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '@ecampus/api/platform/auth';
import { IdParam } from '@ecampus/api/platform/http';
import { listOf, type Lesson, type LessonSummary, type List } from '@ecampus/shared/contracts';
import { CreateLessonRequestDto, LessonDto, LessonOrderRequestDto, LessonSummaryListDto, UpdateLessonRequestDto } from './dto';
import { lessonNotFound } from './curriculum.errors';
import { LessonsService } from './lessons.service';
import { ModuleId } from './modules.controller';

/** A malformed lesson id answers like an unknown lesson. */
const LessonId = () => IdParam('lessonId', lessonNotFound);

/** Lessons: HTTP → service; the service finds the lesson's program and checks the caller's role there. */
@ApiTags('curriculum')
@ApiBearerAuth()
@Controller()
export class LessonsController {
  constructor(private readonly lessons: LessonsService) {}

  @Post('modules/:moduleId/lessons')
  @ApiCreatedResponse({ type: LessonDto })
  create(@CurrentUser() caller: AuthUser, @ModuleId() moduleId: string, @Body() body: CreateLessonRequestDto): Promise<Lesson> {
    return this.lessons.createLesson(caller, moduleId, body);
  }

  @Put('modules/:moduleId/lessons/order')
  @ApiOkResponse({ type: LessonSummaryListDto })
  async reorder(
    @CurrentUser() caller: AuthUser,
    @ModuleId() moduleId: string,
    @Body() body: LessonOrderRequestDto,
  ): Promise<List<LessonSummary>> {
    return listOf(await this.lessons.reorderLessons(caller, moduleId, body));
  }

  @Get('lessons/:lessonId')
  @ApiOkResponse({ type: LessonDto })
  get(@CurrentUser() caller: AuthUser, @LessonId() lessonId: string): Promise<Lesson> {
    return this.lessons.getLesson(caller, lessonId);
  }

  @Patch('lessons/:lessonId')
  @ApiOkResponse({ type: LessonDto })
  update(@CurrentUser() caller: AuthUser, @LessonId() lessonId: string, @Body() body: UpdateLessonRequestDto): Promise<Lesson> {
    return this.lessons.updateLesson(caller, lessonId, body);
  }

  @Delete('lessons/:lessonId')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentUser() caller: AuthUser, @LessonId() lessonId: string): Promise<void> {
    return this.lessons.deleteLesson(caller, lessonId);
  }

  @Post('lessons/:lessonId/complete')
  @HttpCode(204)
  @ApiNoContentResponse()
  complete(@CurrentUser() caller: AuthUser, @LessonId() lessonId: string): Promise<void> {
    return this.lessons.setCompleted(caller, lessonId, true);
  }

  @Delete('lessons/:lessonId/complete')
  @HttpCode(204)
  @ApiNoContentResponse()
  uncomplete(@CurrentUser() caller: AuthUser, @LessonId() lessonId: string): Promise<void> {
    return this.lessons.setCompleted(caller, lessonId, false);
  }
}
