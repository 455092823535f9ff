import { readJson, updateJson, type Tree } from '@nx/devkit';
import { DOMAINS_FILE, type DomainOptions, type DomainsFile } from './options';

/*
 * The new domain's entries in the files that list every domain: the registry, the path aliases,
 * the contracts' index and the composition roots of the API and the web app. Each edit finds its
 * anchor or stops with a message naming the file, so a changed composition root is noticed here.
 */

export const API_FEATURES_FILE = 'apps/api/src/app/api-features.ts';
export const API_MIGRATIONS_FILE = 'apps/api/src/migrations.ts';
/** The web app's providers (the Angular CLI's name, kept by decision 017). */
export const WEB_CONFIG_FILE = 'apps/web/src/app/app.config.ts';
export const CONTRACTS_INDEX = 'libs/shared/contracts/src/index.ts';

/** One path alias per library entry point, as tsconfig.base.json lists them. */
export function pathAliases(o: DomainOptions): Record<string, string> {
  const web = `libs/web/${o.name}`;
  return {
    [`@ecampus/api/${o.name}/feature`]: `./libs/api/${o.name}/feature/src/index.ts`,
    [`@ecampus/web/${o.name}/data-access`]: `./${web}/data-access/src/index.ts`,
    [`@ecampus/web/${o.name}/data-access/testing`]: `./${web}/data-access/src/testing/index.ts`,
    [`@ecampus/web/${o.name}/feature-${o.name}`]: `./${web}/feature-${o.name}/src/index.ts`,
    [`@ecampus/web/${o.name}/feature-${o.name}/plugin`]: `./${web}/feature-${o.name}/src/plugin.ts`,
    [`@ecampus/web/${o.name}/ui`]: `./${web}/ui/src/index.ts`,
  };
}

export function wireDomain(tree: Tree, o: DomainOptions): void {
  const registry = readJson<DomainsFile>(tree, DOMAINS_FILE);
  writeDomains(tree, { ...registry, domains: { ...registry.domains, [o.name]: { uses: o.uses } } });

  updateJson(tree, 'tsconfig.base.json', (json) => {
    const paths: Record<string, string[]> = { ...json.compilerOptions.paths };
    for (const [alias, target] of Object.entries(pathAliases(o))) paths[alias] = [target];
    const sorted = Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b)));
    return { ...json, compilerOptions: { ...json.compilerOptions, paths: sorted } };
  });

  edit(tree, CONTRACTS_INDEX, (text) => `${text.trimEnd()}\nexport * from './lib/${o.name}';\n`);

  edit(tree, API_FEATURES_FILE, (text) =>
    appendToArray(
      addImport(text, `import { ${o.className}Module } from '@ecampus/api/${o.name}/feature';`),
      'API_FEATURES = [',
      `${o.className}Module`,
    ),
  );

  edit(tree, API_MIGRATIONS_FILE, (text) =>
    appendToArray(
      addImport(text, `import { ${o.constantName}_MIGRATIONS } from '@ecampus/api/${o.name}/feature';`),
      'orderMigrations([',
      `...${o.constantName}_MIGRATIONS`,
    ),
  );

  edit(tree, WEB_CONFIG_FILE, (text) =>
    appendToArray(
      addImport(text, `import { provide${o.className} } from '@ecampus/web/${o.name}/feature-${o.name}/plugin';`),
      'providers: [',
      `provide${o.className}()`,
    ),
  );
}

/** The registry in its compact style: one line per domain. */
function writeDomains(tree: Tree, registry: DomainsFile): void {
  const { domains, ...rest } = registry;
  const head = Object.entries(rest).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`);
  const lines = Object.entries(domains).map(([name, { uses }]) => `    ${JSON.stringify(name)}: { "uses": ${JSON.stringify(uses)} }`);
  tree.write(DOMAINS_FILE, `{\n${head.join('')}  "domains": {\n${lines.join(',\n')}\n  }\n}\n`);
}

function edit(tree: Tree, file: string, change: (text: string) => string): void {
  const text = tree.read(file, 'utf-8');
  if (text === null) throw new Error(`${file} is missing: the domain generator wires new domains into it.`);
  try {
    tree.write(file, change(text));
  } catch (e) {
    throw new Error(`${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** `line` after the last import statement (single- or multi-line) of `text`. */
export function addImport(text: string, line: string): string {
  let end = -1;
  for (const m of text.matchAll(/^import\s[\s\S]*?from\s+'[^']+';[^\S\n]*$/gm)) end = (m.index ?? 0) + m[0].length;
  if (end < 0) throw new Error('no import statement found to add one after');
  return `${text.slice(0, end)}\n${line}${text.slice(end)}`;
}

/**
 * `item` as the last element of the array literal that starts right after `opener` (e.g.
 * `'providers: ['`); nested brackets inside the array are skipped.
 */
export function appendToArray(text: string, opener: string, item: string): string {
  const start = text.indexOf(opener);
  if (start < 0) throw new Error(`"${opener.trim()}" not found: add the new domain's entry by hand or fix the anchor in tools/generators`);
  let depth = 1;
  let i = start + opener.length;
  for (; i < text.length && depth > 0; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']') depth--;
  }
  if (depth !== 0) throw new Error(`the array after "${opener.trim()}" is not closed`);
  const close = i - 1;
  const inner = text.slice(start + opener.length, close);
  const body = inner.trimEnd();
  const separator = body.trim() === '' || body.endsWith(',') || body.endsWith('[') ? '' : ',';
  const multiline = inner.includes('\n');
  const indent = multiline ? (/\n([ \t]*)\S[^\n]*$/.exec(body)?.[1] ?? '  ') : ' ';
  const added = multiline ? `${body}${separator}\n${indent}${item},` : `${body}${separator}${body.trim() ? ' ' : ''}${item}`;
  return text.slice(0, start + opener.length) + added + inner.slice(body.length) + text.slice(close);
}
