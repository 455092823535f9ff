import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '@ecampus/api/platform/mail';
import { StorageModule } from '@ecampus/api/platform/storage';
import { ProgramAccessModule } from '@ecampus/api/programs/access';
import { CURRICULUM_ENTITIES } from './entities';
import { AssignmentAccess } from './assignment-access';
import { AssignmentsController, SubmissionFilesController, SubmissionsController } from './assignments.controller';
import { AssignmentsRepository } from './assignments.repository';
import { AssignmentsService } from './assignments.service';
import { CurriculumAccess } from './curriculum-access';
import { CurriculumTransaction } from './curriculum.transaction';
import { LessonsController } from './lessons.controller';
import { LessonsRepository } from './lessons.repository';
import { LessonsService } from './lessons.service';
import { MaterialsController } from './materials.controller';
import { MaterialsRepository } from './materials.repository';
import { MaterialsService } from './materials.service';
import { ModuleHistoryRepository } from './module-history.repository';
import { ModulesController, ProgramModulesController } from './modules.controller';
import { ModulesRepository } from './modules.repository';
import { ModulesService } from './modules.service';
import { ProgressController } from './progress.controller';
import { ProgressReadModule } from '@ecampus/api/curriculum/progress';
import { ProgressService } from './progress.service';
import { ReviewQueueController } from './review-queue.controller';
import { ReviewQueueService } from './review-queue.service';
import { SubmissionFilesService } from './submission-files.service';
import { SubmissionsRepository } from './submissions.repository';
import { SubmissionsService } from './submissions.service';

/** Curriculum: seminar modules and lessons (README.md). Exports its services (the demo seed uses them). */
@Module({
  imports: [TypeOrmModule.forFeature(CURRICULUM_ENTITIES), ProgramAccessModule, MailModule, StorageModule, ProgressReadModule],
  controllers: [
    ProgramModulesController,
    ModulesController,
    LessonsController,
    ProgressController,
    AssignmentsController,
    SubmissionsController,
    SubmissionFilesController,
    ReviewQueueController,
    MaterialsController,
  ],
  providers: [
    ModulesRepository,
    LessonsRepository,
    ModuleHistoryRepository,
    CurriculumTransaction,
    CurriculumAccess,
    ModulesService,
    LessonsService,
    ProgressService,
    AssignmentsRepository,
    SubmissionsRepository,
    AssignmentAccess,
    AssignmentsService,
    SubmissionsService,
    SubmissionFilesService,
    ReviewQueueService,
    MaterialsRepository,
    MaterialsService,
  ],
  exports: [ModulesService, LessonsService, AssignmentsService, SubmissionsService, MaterialsService],
})
export class CurriculumModule {}
