import { ELF_EXECUTABLE, GIF_1X1, JPEG_16X8, pngImage } from '../../testing/issuer-images';
import { newVerificationCode } from '../code/verification-code';
import { CertificatePdfRenderer } from '../pdf/certificate-pdf';
import { inspectCertificateImage } from './certificate-image';

const limits = { maxSide: 100, maxPixels: 5000 };

describe('inspectCertificateImage', () => {
  it('takes well-formed PNGs (RGBA, RGB, grey) and baseline JPEGs, with their size', () => {
    expect(inspectCertificateImage(pngImage({ width: 40, height: 20 }), limits)).toEqual({
      ok: true,
      image: { type: 'png', width: 40, height: 20 },
    });
    expect(inspectCertificateImage(pngImage({ colorType: 2 }), limits).ok).toBe(true);
    expect(inspectCertificateImage(pngImage({ colorType: 0, filter: 4 }), limits).ok).toBe(true);
    expect(inspectCertificateImage(JPEG_16X8, limits)).toEqual({ ok: true, image: { type: 'jpeg', width: 16, height: 8 } });
  });

  it('refuses other formats and broken files pdfkit would choke on', () => {
    const png = pngImage();
    const badCrc = Buffer.from(png);
    badCrc[45] ^= 0xff;
    const negativeLength = Buffer.from(png);
    // The tEXt chunk's length over 2³¹: pdfkit's PNG reader would read it as negative and loop.
    negativeLength.writeUInt32BE(0xfffffff4, 33);
    const cases: [string, Buffer][] = [
      ['GIF', GIF_1X1],
      ['executable', ELF_EXECUTABLE],
      ['empty', Buffer.alloc(0)],
      ['PNG signature only', png.subarray(0, 8)],
      ['PNG without IEND', pngImage({ truncated: true })],
      ['PNG with a wrong CRC', badCrc],
      ['PNG chunk length over 2³¹', negativeLength],
      ['PNG with an unknown filter type', pngImage({ filter: 9 })],
      ['PNG with less data than announced', pngImage({ rawData: Buffer.alloc(10) })],
      ['PNG with more data than announced', pngImage({ width: 4, height: 4, rawData: Buffer.alloc(10_000) })],
      ['JPEG cut before its frame', JPEG_16X8.subarray(0, 100)],
      ['JPEG cut in its frame header', JPEG_16X8.subarray(0, 170)],
      [
        'JPEG that ends before its scan',
        Buffer.concat([JPEG_16X8.subarray(0, JPEG_16X8.indexOf(Buffer.from([0xff, 0xda]))), Buffer.from([0xff, 0xd9, 0, 0])]),
      ],
    ];
    for (const [name, data] of cases)
      expect([name, inspectCertificateImage(data, limits)]).toEqual([name, { ok: false, problem: 'format' }]);
  });

  it('refuses images with too many pixels before inflating them', () => {
    expect(inspectCertificateImage(pngImage({ width: 101, height: 1 }), limits)).toEqual({ ok: false, problem: 'dimensions' });
    expect(inspectCertificateImage(pngImage({ width: 80, height: 80 }), limits)).toEqual({ ok: false, problem: 'dimensions' });
    expect(inspectCertificateImage(JPEG_16X8, { maxSide: 10, maxPixels: 5000 })).toEqual({ ok: false, problem: 'dimensions' });
  });

  it('what it takes, pdfkit embeds: a certificate with a PNG logo and a JPEG signature', async () => {
    const code = newVerificationCode();
    const pdf = await new CertificatePdfRenderer().render({
      holderName: 'Gisela Brandt',
      programTitle: 'Reverse Mentoring 2027',
      programStartsOn: '2027-03-01',
      programEndsOn: '2027-12-15',
      completed: { modules: [], seminarHours: 0, tandemMeetings: 0 },
      issuer: {
        organisation: 'Landesverband',
        logoPng: pngImage({ width: 200, height: 60 }),
        signatories: [{ name: 'Katrin Albers', role: 'Vorsitzende', signaturePng: JPEG_16X8 }],
      },
      issuedOn: '2027-12-16',
      verificationCode: code,
      verifyUrl: `https://ecampus.example/verify/${code}`,
    });
    // QR code, logo (with its alpha mask) and signature.
    expect(pdf.toString('latin1').match(/\/Subtype \/Image/g)?.length).toBeGreaterThanOrEqual(3);
    expect(pdf.toString('latin1')).toContain('/DCTDecode');
  });
});
