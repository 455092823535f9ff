import { TestBed } from '@angular/core/testing';
import { NAV_ENTRIES, PROGRAM_TABS, visibleNavEntries, visibleProgramTabs } from '@ecampus/web/shared/ui-plugins';
import { provideCertificates } from './plugin';

describe('provideCertificates', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideCertificates()] }));

  it('registers the tab "Bescheinigungen" for coordinators and administrators only', () => {
    const tabs = TestBed.inject(PROGRAM_TABS);
    const ids = (roles: ('mentee' | 'mentor' | 'trainer' | 'coordinator')[], isAdmin = false) =>
      visibleProgramTabs(tabs, { roles, isAdmin }).map((t) => [t.testId, t.path]);
    expect(ids(['coordinator'])).toEqual([['tab-certificates', 'bescheinigungen']]);
    expect(ids([], true)).toEqual([['tab-certificates', 'bescheinigungen']]);
    expect(ids(['mentee'])).toEqual([]);
    expect(ids(['mentor', 'trainer'])).toEqual([]);
    expect(tabs[0]?.label).toEqual({ de: 'Bescheinigungen', en: 'Certificates' });
  });

  it('puts "Meine Bescheinigungen" into everyone’s navigation, at the address the certificate e-mail links to', () => {
    const entries = visibleNavEntries(TestBed.inject(NAV_ENTRIES), { isAdmin: false });
    expect(entries.map((e) => [e.testId, e.path, e.label.de])).toEqual([
      ['nav-my-certificates', 'bescheinigungen', 'Meine Bescheinigungen'],
    ]);
  });
});
