import type { AppConfig } from '@ecampus/api/platform/config';

/** The command-line flag that loads the demo into a production installation anyway. */
export const FORCE_DEMO_FLAG = '--force-demo';
/** The same as an environment variable (`true` or `1`), for containers and scripts. */
export const FORCE_DEMO_ENV = 'SEED_DEMO_FORCE';

/** The demo brings a fixed password for every account and an admin when none exists: not for production. */
export class DemoSeedRefused extends Error {
  constructor() {
    super(
      `Die Demo-Daten werden nicht in eine Installation mit NODE_ENV=production geladen: alle Demo-Konten haben ` +
        `dasselbe, öffentlich bekannte Passwort, und ohne Administrator entsteht ein Demo-Administrator. ` +
        `Wer das wirklich will (ein Test- oder Vorführsystem): ${FORCE_DEMO_FLAG} oder ${FORCE_DEMO_ENV}=true.`,
    );
    this.name = 'DemoSeedRefused';
  }
}

/** Whether the caller forced the demo: `--force-demo` or `SEED_DEMO_FORCE=true`. */
export function demoForced(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  const flag = env[FORCE_DEMO_ENV];
  return argv.includes(FORCE_DEMO_FLAG) || flag === 'true' || flag === '1';
}

/** Throws {@link DemoSeedRefused} for production unless forced. */
export function assertDemoAllowed(config: Pick<AppConfig, 'NODE_ENV'>, forced: boolean): void {
  if (config.NODE_ENV === 'production' && !forced) throw new DemoSeedRefused();
}
