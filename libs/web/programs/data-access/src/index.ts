export * from './lib/programs-api';
export * from './lib/program-list-store';
export * from './lib/program-store';
export * from './lib/tandem-store';
export * from './lib/profile-store';
export * from './lib/program-admin-store';
export * from './lib/person-programs-store';
