import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CertificateIssuerAnswer } from '@ecampus/shared/contracts';
import { anIssuer } from '../testing';
import { CertificateIssuerStore } from './certificate-issuer-store';

const url = '/api/programs/p1/certificate-issuer';
const flush = () => new Promise((resolve) => setTimeout(resolve));

describe('CertificateIssuerStore', () => {
  let http: HttpTestingController;
  let store: CertificateIssuerStore;
  let created: number;
  let revoked: string[];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

  beforeEach(() => {
    created = 0;
    revoked = [];
    // jsdom has no object URLs.
    URL.createObjectURL = () => `blob:test/${++created}`;
    URL.revokeObjectURL = (u: string) => void revoked.push(u);
    TestBed.configureTestingModule({ providers: [CertificateIssuerStore, provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(CertificateIssuerStore);
  });
  afterEach(() => {
    http.verify();
    // The store revokes its previews when the module goes: before the mocks go.
    TestBed.resetTestingModule();
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });

  /** Loads p1 with the given issuer and answers the previews' requests. */
  async function loaded(issuer: CertificateIssuerAnswer = anIssuer()) {
    const done = store.load('p1');
    http.expectOne(url).flush(issuer);
    await flush();
    if (issuer.hasLogo) http.expectOne(`${url}/logo`).flush(new Blob(['png']));
    issuer.signatories.forEach((s, i) => {
      if (s.hasSignature) http.expectOne(`${url}/signatories/${i}/signature`).flush(new Blob(['png']));
    });
    await done;
  }

  it('loads the issuer, parsed with the contract, and fetches a preview of each uploaded image', async () => {
    await loaded();
    expect(store.saved()?.organisation).toBe('Landesverband Nord');
    expect(store.images()).toEqual({
      logo: { uploaded: true, preview: 'blob:test/1', busy: false },
      signatures: [
        { uploaded: true, preview: 'blob:test/2', busy: false },
        { uploaded: false, preview: null, busy: false },
      ],
    });
  });

  it('fails on its own with the server’s message; an image without preview still counts as uploaded', async () => {
    const failed = store.load('p1');
    http
      .expectOne(url)
      .flush({ statusCode: 403, code: 'forbidden', message: 'Nur für die Programmleitung.' }, { status: 403, statusText: 'Forbidden' });
    await failed;
    expect(store.failed()).toBe(true);
    expect(store.error()?.message).toBe('Nur für die Programmleitung.');
    expect(store.saved()).toBeNull();

    const done = store.load('p1');
    http.expectOne(url).flush(anIssuer({ signatories: [] }));
    await flush();
    http.expectOne(`${url}/logo`).flush(null, { status: 404, statusText: 'Not Found' });
    await done;
    expect(store.images().logo).toEqual({ uploaded: true, preview: null, busy: false });
  });

  it('saves: the saved issuer changes, previews follow their signatures, the ones that go are revoked', async () => {
    await loaded();
    const body = {
      organisation: 'Landesverband Nord e. V.',
      signatories: [
        { name: 'Jonas Weber', role: 'Geschäftsführer', signatureFrom: 1 },
        { name: 'Katrin Albers', role: 'Vorsitzende', signatureFrom: 0 },
      ],
    };
    const saving = store.save(body);
    const put = http.expectOne({ method: 'PUT', url });
    expect(put.request.body).toEqual(body);
    put.flush(
      anIssuer({
        organisation: 'Landesverband Nord e. V.',
        signatories: [
          { name: 'Jonas Weber', role: 'Geschäftsführer', hasSignature: false },
          { name: 'Katrin Albers', role: 'Vorsitzende', hasSignature: true },
        ],
      }),
    );
    await saving;
    expect(store.saved()?.organisation).toBe('Landesverband Nord e. V.');
    expect(store.images().signatures.map((s) => s.preview)).toEqual([null, 'blob:test/2']);
    expect(revoked).toEqual([]);

    // Katrin removed: her signature (and its preview) go.
    const removing = store.save({ organisation: 'x', signatories: [{ name: 'Jonas Weber', role: '', signatureFrom: 0 }] });
    http.expectOne({ method: 'PUT', url }).flush(anIssuer({ signatories: [{ name: 'Jonas Weber', role: '', hasSignature: false }] }));
    await removing;
    expect(revoked).toEqual(['blob:test/2']);

    const refused = store.save(body);
    http
      .expectOne({ method: 'PUT', url })
      .flush(
        { statusCode: 400, code: 'validation_failed', message: 'Ungültig', fields: { 'signatories.0.name': 'Bitte einen Namen angeben' } },
        { status: 400, statusText: 'Bad Request' },
      );
    await expect(refused).rejects.toMatchObject({ status: 400 });
    expect(store.saved()?.organisation).toBe('Landesverband Nord');
  });

  it('uploads an image as multipart field `file`: busy meanwhile, the file is the preview; the saved issuer stays', async () => {
    await loaded();
    const savedBefore = store.saved();
    const file = new File([new Uint8Array([0x89, 0x50])], 'logo neu.png', { type: 'image/png' });
    const uploading = store.uploadImage('logo', file);
    expect(store.busyImage()).toBe('logo');
    expect(store.images().logo.busy).toBe(true);
    await expect(store.uploadImage(1, file)).rejects.toThrow('one image at a time');
    const put = http.expectOne({ method: 'PUT', url: `${url}/logo` });
    expect(((put.request.body as FormData).get('file') as File).name).toBe('logo neu.png');
    put.flush(anIssuer());
    await uploading;
    expect(store.busyImage()).toBeNull();
    expect(store.images().logo).toEqual({ uploaded: true, preview: 'blob:test/3', busy: false });
    expect(revoked).toEqual(['blob:test/1']);
    expect(store.saved()).toBe(savedBefore);

    const signature = store.uploadImage(1, file);
    http.expectOne({ method: 'PUT', url: `${url}/signatories/1/signature` }).flush(
      anIssuer({
        signatories: [
          { name: 'Katrin Albers', role: 'Vorsitzende', hasSignature: true },
          { name: 'Jonas Weber', role: 'Geschäftsführer', hasSignature: true },
        ],
      }),
    );
    await signature;
    expect(store.images().signatures[1]).toEqual({ uploaded: true, preview: 'blob:test/4', busy: false });

    const refused = store.uploadImage('logo', file);
    http
      .expectOne({ method: 'PUT', url: `${url}/logo` })
      .flush(
        { statusCode: 422, code: 'unsupported_file_type', message: 'Das Bild lässt sich nicht lesen.' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await expect(refused).rejects.toMatchObject({ status: 422 });
    expect(store.busyImage()).toBeNull();
    expect(store.images().logo.preview).toBe('blob:test/3');
  });

  it('removes an image: the answer says it is gone, its preview is revoked', async () => {
    await loaded();
    const removing = store.removeImage(0);
    http.expectOne({ method: 'DELETE', url: `${url}/signatories/0/signature` }).flush(
      anIssuer({
        signatories: [
          { name: 'Katrin Albers', role: 'Vorsitzende', hasSignature: false },
          { name: 'Jonas Weber', role: 'Geschäftsführer', hasSignature: false },
        ],
      }),
    );
    await removing;
    expect(store.images().signatures[0]).toEqual({ uploaded: false, preview: null, busy: false });
    expect(revoked).toEqual(['blob:test/2']);
  });

  it('revokes every preview when the page goes', async () => {
    await loaded();
    TestBed.resetTestingModule();
    expect(revoked.sort()).toEqual(['blob:test/1', 'blob:test/2']);
  });
});
