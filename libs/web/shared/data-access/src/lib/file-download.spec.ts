import { fileNameOf } from './file-download';

describe('fileNameOf', () => {
  it('prefers the RFC 5987 name', () =>
    expect(fileNameOf(`attachment; filename="Begr_ung.pdf"; filename*=UTF-8''Begr%C3%BC%C3%9Fung.pdf`, 'x')).toBe('Begrüßung.pdf'));
  it('takes the plain name without an extended one', () => expect(fileNameOf('attachment; filename="plan.pdf"', 'x')).toBe('plan.pdf'));
  it('falls back without a header or on a broken encoding', () => {
    expect(fileNameOf(null, 'datei')).toBe('datei');
    expect(fileNameOf(`attachment; filename*=UTF-8''%E0%A4%A`, 'datei')).toBe('datei');
  });
});
