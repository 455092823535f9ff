import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';

// Shared by every Angular project (apps/web, libs/web/**): Angular rules + the `ec` prefix.
export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'ec', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'ec', style: 'kebab-case' }],
    },
  },
];
