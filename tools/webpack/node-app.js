// @ts-check
// The webpack config of a Node app (api, worker): Nx's plugin bundling with tsc, source maps, a
// generated package.json, output in dist/<app folder>. Each app passes only what differs.
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');

/**
 * Files that libraries read at runtime, copied beside the bundle (where `__dirname` points in it).
 * Certificate fonts: found by `certificateFontsDir()` in
 * libs/api/certificates/feature/src/lib/pdf/certificate-fonts.ts (the licence goes along).
 */
const LIBRARY_ASSETS = [{ input: 'libs/api/certificates/feature/src/assets/fonts', glob: '*', output: 'assets/certificates/fonts' }];

/**
 * @param {string} appDir the app's folder (`__dirname` of its webpack.config.js)
 * @param {object} [extra]
 * @param {Array<{ entryName: string, entryPath: string }>} [extra.additionalEntryPoints] more
 *   bundles beside main.js (paths relative to the app)
 */
function nodeApp(appDir, { additionalEntryPoints = [] } = {}) {
  return {
    output: {
      path: path.join(ROOT, 'dist', path.relative(ROOT, appDir)),
      clean: true,
      ...(process.env.NODE_ENV !== 'production' && {
        devtoolModuleFilenameTemplate: '[absolute-resource-path]',
      }),
    },
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: './src/main.ts',
        additionalEntryPoints,
        tsConfig: './tsconfig.app.json',
        assets: ['./src/assets', ...LIBRARY_ASSETS],
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: true,
        sourceMap: true,
      }),
    ],
  };
}

module.exports = { nodeApp };
