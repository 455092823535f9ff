import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '@ecampus/api/platform/auth';
import { IdParam } from '@ecampus/api/platform/http';
import type { Notice, NoticeList, NoticesReadAll } from '@ecampus/shared/contracts';
import { NoticeDto, NoticeListDto, NoticeListQueryDto, NoticesReadAllDto } from './dto';
import { noticeNotFound } from './notifications.errors';
import { NotificationsService } from './notifications.service';

/** HTTP → service, nothing else: the caller comes from the access token, queries arrive validated. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly service: NotificationsService) {}

  @Get()
  @ApiOkResponse({ type: NoticeListDto })
  list(@CurrentUser() caller: AuthUser, @Query() query: NoticeListQueryDto): Promise<NoticeList> {
    return this.service.list(caller, query);
  }

  // Before `:id/read` only for reading: the two paths differ in length and never collide.
  @Post('read-all')
  @HttpCode(200)
  @ApiOkResponse({ type: NoticesReadAllDto })
  readAll(@CurrentUser() caller: AuthUser): Promise<NoticesReadAll> {
    return this.service.markAllRead(caller);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NoticeDto })
  read(@CurrentUser() caller: AuthUser, @IdParam('id', noticeNotFound) id: string): Promise<Notice> {
    return this.service.markRead(caller, id);
  }
}
