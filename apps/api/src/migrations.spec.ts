import { migrationName } from '@ecampus/api/platform/database';
import { workspaceMigrations } from '@ecampus/api/platform/testing';
import { MIGRATIONS } from './migrations';

describe('MIGRATIONS (the app’s explicit list)', () => {
  it('holds every migration of every library, in history order', () => {
    expect(MIGRATIONS.map(migrationName)).toEqual(workspaceMigrations().map(migrationName));
  });
});
