import { TestBed } from '@angular/core/testing';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { LIVE_ROOM_I18N } from '../../../i18n/room/live-room.i18n';
import { MediaStage, type MediaTileView } from './media-stage';

describe('MediaStage', () => {
  // jsdom has no media elements' srcObject; the browser has.
  beforeAll(() => {
    if (!('srcObject' in HTMLMediaElement.prototype))
      Object.defineProperty(HTMLMediaElement.prototype, 'srcObject', { value: null, writable: true, configurable: true });
  });

  const stream = {} as MediaStream;
  const tile = (over: Partial<MediaTileView>): MediaTileView => ({
    key: 'k',
    name: 'Mia',
    kind: 'camera',
    stream,
    mine: false,
    talking: false,
    ...over,
  });

  async function render(tiles: MediaTileView[]) {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(LIVE_ROOM_I18N)] });
    const fixture = TestBed.createComponent(MediaStage);
    fixture.componentRef.setInput('tiles', tiles);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('says when nobody sends anything', async () => {
    expect((await render([])).querySelector('[data-testid="media-empty"]')?.textContent).toContain('Noch sendet niemand');
  });

  it('names every video, frames whoever speaks and mutes her own picture', async () => {
    const el = await render([
      tile({ key: 's', name: 'Tina', kind: 'screen' }),
      tile({ key: 'a', name: 'Mia', talking: true }),
      tile({ key: 'b', name: 'Sie', mine: true }),
    ]);
    const tiles = Array.from(el.querySelectorAll<HTMLElement>('[data-testid="media-tile"]'));
    expect(tiles.map((t) => t.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Tina · Bildschirm',
      'Mia · Kamera · spricht',
      'Sie · Kamera',
    ]);
    expect(tiles[0].classList).toContain('screen');
    expect(tiles[1].getAttribute('data-talking')).toBe('true');
    expect(tiles.map((t) => t.querySelector('video')?.muted)).toEqual([false, false, true]);
    expect(tiles[1].querySelector('video')?.getAttribute('aria-label')).toBe('Kamera von Mia');
  });
});
