import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '@ecampus/api/platform/auth';
import { IdParam } from '@ecampus/api/platform/http';
import type { List, LiveSlideMaterial } from '@ecampus/shared/contracts';
import { liveSessionNotFound } from '../live.errors';
import { SlideMaterialsService } from './slide-materials.service';

/** The PDFs a moderator can show as slides: HTTP → service. */
@ApiTags('live')
@ApiBearerAuth()
@Controller()
export class SlideMaterialsController {
  constructor(private readonly slides: SlideMaterialsService) {}

  @Get('live-sessions/:sessionId/slide-materials')
  list(@CurrentUser() caller: AuthUser, @IdParam('sessionId', liveSessionNotFound) sessionId: string): Promise<List<LiveSlideMaterial>> {
    return this.slides.list(caller, sessionId);
  }
}
