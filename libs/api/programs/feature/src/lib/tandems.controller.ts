import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '@ecampus/api/platform/auth';
import { IdParam } from '@ecampus/api/platform/http';
import { tandemNotFound } from '@ecampus/api/programs/access';
import { listOf, type List, type Meeting, type Tandem, type TandemDetail } from '@ecampus/shared/contracts';
import { CreateMeetingRequestDto, MeetingDto, MeetingListDto, TandemDetailDto, TandemDto, UpdateTandemRequestDto } from './dto';
import { TandemsService } from './tandems.service';

/** A malformed tandem id answers like an unknown tandem. */
const TandemId = () => IdParam('tandemId', tandemNotFound);

/** HTTP → service, nothing else: params and body arrive validated; every rule lives in the service. */
@ApiTags('tandems')
@ApiBearerAuth()
@Controller('tandems')
export class TandemsController {
  constructor(private readonly tandems: TandemsService) {}

  @Get(':tandemId')
  @ApiOkResponse({ type: TandemDetailDto })
  get(@CurrentUser() caller: AuthUser, @TandemId() tandemId: string): Promise<TandemDetail> {
    return this.tandems.getTandem(caller, tandemId);
  }

  @Patch(':tandemId')
  @ApiOkResponse({ type: TandemDto })
  update(@CurrentUser() caller: AuthUser, @TandemId() tandemId: string, @Body() body: UpdateTandemRequestDto): Promise<Tandem> {
    return this.tandems.updateTandem(caller, tandemId, body);
  }

  @Post(':tandemId/meetings')
  @ApiCreatedResponse({ type: MeetingDto })
  createMeeting(@CurrentUser() caller: AuthUser, @TandemId() tandemId: string, @Body() body: CreateMeetingRequestDto): Promise<Meeting> {
    return this.tandems.createMeeting(caller, tandemId, body);
  }

  @Get(':tandemId/meetings')
  @ApiOkResponse({ type: MeetingListDto })
  async meetings(@CurrentUser() caller: AuthUser, @TandemId() tandemId: string): Promise<List<Meeting>> {
    return listOf(await this.tandems.listMeetings(caller, tandemId));
  }
}
