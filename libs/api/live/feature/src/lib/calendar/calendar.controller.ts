import { Controller, Delete, Get, Header, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CurrentUser, Public, type AuthUser } from '@ecampus/api/platform/auth';
import { CalendarFeedSchema, type CalendarFeed } from '@ecampus/shared/contracts';
import { LiveSessionId } from '../schedule/live-session-id';
import { CalendarFeedService } from './calendar-feed.service';
import { attachmentDisposition } from './ics';

export class CalendarFeedDto extends createZodDto(CalendarFeedSchema) {}

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

/** `GET /api/live-sessions/:sessionId/ics` (members): the session as a calendar file. */
@ApiTags('live')
@ApiBearerAuth()
@Controller('live-sessions/:sessionId')
export class LiveSessionIcsController {
  constructor(private readonly calendars: CalendarFeedService) {}

  @Get('ics')
  @ApiProduces('text/calendar')
  async ics(@CurrentUser() caller: AuthUser, @LiveSessionId() sessionId: string): Promise<StreamableFile> {
    const file = await this.calendars.sessionIcs(caller, sessionId);
    return new StreamableFile(Buffer.from(file.content, 'utf8'), {
      type: CALENDAR_TYPE,
      disposition: attachmentDisposition(file.fileName),
    });
  }
}

/** The caller's private calendar feed: whether there is one, a new address (the old one stops), revoke. */
@ApiTags('live')
@ApiBearerAuth()
@Controller('me/calendar-feed')
export class MyCalendarFeedController {
  constructor(private readonly calendars: CalendarFeedService) {}

  @Get()
  @ApiOkResponse({ type: CalendarFeedDto })
  get(@CurrentUser() caller: AuthUser): Promise<CalendarFeed> {
    return this.calendars.get(caller);
  }

  @Post()
  @ApiCreatedResponse({ type: CalendarFeedDto })
  renew(@CurrentUser() caller: AuthUser): Promise<CalendarFeed> {
    return this.calendars.renew(caller);
  }

  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse()
  revoke(@CurrentUser() caller: AuthUser): Promise<void> {
    return this.calendars.revoke(caller);
  }
}

/** `GET /api/calendar-feeds/<token>.ics`: no login (calendar apps cannot); the token in the address is the key. */
@ApiTags('live')
@Controller('calendar-feeds')
export class CalendarFeedsController {
  constructor(private readonly calendars: CalendarFeedService) {}

  @Get(':file')
  @Public()
  @ApiProduces('text/calendar')
  // Personal data: no shared cache keeps it; calendar apps poll anyway.
  @Header('Cache-Control', 'private, no-store')
  async feed(@Param('file') file: string): Promise<StreamableFile> {
    return new StreamableFile(Buffer.from(await this.calendars.feed(file), 'utf8'), { type: CALENDAR_TYPE });
  }
}
