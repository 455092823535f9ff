import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@ecampus/api/identity/accounts';
import { ProgramAccessModule } from '@ecampus/api/programs/access';
import { PROGRAM_ENTITIES } from './entities';
import { MeetingsRepository } from './meetings.repository';
import { MembersRepository } from './members.repository';
import { ProfilesRepository } from './profiles.repository';
import { ProgramsController } from './programs.controller';
import { ProgramsRepository } from './programs.repository';
import { ProgramsService } from './programs.service';
import { TandemsController } from './tandems.controller';
import { TandemsRepository } from './tandems.repository';
import { TandemsService } from './tandems.service';
import { UserProgramsController } from './user-programs.controller';

/** Programs, roles per program, participant profiles, tandems and their meeting log (issue 3). */
@Module({
  imports: [TypeOrmModule.forFeature(PROGRAM_ENTITIES), AccountsModule, ProgramAccessModule],
  controllers: [ProgramsController, TandemsController, UserProgramsController],
  providers: [
    ProgramsRepository,
    MembersRepository,
    ProfilesRepository,
    TandemsRepository,
    MeetingsRepository,
    ProgramsService,
    TandemsService,
  ],
  exports: [ProgramsService, TandemsService],
})
export class ProgramsModule {}
