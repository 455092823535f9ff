import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '@ecampus/api/platform/auth';
import { CurrentProgramAccess, ProgramRoles, type ProgramAccess } from '@ecampus/api/programs/access';
import { listOf, type List, type ReviewCounts, type ReviewQueueItem } from '@ecampus/shared/contracts';
import { ReviewCountsDto, ReviewQueueDto } from './assignments.dto';
import { ReviewQueueService } from './review-queue.service';

/** The review queue of trainers and coordinators and the navigation's counts: HTTP → service. */
@ApiTags('curriculum')
@ApiBearerAuth()
@Controller()
export class ReviewQueueController {
  constructor(private readonly reviews: ReviewQueueService) {}

  @Get('programs/:programId/review-queue')
  @ProgramRoles('trainer', 'coordinator')
  @ApiOkResponse({ type: ReviewQueueDto })
  async queue(@CurrentProgramAccess() access: ProgramAccess): Promise<List<ReviewQueueItem>> {
    return listOf(await this.reviews.queue(access));
  }

  @Get('me/review-counts')
  @ApiOkResponse({ type: ReviewCountsDto })
  counts(@CurrentUser() caller: AuthUser): Promise<ReviewCounts> {
    return this.reviews.counts(caller);
  }
}
