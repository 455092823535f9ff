import { t, type Bilingual, type ProgramStatus, type TandemStatus } from '@ecampus/shared/contracts';

/** Status names in this feature's messages (the web names them in its own dictionaries). */
const PROGRAM_STATUS_NAMES: Record<ProgramStatus, Bilingual> = {
  draft: { de: 'Entwurf', en: 'draft' },
  open: { de: 'Bewerbung offen', en: 'open for applications' },
  running: { de: 'Laufend', en: 'running' },
  finished: { de: 'Abgeschlossen', en: 'finished' },
};

const TANDEM_STATUS_NAMES: Record<TandemStatus, Bilingual> = {
  active: { de: 'aktiv', en: 'active' },
  paused: { de: 'pausiert', en: 'paused' },
  ended: { de: 'beendet', en: 'ended' },
};

export const programStatusName = (status: ProgramStatus): string => t(PROGRAM_STATUS_NAMES[status].de, PROGRAM_STATUS_NAMES[status].en);

export const tandemStatusName = (status: TandemStatus): string => t(TANDEM_STATUS_NAMES[status].de, TANDEM_STATUS_NAMES[status].en);
