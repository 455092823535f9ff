import { NoticeEntity } from './notice.entity';

export { NoticeEntity };

/** Every entity of this feature, for TypeOrmModule.forFeature. */
export const NOTIFICATIONS_ENTITIES = [NoticeEntity];
