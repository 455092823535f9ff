import { names, readJson, visitNotIgnoredFiles, type Tree } from '@nx/devkit';

/** What `nx g ./tools/generators:domain` is called with (schema.json). */
export interface DomainGeneratorSchema {
  name: string;
  /** Comma-separated domains whose public entries the new one uses. */
  uses?: string;
  skipFormat?: boolean;
}

/** The domain's name in every spelling the templates need, and what it uses. */
export interface DomainOptions {
  /** kebab-case: folders, tags, URL segments (`live-classroom`). */
  name: string;
  /** `LiveClassroom`: classes (`LiveClassroomService`, `LiveClassroomPage`). */
  className: string;
  /** `liveClassroom`: the i18n scope and its keys (`liveClassroom.page.title`). */
  propertyName: string;
  /** `LIVE_CLASSROOM`: constants (`LIVE_CLASSROOM_MIGRATIONS`). */
  constantName: string;
  /** `live_classroom`: tables (`live_classroom_item`). */
  snakeName: string;
  /** `Live classroom`: the first text of labels and titles, to be worded properly later. */
  title: string;
  uses: string[];
  /** Uses programs: program-scoped routes, rows and a program tab (otherwise owned by a person, a navigation entry). */
  usesPrograms: boolean;
  /** The migration's timestamp (ms), the end of its class name. */
  timestamp: number;
}

/** The registry of domains (libs/domains.json), read by eslint.config.mjs for the domain rules. */
export const DOMAINS_FILE = 'libs/domains.json';

export interface DomainsFile {
  $comment?: string;
  domains: Record<string, { uses: string[] }>;
}

/** Names a domain may not have: the platform's and the web kit's homes, layer names, words of the house. */
const RESERVED = new Set([
  'platform',
  'shared',
  'shell',
  'app',
  'apps',
  'api',
  'web',
  'worker',
  'tools',
  'libs',
  'testing',
  'contracts',
  'common',
  'i18n',
  'health',
  'realtime',
  'feature',
  'data-access',
  'ui',
  'util',
  'plugin',
  'public',
  'domain',
  'domains',
  'admin',
  'auth',
  'docs',
  'index',
]);

/** JavaScript's reserved words: the name becomes identifiers and object keys in the generated code. */
const JS_RESERVED = new Set(
  (
    'await break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'implements import in instanceof interface let new null package private protected public return static super switch this throw ' +
    'true try typeof var void while with yield'
  ).split(' '),
);

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** Keeps `<name>_item` and its constraint names well inside PostgreSQL's 63 characters. */
const MAX_LENGTH = 30;

/** A refusal with the reason, shown by `nx g` as is. */
export class DomainNameError extends Error {}

/**
 * Checks the name and `uses` against the workspace and derives every spelling. Throws
 * DomainNameError with a message that says what to change.
 */
export function normalizeOptions(tree: Tree, schema: DomainGeneratorSchema, now: () => number = Date.now): DomainOptions {
  const name = (schema.name ?? '').trim();
  if (!KEBAB.test(name))
    throw new DomainNameError(
      `"${name}" is not a domain name: use kebab-case — lower-case letters and digits, words joined by "-", starting with a letter (e.g. curriculum, live-classroom).`,
    );
  if (name.length > MAX_LENGTH) throw new DomainNameError(`"${name}" is too long: at most ${MAX_LENGTH} characters.`);
  if (RESERVED.has(name) || JS_RESERVED.has(name))
    throw new DomainNameError(
      `"${name}" is a reserved word here (a platform home, a layer name or a JavaScript keyword): choose another name.`,
    );

  const { domains } = readJson<DomainsFile>(tree, DOMAINS_FILE);
  if (domains[name]) throw new DomainNameError(`The domain "${name}" exists already (${DOMAINS_FILE}).`);
  const taken = [
    `libs/api/${name}`,
    `libs/web/${name}`,
    `libs/shared/contracts/src/lib/${name}.ts`,
    `libs/shared/contracts/src/lib/${name}`,
  ].find((p) => tree.exists(p));
  if (taken) throw new DomainNameError(`"${name}" is taken: ${taken} exists.`);

  const uses = [
    ...new Set(
      (schema.uses ?? '')
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean),
    ),
  ];
  for (const used of uses) {
    if (used === name) throw new DomainNameError(`A domain does not use itself: remove "${used}" from --uses.`);
    if (!domains[used])
      throw new DomainNameError(`--uses: "${used}" is not a domain of ${DOMAINS_FILE} (known: ${Object.keys(domains).join(', ')}).`);
  }

  const n = names(name);
  return {
    name,
    className: n.className,
    propertyName: n.propertyName,
    constantName: n.constantName,
    snakeName: name.replace(/-/g, '_'),
    title: name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' '),
    uses: uses.sort(),
    usesPrograms: uses.includes('programs'),
    timestamp: migrationTimestamp(tree, now()),
  };
}

/**
 * The new migration's timestamp: now, or just after the newest migration of the workspace when
 * that one is later (hand-written migrations may carry future stamps). Migrations run in stamp
 * order (orderMigrations), so a new domain's tables must come after every table they may refer to.
 */
export function migrationTimestamp(tree: Tree, now: number): number {
  let newest = 0;
  if (tree.exists('libs'))
    visitNotIgnoredFiles(tree, 'libs', (file) => {
      const match = /\/migrations\/(\d{13})-[^/]+\.ts$/.exec(file);
      if (match) newest = Math.max(newest, Number(match[1]));
    });
  return Math.max(now, newest + 1000);
}
