import { CurriculumItemEntity } from './curriculum-item.entity';

export { CurriculumItemEntity };

/** Every entity of this feature, for TypeOrmModule.forFeature. */
export const CURRICULUM_ENTITIES = [CurriculumItemEntity];
