export * from './lib/web-shell-feature/web-shell-feature';
