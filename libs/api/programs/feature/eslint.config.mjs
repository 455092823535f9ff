import baseConfig from '../../../../eslint.config.mjs';

// src/testing/ holds helpers of the integration specs: they follow the spec files' boundary rules
// (may use the type:testing helpers), so reuse exactly that block of the root config.
const specRules = baseConfig.find((c) => Array.isArray(c.files) && c.files.includes('**/*.integration-spec.ts'));

export default [...baseConfig, ...(specRules ? [{ ...specRules, files: ['src/testing/**/*.ts'] }] : [])];
