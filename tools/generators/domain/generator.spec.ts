import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { domainGenerator } from './generator';
import { API_FEATURES_FILE, API_MIGRATIONS_FILE, CONTRACTS_INDEX, WEB_CONFIG_FILE } from './lib/wiring';

/*
 * The generator on an in-memory tree that holds the workspace's real registry, path aliases,
 * contracts index and composition roots (read from disk, never written): the files it creates and
 * the wiring it adds. That the result passes lint, type-check and tests is proven by npm test's
 * `generator` step (tools/scripts/check-generator.mjs) in a temporary copy of the repository.
 */

const ROOT = path.resolve(__dirname, '../../..');
const ROOT_FILES = ['libs/domains.json', 'tsconfig.base.json', CONTRACTS_INDEX, API_FEATURES_FILE, API_MIGRATIONS_FILE, WEB_CONFIG_FILE];
const NOW = 1_800_000_000_000;

function workspace(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  for (const file of ROOT_FILES) tree.write(file, readFileSync(path.join(ROOT, file), 'utf8'));
  return tree;
}

const read = (tree: Tree, file: string) => tree.read(file, 'utf-8') ?? `(missing: ${file})`;

describe('domain generator', () => {
  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));
  afterEach(() => jest.restoreAllMocks());

  describe('a program-scoped domain (--uses=programs)', () => {
    let tree: Tree;
    beforeAll(async () => {
      jest.spyOn(Date, 'now').mockReturnValue(NOW);
      tree = workspace();
      await domainGenerator(tree, { name: 'glossary', uses: 'programs', skipFormat: true });
    });

    it('creates the API feature library with migration, specs and integration target', () => {
      const api = 'libs/api/glossary/feature';
      for (const file of [
        'README.md',
        'eslint.config.mjs',
        'jest.config.cts',
        'jest.integration.config.cts',
        'tsconfig.json',
        'tsconfig.lib.json',
        'tsconfig.spec.json',
        'src/index.ts',
        'src/glossary.integration-spec.ts',
        'src/lib/glossary.module.ts',
        'src/lib/glossary.controller.ts',
        'src/lib/glossary.service.ts',
        'src/lib/glossary.service.spec.ts',
        'src/lib/glossary.repository.ts',
        'src/lib/glossary.errors.ts',
        'src/lib/dto.ts',
        'src/lib/entities/index.ts',
        'src/lib/entities/glossary-item.entity.ts',
        'src/migrations/index.ts',
        `src/migrations/${NOW}-glossary.ts`,
      ])
        expect(tree.exists(`${api}/${file}`) ? file : `missing ${file}`).toBe(file);

      expect(readJson(tree, `${api}/project.json`)).toMatchObject({
        name: 'api-glossary-feature',
        tags: ['scope:api', 'type:feature', 'domain:glossary'],
        targets: { integration: {} },
      });
      const controller = read(tree, `${api}/src/lib/glossary.controller.ts`);
      expect(controller).toContain("@Controller('programs/:programId/glossary')");
      expect(controller).toContain("@ProgramRoles('coordinator')");
      expect(read(tree, `${api}/src/lib/glossary.module.ts`)).toContain('ProgramAccessModule');
      const migration = read(tree, `${api}/src/migrations/${NOW}-glossary.ts`);
      expect(migration).toContain(`export class Glossary${NOW} implements MigrationInterface`);
      expect(migration).toContain('CREATE TABLE glossary_item');
      expect(migration).toContain('program_id uuid NOT NULL REFERENCES program(id)');
      expect(read(tree, `${api}/src/migrations/index.ts`)).toContain(`export const GLOSSARY_MIGRATIONS = [Glossary${NOW}];`);
      expect(read(tree, `${api}/src/glossary.integration-spec.ts`)).toContain('createTestApi({ features: [GlossaryModule] })');
      expect(read(tree, `${api}/src/lib/glossary.service.spec.ts`)).not.toMatch(/ as (unknown|any)\b/);
    });

    it('creates the contracts file and exports it', () => {
      const contracts = read(tree, 'libs/shared/contracts/src/lib/glossary.ts');
      expect(contracts).toContain('export const GlossaryItemListSchema = ListSchema(GlossaryItemSchema);');
      expect(contracts).toContain("msg('Bitte einen Titel angeben', 'Please enter a title')");
      expect(read(tree, CONTRACTS_INDEX).trimEnd().endsWith("export * from './lib/glossary';")).toBe(true);
    });

    it('creates the web feature, data-access and ui libraries: page, program tab, store, dictionaries', () => {
      const web = 'libs/web/glossary';
      for (const [folder, type] of [
        ['feature-glossary', 'feature'],
        ['data-access', 'data-access'],
        ['ui', 'ui'],
      ]) {
        expect(readJson(tree, `${web}/${folder}/project.json`)).toMatchObject({
          name: `web-glossary-${folder}`,
          tags: ['scope:web', `type:${type}`, 'domain:glossary'],
        });
        expect(read(tree, `${web}/${folder}/jest.config.cts`)).toContain('@jsverse/utils/');
        expect(readJson(tree, `${web}/${folder}/tsconfig.spec.json`).include).toContain('src/**/*.i18n.ts');
      }
      for (const file of [
        'feature-glossary/src/plugin.ts',
        'feature-glossary/src/lib/glossary.routes.ts',
        'feature-glossary/src/lib/glossary-page/glossary-page.ts',
        'feature-glossary/src/lib/glossary-page/glossary-page.html',
        'feature-glossary/src/lib/glossary-page/glossary-page.css',
        'feature-glossary/src/lib/glossary-page/glossary-page.spec.ts',
        'data-access/src/lib/glossary-api.ts',
        'data-access/src/lib/glossary-store.ts',
        'data-access/src/lib/glossary-store.spec.ts',
        'ui/src/i18n/de.ts',
        'ui/src/i18n/en.ts',
        'ui/src/i18n/glossary.i18n.ts',
        'ui/src/i18n/dictionary.spec.ts',
        'ui/src/lib/glossary-item-list/glossary-item-list.ts',
        'ui/src/lib/glossary-item-list/glossary-item-list.html',
      ])
        expect(tree.exists(`${web}/${file}`) ? file : `missing ${file}`).toBe(file);

      const page = read(tree, `${web}/feature-glossary/src/lib/glossary-page/glossary-page.ts`);
      expect(page).toContain("selector: 'ec-glossary-page'");
      expect(page).toContain('export class GlossaryPage {');
      expect(page).toContain("templateUrl: './glossary-page.html'");
      const plugin = read(tree, `${web}/feature-glossary/src/plugin.ts`);
      expect(plugin).toContain('export function provideGlossary(): EnvironmentProviders');
      expect(plugin).toContain("provideProgramTab({\n      path: 'glossary',");
      expect(read(tree, `${web}/ui/src/i18n/glossary.i18n.ts`)).toContain("defineI18nScope('glossary', {");
      expect(read(tree, `${web}/data-access/src/lib/glossary-api.ts`)).toContain('GlossaryItemListSchema.parse(answer)');
    });

    it('registers the domain, its path aliases and wires it into the composition roots', () => {
      const registry = readJson(tree, 'libs/domains.json');
      expect(registry.domains.glossary).toEqual({ uses: ['programs'] });
      expect(registry.domains.programs).toEqual({ uses: ['identity'] });
      expect(registry.$comment).toMatch(/eslint\.config\.mjs/);
      expect(read(tree, 'libs/domains.json')).toContain('    "glossary": { "uses": ["programs"] }\n  }\n}\n');
      const paths = readJson(tree, 'tsconfig.base.json').compilerOptions.paths;
      expect(paths).toMatchObject({
        '@ecampus/api/glossary/feature': ['./libs/api/glossary/feature/src/index.ts'],
        '@ecampus/web/glossary/data-access': ['./libs/web/glossary/data-access/src/index.ts'],
        '@ecampus/web/glossary/data-access/testing': ['./libs/web/glossary/data-access/src/testing/index.ts'],
        '@ecampus/web/glossary/feature-glossary': ['./libs/web/glossary/feature-glossary/src/index.ts'],
        '@ecampus/web/glossary/feature-glossary/plugin': ['./libs/web/glossary/feature-glossary/src/plugin.ts'],
        '@ecampus/web/glossary/ui': ['./libs/web/glossary/ui/src/index.ts'],
      });
      expect(Object.keys(paths)).toEqual([...Object.keys(paths)].sort((a, b) => a.localeCompare(b)));

      const features = read(tree, API_FEATURES_FILE);
      expect(features).toContain("import { GlossaryModule } from '@ecampus/api/glossary/feature';");
      expect(features).toMatch(/API_FEATURES = \[[^\]]*ProgramsModule,\s+[^\]]*GlossaryModule,?\s*\]/);
      const migrations = read(tree, API_MIGRATIONS_FILE);
      expect(migrations).toContain("import { GLOSSARY_MIGRATIONS } from '@ecampus/api/glossary/feature';");
      expect(migrations).toMatch(/\.\.\.PROGRAMS_MIGRATIONS,[^\]]*\.\.\.GLOSSARY_MIGRATIONS,?\s*\]/);
      const config = read(tree, WEB_CONFIG_FILE);
      expect(config).toContain("import { provideGlossary } from '@ecampus/web/glossary/feature-glossary/plugin';");
      expect(config).toMatch(/providePrograms\(\),\n[^\]]*provideGlossary\(\),\n\s+\],/);
    });
  });

  it('makes a domain without programs owned by a person, with a navigation entry', async () => {
    const tree = workspace();
    await domainGenerator(tree, { name: 'live-classroom', skipFormat: true });

    expect(readJson(tree, 'libs/domains.json').domains['live-classroom']).toEqual({ uses: [] });
    const api = 'libs/api/live-classroom/feature/src';
    expect(read(tree, `${api}/lib/live-classroom.controller.ts`)).toContain("@Controller('live-classroom')");
    expect(read(tree, `${api}/lib/live-classroom.controller.ts`)).not.toContain('ProgramRoles');
    expect(read(tree, `${api}/migrations/${NOW}-live-classroom.ts`)).toContain('CREATE TABLE live_classroom_item');
    expect(read(tree, `${api}/migrations/index.ts`)).toContain(`LIVE_CLASSROOM_MIGRATIONS = [LiveClassroom${NOW}]`);
    const web = 'libs/web/live-classroom';
    expect(read(tree, `${web}/feature-live-classroom/src/plugin.ts`)).toContain('provideNavEntry({');
    expect(read(tree, `${web}/feature-live-classroom/src/lib/live-classroom.routes.ts`)).toContain(
      'export const liveClassroomRoutes: Routes',
    );
    expect(read(tree, `${web}/ui/src/i18n/live-classroom.i18n.ts`)).toContain('liveClassroom: typeof de;');
    expect(read(tree, WEB_CONFIG_FILE)).toContain('provideLiveClassroom(),');
  });

  it('stamps the migration after the newest one of the workspace when that one carries a later stamp', async () => {
    const tree = workspace();
    tree.write('libs/api/archive/feature/src/migrations/1800000500000-archive.ts', 'export {};');
    await domainGenerator(tree, { name: 'lexicon', skipFormat: true });
    expect(tree.exists('libs/api/lexicon/feature/src/migrations/1800000501000-lexicon.ts')).toBe(true);
  });

  describe('refuses', () => {
    it.each([
      ['Glossary', /kebab-case/],
      ['live_classroom', /kebab-case/],
      ['2nd-domain', /kebab-case/],
      ['glossary-', /kebab-case/],
      ['a-very-long-domain-name-over-thirty', /too long/],
      ['programs', /exists already/],
      ['shared', /reserved/],
      ['platform', /reserved/],
      ['delete', /reserved/],
    ])('the name %s', async (name, message) => {
      const tree = workspace();
      const before = tree.listChanges().length;
      await expect(domainGenerator(tree, { name, skipFormat: true })).rejects.toThrow(message);
      expect(tree.listChanges()).toHaveLength(before);
    });

    it('a folder of that name that exists without a registry entry', async () => {
      const tree = workspace();
      tree.write('libs/web/lexicon/README.md', 'x');
      await expect(domainGenerator(tree, { name: 'lexicon' })).rejects.toThrow('"lexicon" is taken: libs/web/lexicon exists.');
    });

    it('an unknown domain in --uses, and the domain itself', async () => {
      await expect(domainGenerator(workspace(), { name: 'lexicon', uses: 'programs,glossary' })).rejects.toThrow(
        /--uses: "glossary" is not a domain/,
      );
      await expect(domainGenerator(workspace(), { name: 'lexicon', uses: 'lexicon' })).rejects.toThrow(/does not use itself/);
    });
  });
});
