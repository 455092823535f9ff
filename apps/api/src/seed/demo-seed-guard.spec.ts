import { assertDemoAllowed, demoForced, DemoSeedRefused } from './demo-seed-guard';

describe('demo seed guard', () => {
  it('refuses production unless forced', () => {
    expect(() => assertDemoAllowed({ NODE_ENV: 'production' }, false)).toThrow(DemoSeedRefused);
    expect(() => assertDemoAllowed({ NODE_ENV: 'production' }, true)).not.toThrow();
    expect(() => assertDemoAllowed({ NODE_ENV: 'development' }, false)).not.toThrow();
    expect(() => assertDemoAllowed({ NODE_ENV: 'test' }, false)).not.toThrow();
  });

  it('says how to force it', () => {
    expect(() => assertDemoAllowed({ NODE_ENV: 'production' }, false)).toThrow(/--force-demo oder SEED_DEMO_FORCE=true/);
  });

  it('is forced by --force-demo or SEED_DEMO_FORCE=true|1, nothing else', () => {
    expect(demoForced(['--force-demo'], {})).toBe(true);
    expect(demoForced([], { SEED_DEMO_FORCE: 'true' })).toBe(true);
    expect(demoForced([], { SEED_DEMO_FORCE: '1' })).toBe(true);
    expect(demoForced([], { SEED_DEMO_FORCE: 'false' })).toBe(false);
    expect(demoForced(['--force'], { SEED_DEMO: 'true' })).toBe(false);
  });
});
