import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { XSS_PAYLOADS, notInert } from '../testing/xss-payloads';
import { VIDEO_EMBED_ORIGINS, lessonVideo, renderLessonHtml } from './lesson-rendering';

describe('renderLessonHtml', () => {
  it('renders Markdown: headings, emphasis, lists, code, tables, links', () => {
    const html = renderLessonHtml(
      '# Die eigene Seite\n\n**Wichtig:** _kurz_ bleiben.\n\n1. Profil\n2. Beiträge\n\n`code`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[Hilfe](https://www.facebook.com/help) und mail@example.org',
    );
    expect(html).toContain('<h1>Die eigene Seite</h1>');
    expect(html).toContain('<strong>Wichtig:</strong> <em>kurz</em>');
    expect(html).toContain('<ol>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('<a href="https://www.facebook.com/help" target="_blank" rel="noopener noreferrer">Hilfe</a>');
    expect(html).toContain('<a href="mailto:mail@example.org">mail@example.org</a>');
  });

  it('escapes raw HTML instead of passing it through', () => {
    expect(renderLessonHtml('<b>fett</b>')).toBe('<p>&lt;b&gt;fett&lt;/b&gt;</p>');
  });

  it('keeps relative links in the same tab, without target', () => {
    expect(renderLessonHtml('[Programm](/programme/1)')).toBe('<p><a href="/programme/1">Programm</a></p>');
  });

  it('shows images as their alt text (no images until materials exist)', () => {
    expect(renderLessonHtml('![Ein Foto](https://example.org/a.png)')).toBe('<p>Ein Foto</p>');
  });

  it('renders an empty body as empty HTML', () => {
    expect(renderLessonHtml('   ')).toBe('');
  });

  it.each(XSS_PAYLOADS.map((p) => [p]))('stays inert: %s', (payload) => {
    const html = renderLessonHtml(`Text davor\n\n${payload}\n\nText danach`);
    expect(notInert(html)).toBeNull();
    expect(html).toContain('Text danach');
  });
});

describe('lessonVideo', () => {
  const embed = (embedUrl: string, provider: string) => ({ kind: 'embed', embedUrl, provider });

  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', embed('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'youtube')],
    ['https://youtube.com/watch?v=dQw4w9WgXcQ&t=42', embed('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'youtube')],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', embed('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'youtube')],
    ['https://youtu.be/dQw4w9WgXcQ', embed('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'youtube')],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', embed('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'youtube')],
    ['https://vimeo.com/76979871', embed('https://player.vimeo.com/video/76979871', 'vimeo')],
    ['https://player.vimeo.com/video/76979871', embed('https://player.vimeo.com/video/76979871', 'vimeo')],
  ])('%s → an embed', (url, expected) => {
    expect(lessonVideo(url)).toEqual({ ...expected, url });
  });

  it.each([
    'https://example.org/video.mp4',
    'https://www.youtube.com/watch?v=zu-kurz',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ"><script>',
    'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ',
    'https://vimeo.com/channels/staffpicks',
    'https://youtu.be/dQw4w9WgXcQ/extra',
  ])('%s → a plain link', (url) => {
    expect(lessonVideo(url)).toEqual({ kind: 'link', url });
  });

  it('no address, or not http(s): nothing', () => {
    expect(lessonVideo(null)).toBeNull();
    expect(lessonVideo('javascript:alert(1)')).toBeNull();
    expect(lessonVideo('kein link')).toBeNull();
  });

  it('the app’s CSP allows exactly the embed origins as frame sources', () => {
    // The generated nginx file, which platform/http's security-headers.spec.ts keeps equal to its one header list.
    const conf = readFileSync(resolve(__dirname, '../../../../../../docker/nginx-security-headers.conf'), 'utf8');
    const csp = /add_header Content-Security-Policy "([^"]*)"/.exec(conf)?.[1] ?? '';
    const frameSrc = csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('frame-src '));
    expect(frameSrc?.split(/\s+/).slice(1)).toEqual([...VIDEO_EMBED_ORIGINS]);
  });
});
