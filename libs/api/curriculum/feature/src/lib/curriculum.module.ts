import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgramAccessModule } from '@ecampus/api/programs/access';
import { CURRICULUM_ENTITIES } from './entities';
import { CurriculumAccess } from './curriculum-access';
import { CurriculumTransaction } from './curriculum.transaction';
import { LessonsController } from './lessons.controller';
import { LessonsRepository } from './lessons.repository';
import { LessonsService } from './lessons.service';
import { ModuleHistoryRepository } from './module-history.repository';
import { ModulesController, ProgramModulesController } from './modules.controller';
import { ModulesRepository } from './modules.repository';
import { ModulesService } from './modules.service';

/** Curriculum: seminar modules and lessons (README.md). Exports its services (the demo seed uses them). */
@Module({
  imports: [TypeOrmModule.forFeature(CURRICULUM_ENTITIES), ProgramAccessModule],
  controllers: [ProgramModulesController, ModulesController, LessonsController],
  providers: [
    ModulesRepository,
    LessonsRepository,
    ModuleHistoryRepository,
    CurriculumTransaction,
    CurriculumAccess,
    ModulesService,
    LessonsService,
  ],
  exports: [ModulesService, LessonsService],
})
export class CurriculumModule {}
