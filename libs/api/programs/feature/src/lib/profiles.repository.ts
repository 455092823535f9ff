import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Bundesland, Channel } from '@ecampus/shared/contracts';
import { ProgramProfileEntity } from './entities';

export interface ProfileValues {
  municipality: string | null;
  bundesland: Bundesland | null;
  postalCode: string | null;
  office: string | null;
  channels: Channel[];
}

/** Participant profiles, one per (program, person): the only place that queries `program_profile`. */
@Injectable()
export class ProfilesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findProfile(programId: string, userId: string): Promise<ProfileValues | null> {
    const e = await this.db.getRepository(ProgramProfileEntity).findOneBy({ programId, userId });
    return e
      ? { municipality: e.municipality, bundesland: e.bundesland, postalCode: e.postalCode, office: e.office, channels: e.channels }
      : null;
  }

  async saveProfile(programId: string, userId: string, values: ProfileValues): Promise<void> {
    await this.db
      .getRepository(ProgramProfileEntity)
      .upsert({ programId, userId, ...values, updatedAt: new Date() }, ['programId', 'userId']);
  }
}
