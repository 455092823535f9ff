import * as path from 'node:path';
import { formatFiles, generateFiles, logger, OverwriteStrategy, type GeneratorCallback, type Tree } from '@nx/devkit';
import { normalizeOptions, type DomainGeneratorSchema, type DomainOptions } from './lib/options';
import { wireDomain } from './lib/wiring';

/**
 * `npx nx g ./tools/generators:domain <name> [--uses=programs]`: a new domain in the one pattern
 * of docs/architecture.md — the API feature library, the contracts file, the web feature,
 * data-access and ui libraries — tagged, aliased and wired into the composition roots. The files
 * come from the templates in ./files (the workspace's layout, `__name__` in paths, EJS inside).
 */
export async function domainGenerator(tree: Tree, schema: DomainGeneratorSchema): Promise<GeneratorCallback> {
  const options = normalizeOptions(tree, schema);
  const values = templateValues(options);
  const strict = { overwriteStrategy: OverwriteStrategy.ThrowIfExisting };
  generateFiles(tree, path.join(__dirname, 'files'), '.', values, strict);
  // The three web libraries share their configuration files (project, tsconfig, jest, eslint).
  for (const library of webLibraries(options))
    generateFiles(tree, path.join(__dirname, 'web-library'), library.projectRoot, { ...values, ...library }, strict);
  wireDomain(tree, options);
  if (!schema.skipFormat) await formatFiles(tree);
  return () => logger.info(nextSteps(options));
}

export default domainGenerator;

export function templateValues(o: DomainOptions) {
  return {
    ...o,
    tmpl: '',
    /** From a library folder (libs/<side>/<name>/<lib>) to the workspace root. */
    offset: '../../../../',
  };
}

/** The domain's web libraries: the feature (pages, routes, plugin entry), data-access (API client, store), ui. */
export function webLibraries(o: DomainOptions) {
  return [`feature-${o.name}`, 'data-access', 'ui'].map((folder) => ({
    projectRoot: `libs/web/${o.name}/${folder}`,
    projectName: `web-${o.name}-${folder}`,
    type: folder.startsWith('feature-') ? 'feature' : folder,
  }));
}

function nextSteps(o: DomainOptions): string {
  const api = `libs/api/${o.name}/feature`;
  return [
    '',
    `Domain "${o.name}" created${o.uses.length ? ` (uses ${o.uses.join(', ')})` : ''}. Try it:`,
    `  npx eslint ${api} libs/web/${o.name}`,
    `  npx jest -c ${api}/jest.config.cts`,
    `  npx jest -c ${api}/jest.integration.config.cts`,
    `  npx tsc -b tsconfig.typecheck.json`,
    `Then rename the placeholder "${o.className}Item" to the domain's own words and word the texts in libs/web/${o.name}/ui/src/i18n.`,
  ].join('\n');
}
