import { TestBed } from '@angular/core/testing';
import type { IssuedCertificate } from '@ecampus/shared/contracts';
import { pageHelpers } from '@ecampus/web/shared/ui/testing';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { CERTIFICATES_I18N } from '../../i18n/certificates.i18n';
import { IssuedTable } from './issued-table';

const anIssued = (id: string, displayName: string, overrides: Partial<IssuedCertificate> = {}): IssuedCertificate => ({
  id,
  userId: `u-${id}`,
  displayName,
  status: 'done',
  issuedAt: '2027-06-30T10:00:00.000Z',
  verificationCode: 'ABCD-EFGH-JKLM-NPQR-S',
  revoked: false,
  revokedReason: null,
  ...overrides,
});

describe('IssuedTable', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(CERTIFICATES_I18N)] });
  });

  async function render(certificates: IssuedCertificate[]) {
    const fixture = TestBed.createComponent(IssuedTable);
    fixture.componentRef.setInput('certificates', certificates);
    const events: string[] = [];
    fixture.componentInstance.download.subscribe((c) => events.push(`download ${c.id}`));
    fixture.componentInstance.regenerate.subscribe((c) => events.push(`regenerate ${c.id}`));
    fixture.componentInstance.revoke.subscribe((c) => events.push(`revoke ${c.id}`));
    await fixture.whenStable();
    const helpers = pageHelpers(fixture);
    const row = (name: string) => helpers.el.querySelector<HTMLElement>(`[data-testid="issued-row"][data-user-name="${name}"]`);
    const button = (name: string, id: string) => row(name)?.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`) ?? null;
    return { fixture, events, row, button, ...helpers };
  }

  it('lists name, date, code and status, with the actions of a valid certificate', async () => {
    const { row, button, events } = await render([anIssued('c1', 'Anna Adler')]);
    expect(row('Anna Adler')?.textContent).toContain('30. Juni 2027');
    expect(row('Anna Adler')?.querySelector('[data-testid="issued-code"]')?.textContent?.trim()).toBe('ABCD-EFGH-JKLM-NPQR-S');
    expect(row('Anna Adler')?.querySelector('[data-testid="issued-status"]')?.textContent?.trim()).toBe('Ausgestellt');
    button('Anna Adler', 'issued-download')?.click();
    button('Anna Adler', 'issued-regenerate')?.click();
    button('Anna Adler', 'issued-revoke')?.click();
    expect(events).toEqual(['download c1', 'regenerate c1', 'revoke c1']);
  });

  it('marks a revoked one with the reason and offers only its PDF; a pending one cannot be downloaded yet', async () => {
    const { row, button } = await render([
      anIssued('c1', 'Anna Adler', { revoked: true, revokedReason: 'Falscher Name' }),
      anIssued('c2', 'Bea Berg', { status: 'pending' }),
    ]);
    expect(row('Anna Adler')?.querySelector('[data-testid="issued-revoked"]')?.textContent?.trim()).toBe('Widerrufen: Falscher Name');
    expect([button('Anna Adler', 'issued-regenerate'), button('Anna Adler', 'issued-revoke')]).toEqual([null, null]);
    expect(button('Anna Adler', 'issued-download')?.disabled).toBe(false);

    expect(row('Bea Berg')?.querySelector('[data-testid="issued-status"]')?.textContent?.trim()).toBe('Wird erstellt');
    expect(button('Bea Berg', 'issued-download')?.disabled).toBe(true);
    expect(button('Bea Berg', 'issued-regenerate')?.disabled).toBe(true);
    expect(button('Bea Berg', 'issued-revoke')?.disabled).toBe(false);
  });
});
