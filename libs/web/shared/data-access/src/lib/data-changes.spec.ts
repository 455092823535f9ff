import { TestBed } from '@angular/core/testing';
import { DataChanges } from './data-changes';

describe('DataChanges', () => {
  it('tells the listeners of a kind each time it changes', () => {
    const changes = TestBed.inject(DataChanges);
    const heard = jest.fn();
    changes.of('programs').subscribe(heard);
    changes.announce('programs');
    changes.announce('programs');
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
