const { nodeApp } = require('../../tools/webpack/node-app');

module.exports = nodeApp(__dirname, {
  // Bundled like the API itself, so deployments need no ts-node: migrate.js (explicit schema
  // step) and seed-demo.js (demo program).
  additionalEntryPoints: [
    { entryName: 'migrate', entryPath: './src/migrate.ts' },
    { entryName: 'seed-demo', entryPath: './src/seed/seed-demo.ts' },
  ],
});
