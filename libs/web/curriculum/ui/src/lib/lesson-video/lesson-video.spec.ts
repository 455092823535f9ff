import { TestBed } from '@angular/core/testing';
import type { LessonVideo as Video } from '@ecampus/shared/contracts';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { CURRICULUM_I18N } from '../../i18n/curriculum.i18n';
import { LessonVideo, allowedEmbedUrl } from './lesson-video';

const embed = (embedUrl: string): Video => ({ kind: 'embed', url: 'https://youtu.be/abc', embedUrl, provider: 'youtube' });

describe('LessonVideo', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(CURRICULUM_I18N)] });
  });

  async function render(video: Video) {
    const fixture = TestBed.createComponent(LessonVideo);
    fixture.componentRef.setInput('video', video);
    fixture.componentRef.setInput('lessonTitle', 'Stories');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('embeds only the allowed players', () => {
    expect(allowedEmbedUrl(embed('https://www.youtube-nocookie.com/embed/abc'))).toBe('https://www.youtube-nocookie.com/embed/abc');
    expect(allowedEmbedUrl(embed('https://player.vimeo.com/video/123'))).toBe('https://player.vimeo.com/video/123');
    expect(allowedEmbedUrl(embed('https://www.youtube.com/embed/abc'))).toBeNull();
    expect(allowedEmbedUrl(embed('https://www.youtube-nocookie.com.evil.example/embed/abc'))).toBeNull();
    expect(allowedEmbedUrl(embed('javascript:alert(1)'))).toBeNull();
    expect(allowedEmbedUrl({ kind: 'link', url: 'https://example.org' })).toBeNull();
  });

  it('shows an allowed embed in an iframe with a title', async () => {
    const el = await render(embed('https://www.youtube-nocookie.com/embed/abc'));
    const frame = el.querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/abc');
    expect(frame?.getAttribute('title')).toBe('Video zur Lektion „Stories“');
  });

  it('shows anything else as a link, never a frame', async () => {
    const el = await render(embed('https://evil.example/embed/abc'));
    expect(el.querySelector('iframe')).toBeNull();
    expect(el.querySelector('a')?.getAttribute('href')).toBe('https://youtu.be/abc');
    expect(el.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');

    const none = await render({ kind: 'link', url: 'javascript:alert(1)' });
    expect(none.querySelector('a')).toBeNull();
  });
});
