import { checkRedisEvictionPolicy, type RedisSettingsReader } from './redis';

const fake = (config: () => Promise<string[]>, info = ''): RedisSettingsReader => ({ config, info: async () => info });

describe('checkRedisEvictionPolicy', () => {
  it('accepts noeviction', async () => {
    await expect(checkRedisEvictionPolicy(fake(async () => ['maxmemory-policy', 'noeviction']))).resolves.toEqual({
      ok: true,
      policy: 'noeviction',
    });
  });

  it('refuses an evicting policy', async () => {
    await expect(checkRedisEvictionPolicy(fake(async () => ['maxmemory-policy', 'allkeys-lru']))).resolves.toEqual({
      ok: false,
      policy: 'allkeys-lru',
    });
  });

  it('falls back to INFO where CONFIG is disabled', async () => {
    const client = fake(async () => {
      throw new Error('ERR unknown command CONFIG');
    }, '# Memory\r\nmaxmemory:0\r\nmaxmemory_policy:volatile-lru\r\n');
    await expect(checkRedisEvictionPolicy(client)).resolves.toEqual({ ok: false, policy: 'volatile-lru' });
  });
});
