export * from './lib/icon/icon';
export * from './lib/empty-state/empty-state';
export * from './lib/language-switch/language-switch';
