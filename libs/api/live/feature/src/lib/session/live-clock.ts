import { Injectable } from '@nestjs/common';

/**
 * The time of the live domain (joins, leaves, heartbeats, join windows). Integration specs replace
 * it (`LiveClock` provider) to replay attendance sequences without waiting.
 */
@Injectable()
export class LiveClock {
  now(): Date {
    return new Date();
  }
}
