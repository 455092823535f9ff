import { HttpErrorResponse } from '@angular/common/http';
import { loadable } from './loadable';

describe('loadable', () => {
  it('goes from loading to loaded with the value', async () => {
    const list = loadable<string[]>([]);
    const done = list.load(async () => ['a']);
    expect(list.loading()).toBe(true);
    await done;
    expect(list.value()).toEqual(['a']);
    expect([list.loading(), list.loaded(), list.failed()]).toEqual([false, true, false]);
  });

  it("keeps the value and the server's error of a failed load", async () => {
    const list = loadable(['a']);
    const answer = { statusCode: 403, code: 'forbidden', message: 'Nur für die Administration.' };
    await list.load(() => Promise.reject(new HttpErrorResponse({ status: 403, error: answer })));
    expect(list.value()).toEqual(['a']);
    expect(list.failed()).toBe(true);
    expect(list.error()).toEqual(answer);
  });

  it('drops the answer of a load that a newer one superseded', async () => {
    const list = loadable('');
    let answerFirst: (value: string) => void = () => undefined;
    const first = list.load(() => new Promise((resolve) => (answerFirst = resolve)));
    await list.load(async () => 'neu');
    answerFirst('alt');
    await first;
    expect(list.value()).toBe('neu');
  });

  it('changes the value in place', () => {
    const list = loadable([1, 2]);
    list.update((values) => values.filter((v) => v !== 1));
    expect(list.value()).toEqual([2]);
  });
});
