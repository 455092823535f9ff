import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { CertificateIssuer, CertificateIssuerAnswer, CertificateIssuerImage } from '@ecampus/shared/contracts';
import { pageHelpers } from '@ecampus/web/shared/ui/testing';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { CERTIFICATES_I18N } from '../../i18n/certificates.i18n';
import { imageRefusal, type IssuerImageView } from '../issuer-image/issuer-image';
import { IssuerForm, type IssuerImagesView, type IssuerImageUpload } from './issuer-form';

const saved = (overrides: Partial<CertificateIssuerAnswer> = {}): CertificateIssuerAnswer => ({
  organisation: 'Landesverband Nord',
  signatories: [
    { name: 'Katrin Albers', role: 'Vorsitzende', hasSignature: true },
    { name: 'Jonas Weber', role: 'Geschäftsführer', hasSignature: false },
  ],
  hasLogo: true,
  ...overrides,
});
const image = (overrides: Partial<IssuerImageView> = {}): IssuerImageView => ({
  uploaded: false,
  preview: null,
  busy: false,
  ...overrides,
});
const images = (): IssuerImagesView => ({
  logo: image({ uploaded: true, preview: 'blob:logo' }),
  signatures: [image({ uploaded: true, preview: 'blob:sig-0' }), image()],
});

const MB = 1024 * 1024;
const file = (name: string, type: string, size = 1000) => new File([new Uint8Array(size)], name, { type });

describe('imageRefusal', () => {
  it('takes PNG and JPEG up to 1 MB by name and type; the server checks the content', () => {
    expect(imageRefusal({ name: 'logo.png', type: 'image/png', size: MB })).toBeNull();
    expect(imageRefusal({ name: 'Unterschrift.JPEG', type: 'image/jpeg', size: 10 })).toBeNull();
    expect(imageRefusal({ name: 'scan.jpg', type: '', size: 10 })).toBeNull();
    expect(imageRefusal({ name: 'logo.gif', type: 'image/gif', size: 10 })).toBe('wrongType');
    expect(imageRefusal({ name: 'logo.png', type: 'application/x-msdownload', size: 10 })).toBe('wrongType');
    expect(imageRefusal({ name: 'logo.png', type: 'image/png', size: MB + 1 })).toBe('tooLarge');
  });
});

describe('IssuerForm', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(CERTIFICATES_I18N), provideNoopAnimations()] });
  });

  async function render(issuer = saved(), view = images()) {
    const fixture = TestBed.createComponent(IssuerForm);
    fixture.componentRef.setInput('issuer', issuer);
    fixture.componentRef.setInput('images', view);
    fixture.componentRef.setInput('submission', { busy: signal(false), messages: signal<string[]>([]) });
    const bodies: CertificateIssuer[] = [];
    const uploads: IssuerImageUpload[] = [];
    const removals: CertificateIssuerImage[] = [];
    fixture.componentInstance.save.subscribe((body) => bodies.push(body));
    fixture.componentInstance.upload.subscribe((u) => uploads.push(u));
    fixture.componentInstance.remove.subscribe((r) => removals.push(r));
    await fixture.whenStable();
    const helpers = pageHelpers(fixture);
    const all = (testId: string) => Array.from(helpers.el.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
    const rows = () => all('issuer-signatory');
    const inRow = (row: number, testId: string) => rows()[row]?.querySelector<HTMLElement>(`[data-testid="${testId}"]`) ?? null;
    const typeIn = (field: HTMLElement | null, value: string) => {
      const input = field as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
    };
    const pick = async (input: HTMLElement | null, picked: File) => {
      Object.defineProperty(input, 'files', { value: [picked], configurable: true });
      input?.dispatchEvent(new Event('change'));
      await fixture.whenStable();
    };
    return { fixture, bodies, uploads, removals, rows, inRow, typeIn, pick, all, ...helpers };
  }

  it('shows the saved issuer with its images and sends what was typed, each signature kept by its person', async () => {
    const { $, el, rows, inRow, typeIn, bodies, submit, settle } = await render();
    expect(($('issuer-organisation') as HTMLInputElement).value).toBe('Landesverband Nord');
    expect(rows().map((r) => (r.querySelector('[data-testid="issuer-name"]') as HTMLInputElement).value)).toEqual([
      'Katrin Albers',
      'Jonas Weber',
    ]);
    expect(rows().map((r) => r.querySelector('h4')?.textContent?.trim())).toEqual([
      '1. unterschreibende Person',
      '2. unterschreibende Person',
    ]);
    expect($('issuer-logo-preview')?.getAttribute('src')).toBe('blob:logo');
    expect($('issuer-logo-preview')?.getAttribute('alt')).toBe('Vorschau: Logo');
    expect(inRow(0, 'issuer-signature-preview')?.getAttribute('src')).toBe('blob:sig-0');
    expect(inRow(1, 'issuer-signature-status')?.textContent).toContain('Kein Bild hochgeladen');
    expect(inRow(1, 'issuer-signature-choose')?.textContent).toContain('Unterschrift hochladen …');
    expect(inRow(0, 'issuer-signature-choose')?.textContent).toContain('Unterschrift ersetzen …');

    // The first person goes, a new one comes: Jonas keeps position 1's (his) signature, the new one has none yet.
    inRow(0, 'issuer-remove')?.click();
    await settle();
    expect(rows()).toHaveLength(1);
    expect(document.activeElement).toBe(inRow(0, 'issuer-name'));
    $('issuer-add')?.click();
    await settle();
    expect(rows()).toHaveLength(2);
    expect(document.activeElement).toBe(inRow(1, 'issuer-name'));
    expect(inRow(1, 'issuer-signature-later')?.textContent).toContain('Nach dem Speichern');
    typeIn(inRow(1, 'issuer-name'), '  Petra Lorenz ');
    typeIn(inRow(1, 'issuer-role'), 'Schatzmeisterin');
    typeIn($('issuer-organisation'), 'Landesverband Nord e. V.');
    await submit('issuer-form');
    expect(bodies).toEqual([
      {
        organisation: 'Landesverband Nord e. V.',
        signatories: [
          { name: 'Jonas Weber', role: 'Geschäftsführer', signatureFrom: 1 },
          { name: 'Petra Lorenz', role: 'Schatzmeisterin', signatureFrom: null },
        ],
      },
    ]);
    expect(el.querySelectorAll('[data-testid="issuer-signatory"]')).toHaveLength(2);
  });

  it('refuses what the contract refuses and says so at the fields; at most three people', async () => {
    const { $, el, inRow, typeIn, bodies, submit, settle, rows } = await render();
    typeIn($('issuer-organisation'), 'x'.repeat(201));
    typeIn(inRow(0, 'issuer-name'), '   ');
    typeIn(inRow(1, 'issuer-role'), 'y'.repeat(121));
    await submit('issuer-form');
    await settle();
    expect(bodies).toEqual([]);
    const errors = Array.from(el.querySelectorAll('mat-error'), (e) => e.textContent?.trim()).filter(Boolean);
    expect(errors).toEqual(['Höchstens 200 Zeichen', 'Bitte einen Namen angeben', 'Höchstens 120 Zeichen']);

    $('issuer-add')?.click();
    await settle();
    expect(rows()).toHaveLength(3);
    expect(($('issuer-add') as HTMLButtonElement).disabled).toBe(true);
    expect(el.textContent).toContain('Höchstens 3 Personen unterschreiben.');
  });

  it('checks a picked image before it goes: only PNG or JPEG up to 1 MB; emits uploads and removals by saved position', async () => {
    const { $, inRow, uploads, removals, pick, settle } = await render();
    await pick($('issuer-logo-input'), file('logo.gif', 'image/gif'));
    expect($('issuer-logo-error')?.getAttribute('role')).toBe('alert');
    expect($('issuer-logo-error')?.textContent).toContain('Nur PNG oder JPEG bis 1 MB: „logo.gif“ ist kein PNG- oder JPEG-Bild.');
    await pick($('issuer-logo-input'), file('riesig.png', 'image/png', 1.5 * MB));
    expect($('issuer-logo-error')?.textContent).toContain('Nur PNG oder JPEG bis 1 MB: „riesig.png“ ist 1,5 MB groß.');
    expect(uploads).toEqual([]);

    const logo = file('logo.png', 'image/png');
    await pick($('issuer-logo-input'), logo);
    expect($('issuer-logo-error')).toBeNull();
    const signature = file('unterschrift.jpg', 'image/jpeg');
    await pick(inRow(1, 'issuer-signature-input'), signature);
    expect(uploads).toEqual([
      { image: 'logo', file: logo },
      { image: 1, file: signature },
    ]);
    $('issuer-logo-remove')?.click();
    inRow(0, 'issuer-signature-remove')?.click();
    await settle();
    expect(removals).toEqual(['logo', 0]);
  });

  it('shows the server’s refusal at its image, waits while an image is saved, and speaks English', async () => {
    const { fixture, $, inRow, el } = await render();
    fixture.componentRef.setInput('imageErrors', { 'signatories/0/signature': 'Das Bild lässt sich nicht lesen.' });
    fixture.componentRef.setInput('images', { ...images(), logo: image({ uploaded: true, preview: 'blob:logo', busy: true }) });
    await fixture.whenStable();
    expect(inRow(0, 'issuer-signature-error')?.textContent).toContain('Das Bild lässt sich nicht lesen.');
    expect(el.querySelector('[role="status"]')?.textContent).toContain('Wird gespeichert …');
    expect(($('issuer-logo-choose') as HTMLButtonElement).disabled).toBe(true);
    expect((inRow(1, 'issuer-signature-choose') as HTMLButtonElement).disabled).toBe(true);

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(el.textContent).toContain('Save issuer');
    expect(el.textContent).toContain('Signatory 2');
    expect(el.textContent).toContain('PNG or JPEG, at most 1 MB');
  });

  it('an image upload (new flags, same saved issuer) keeps what is being typed; a save fills the form again', async () => {
    const { fixture, $, typeIn } = await render();
    typeIn($('issuer-organisation'), 'Noch nicht gespeichert');
    fixture.componentRef.setInput('images', { ...images(), signatures: [image(), image({ uploaded: true })] });
    await fixture.whenStable();
    expect(($('issuer-organisation') as HTMLInputElement).value).toBe('Noch nicht gespeichert');
    fixture.componentRef.setInput('issuer', saved({ organisation: 'Gespeichert', signatories: [] }));
    await fixture.whenStable();
    expect(($('issuer-organisation') as HTMLInputElement).value).toBe('Gespeichert');
    expect($('issuer-none')?.textContent).toContain('Noch niemand unterschreibt');
  });
});
