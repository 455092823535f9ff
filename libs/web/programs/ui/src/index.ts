export * from './i18n/programs.i18n';
export * from './lib/labels';
export * from './lib/role-label/role-label-pipe';
export * from './lib/tandem-status-chip/tandem-status-chip';
export * from './lib/program-card/program-card';
export * from './lib/meeting-form/meeting-form';
export * from './lib/meeting-list/meeting-list';
export * from './lib/tandem-timeline/tandem-timeline';
