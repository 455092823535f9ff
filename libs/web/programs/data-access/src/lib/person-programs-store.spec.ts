import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { listOf } from '@ecampus/shared/contracts';
import { aPersonProgram } from '../testing';
import { PersonProgramsStore } from './person-programs-store';

describe('PersonProgramsStore', () => {
  let store: PersonProgramsStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [PersonProgramsStore, provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(PersonProgramsStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it("loads a person's programs, current ones first", async () => {
    const load = store.load('u 1');
    backend
      .expectOne('/api/users/u%201/programs')
      .flush(
        listOf([aPersonProgram({ programId: 'a', title: 'Alt', archived: true }), aPersonProgram({ programId: 'b', title: 'Zukunft' })]),
      );
    await load;
    expect(store.programs().map((p) => p.programId)).toEqual(['b', 'a']);
  });

  it('keeps the server message of a failed load', async () => {
    const load = store.load('u1');
    backend
      .expectOne('/api/users/u1/programs')
      .flush({ statusCode: 404, code: 'not_found', message: 'Unbekannt.' }, { status: 404, statusText: 'Not Found' });
    await load;
    expect(store.failed()).toBe(true);
    expect(store.error()?.message).toBe('Unbekannt.');
  });
});
