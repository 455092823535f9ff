import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { createRedisClient } from '@ecampus/api/platform/queue';
import { t } from '@ecampus/shared/contracts';

const PING_TIMEOUT_MS = 1500;

/** Terminus has no Redis indicator: PING on a client of our own that fails fast. */
@Injectable()
export class RedisHealthIndicator implements OnApplicationShutdown {
  private readonly client;

  constructor(
    private readonly health: HealthIndicatorService,
    @InjectConfig() config: AppConfig,
  ) {
    this.client = createRedisClient(config.REDIS_URL, { enableOfflineQueue: true, lazyConnect: false });
  }

  async pingCheck<const Key extends string>(key: Key) {
    const indicator = this.health.check(key);
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(t('Zeitüberschreitung', 'timed out'))), PING_TIMEOUT_MS);
      });
      await Promise.race([this.client.ping(), timeout]);
      return indicator.up();
    } catch (e) {
      const reason = (e as Error).message;
      return indicator.down({ message: t(`Redis nicht erreichbar: ${reason}`, `Redis not reachable: ${reason}`) });
    } finally {
      clearTimeout(timer);
    }
  }

  onApplicationShutdown(): void {
    this.client.disconnect();
  }
}
