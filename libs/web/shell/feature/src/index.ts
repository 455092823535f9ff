export * from './lib/layout/shell-layout';
export * from './lib/shell.routes';
