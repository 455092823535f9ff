export * from './i18n/programs.i18n';
export * from './lib/labels';
export * from './lib/role-label.pipe';
export * from './lib/tandem-status-chip.component';
export * from './lib/program-card.component';
export * from './lib/meeting-form.component';
export * from './lib/meeting-list.component';
export * from './lib/tandem-timeline.component';
