import { Injectable, computed, inject } from '@angular/core';
import type { PersonProgram } from '@ecampus/shared/contracts';
import { loadable } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { ProgramsApi } from './programs-api';

/** A person's programs and roles on her account page in the administration. Provided by the section. */
@Injectable()
export class PersonProgramsStore {
  private readonly api = inject(ProgramsApi);
  private readonly list = loadable<PersonProgram[]>([]);

  /** Current programs first, then by title. */
  readonly programs = computed(() =>
    [...this.list.value()].sort((a, b) => Number(a.archived) - Number(b.archived) || a.title.localeCompare(b.title, 'de')),
  );
  readonly loading = this.list.loading;
  readonly loaded = this.list.loaded;
  readonly failed = this.list.failed;
  readonly error = this.list.error;

  load(userId: string): Promise<void> {
    return this.list.load(() => firstValueFrom(this.api.listPersonPrograms(userId)));
  }
}
