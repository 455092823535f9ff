import { Module } from '@nestjs/common';
import { ProgramAccessRepository } from './program-access.repository';
import { ProgramAccessService } from './program-access.service';

/** Import wherever a feature needs to know who belongs to a program (exports the service only). */
@Module({
  providers: [ProgramAccessRepository, ProgramAccessService],
  exports: [ProgramAccessService],
})
export class ProgramAccessModule {}
