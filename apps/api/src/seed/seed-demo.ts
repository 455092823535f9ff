/**
 * Demo data: `node dist/apps/api/seed-demo.js` (after migrations). Creates the demo program
 * "Politikerinnen ins Netz 2027" with its people, tandems and meetings, and prints the logins.
 * Safe to run again: existing data is kept, nothing is duplicated (exit code 0).
 * With NODE_ENV=production it refuses (exit code 2) unless forced: `--force-demo` or SEED_DEMO_FORCE=true.
 */
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@ecampus/api/platform/config';
import { runDemoSeed } from './demo-seed';
import { assertDemoAllowed, demoForced, DemoSeedRefused } from './demo-seed-guard';
import { SeedModule } from './seed.module';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const force = demoForced(process.argv.slice(2), process.env);
  // Before connecting anywhere; runDemoSeed checks again for every other caller.
  assertDemoAllowed(config, force);
  // Only warnings and errors: stdout carries the login lines that `npm start` shows and stores.
  const ctx = await NestFactory.createApplicationContext(SeedModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    const lines = await runDemoSeed(ctx, { force });
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    await ctx.close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    if (e instanceof DemoSeedRefused) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`Demo-Daten konnten nicht angelegt werden: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
