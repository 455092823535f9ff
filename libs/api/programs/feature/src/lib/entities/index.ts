import { ProgramEntity } from './program.entity';
import { ProgramMemberEntity } from './program-member.entity';
import { ProgramProfileEntity } from './program-profile.entity';
import { TandemEntity } from './tandem.entity';
import { TandemMeetingEntity } from './tandem-meeting.entity';

export { ProgramEntity, ProgramMemberEntity, ProgramProfileEntity, TandemEntity, TandemMeetingEntity };

/** Every entity of this feature, for TypeOrmModule.forFeature and test data sources. */
export const PROGRAM_ENTITIES = [ProgramEntity, ProgramMemberEntity, ProgramProfileEntity, TandemEntity, TandemMeetingEntity];
