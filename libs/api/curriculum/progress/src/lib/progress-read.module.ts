import { Module } from '@nestjs/common';
import { ProgressRepository } from './progress.repository';

/** Reading progress (the curriculum feature's matrix and certificates' criteria import this). */
@Module({ providers: [ProgressRepository], exports: [ProgressRepository] })
export class ProgressReadModule {}
