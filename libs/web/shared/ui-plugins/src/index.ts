export * from './lib/program-tabs';
export * from './lib/nav-entries';
export * from './lib/admin-sections';
export * from './lib/account-sections';
export * from './lib/nav-badge/nav-badge';
export * from './lib/toolbar-items';
