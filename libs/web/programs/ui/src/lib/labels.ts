import type { MeetingFormat, ProgramMode, ProgramStatus, TandemStatus } from '@ecampus/shared/contracts';
import type { TranslationKey } from '@ecampus/web/shared/util-i18n';

/** Translation keys of the contract's enum values, so templates stay type-checked (role names: RoleLabelPipe). */
export const MODE_KEYS: Record<ProgramMode, TranslationKey> = {
  reverse: 'programs.mode.reverse',
  classic: 'programs.mode.classic',
};

export const PROGRAM_STATUS_KEYS: Record<ProgramStatus, TranslationKey> = {
  draft: 'programs.status.draft',
  open: 'programs.status.open',
  running: 'programs.status.running',
  finished: 'programs.status.finished',
};

export const TANDEM_STATUS_KEYS: Record<TandemStatus, TranslationKey> = {
  active: 'programs.tandemStatus.active',
  paused: 'programs.tandemStatus.paused',
  ended: 'programs.tandemStatus.ended',
};

export const MEETING_FORMAT_KEYS: Record<MeetingFormat, TranslationKey> = {
  in_person: 'programs.meetingFormat.in_person',
  online: 'programs.meetingFormat.online',
  shadowing: 'programs.meetingFormat.shadowing',
};
