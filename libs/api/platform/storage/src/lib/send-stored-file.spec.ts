import { asciiFileName, contentDisposition, rfc5987Encode } from './send-stored-file';

describe('Content-Disposition', () => {
  it('carries the original name RFC 5987-encoded and an ASCII fallback', () => {
    expect(contentDisposition('Übersicht Förderung.pdf')).toBe(
      `attachment; filename="Uebersicht Foerderung.pdf"; filename*=UTF-8''%C3%9Cbersicht%20F%C3%B6rderung.pdf`,
    );
  });

  it('round-trips through decodeURIComponent for every name', () => {
    for (const name of ['Präsentation (final) – v2*.pptx', "Grüße & 'Tipps'.docx", '😀 Bild.png', 'straße%20.pdf', 'a;b=c.pdf']) {
      const header = contentDisposition(name);
      const encoded = /filename\*=UTF-8''([^;]+)$/.exec(header)?.[1] ?? '';
      expect(decodeURIComponent(encoded)).toBe(name);
      // Only RFC 5987 attr-chars and percent escapes.
      expect(encoded).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    }
  });

  it('encodes the characters encodeURIComponent leaves but RFC 5987 does not allow', () => {
    expect(rfc5987Encode("a'(b)*.pdf")).toBe('a%27%28b%29%2A.pdf');
  });

  it.each([
    ['Übersicht.pdf', 'Uebersicht.pdf'],
    ['Straße.pdf', 'Strasse.pdf'],
    ['Café Résumé.docx', 'Cafe Resume.docx'],
    ['Zitat "wichtig".pdf', 'Zitat _wichtig_.pdf'],
    ['back\\slash%.pdf', 'back_slash_.pdf'],
    ['日本語.pdf', '___.pdf'],
    ['😀.png', '__.png'],
  ])('falls back to ASCII: %p → %p', (name, ascii) => {
    expect(asciiFileName(name)).toBe(ascii);
    // Nothing in the quoted fallback can end the quoted string or the header.
    expect(contentDisposition(name)).toMatch(/^attachment; filename="[\x20-\x21\x23-\x5b\x5d-\x7e]*"; filename\*=/);
  });
});
