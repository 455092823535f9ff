import { CurriculumLessonEntity, CurriculumModuleEntity, LessonCompletionEntity, ModuleRevisionEntity } from './curriculum.entities';

export { CurriculumLessonEntity, CurriculumModuleEntity, LessonCompletionEntity, ModuleRevisionEntity };

/** Every entity of this feature, for TypeOrmModule.forFeature. */
export const CURRICULUM_ENTITIES = [CurriculumModuleEntity, CurriculumLessonEntity, LessonCompletionEntity, ModuleRevisionEntity];
