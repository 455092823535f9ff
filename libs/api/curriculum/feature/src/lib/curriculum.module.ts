import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgramAccessModule } from '@ecampus/api/programs/access';
import { CURRICULUM_ENTITIES } from './entities';
import { CurriculumController } from './curriculum.controller';
import { CurriculumRepository } from './curriculum.repository';
import { CurriculumService } from './curriculum.service';

/** Curriculum: routes, rules and queries of the domain (README.md). Exports its service only. */
@Module({
  imports: [TypeOrmModule.forFeature(CURRICULUM_ENTITIES), ProgramAccessModule],
  controllers: [CurriculumController],
  providers: [CurriculumRepository, CurriculumService],
  exports: [CurriculumService],
})
export class CurriculumModule {}
