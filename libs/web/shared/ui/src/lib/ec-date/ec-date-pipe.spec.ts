import { TestBed } from '@angular/core/testing';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { EcDatePipe } from './ec-date-pipe';

describe('EcDatePipe', () => {
  let pipe: EcDatePipe;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(), EcDatePipe] });
    pipe = TestBed.inject(EcDatePipe);
  });

  it('shows calendar days in the language of the page', () => {
    expect(pipe.transform('2027-03-01')).toBe('1. März 2027');
    expect(pipe.transform('2027-03-01', 'short')).toBe('1.03.2027');
    TestBed.inject(I18nService).setLanguage('en');
    expect(pipe.transform('2027-03-01')).toBe('1 March 2027');
  });

  it('adds the local time to a timestamp when asked', () => {
    const at = new Date(2026, 10, 20, 14, 5).toISOString();
    expect(pipe.transform(at, 'withTime')).toBe('20. November 2026 um 14:05');
    expect(pipe.transform('2027-03-01', 'withTime')).toBe('1. März 2027');
  });

  it('shows nothing for no date and the text itself for no valid date', () => {
    expect(pipe.transform(null)).toBe('');
    expect(pipe.transform('kaputt')).toBe('kaputt');
  });
});
