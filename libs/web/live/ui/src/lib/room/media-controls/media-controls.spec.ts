import { TestBed } from '@angular/core/testing';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { LIVE_ROOM_I18N } from '../../../i18n/room/live-room.i18n';
import { MediaControls } from './media-controls';

describe('MediaControls', () => {
  async function render(
    inputs: Partial<Record<'available' | 'live' | 'canPublish' | 'cameraOn' | 'screenOn', boolean>> & { problem?: string; busy?: string },
  ) {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(LIVE_ROOM_I18N)] });
    const fixture = TestBed.createComponent(MediaControls);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, byId: (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`) };
  }

  it('explains why there are no buttons: no media server, not live yet, no floor', async () => {
    expect((await render({ available: false })).byId('media-unavailable')?.textContent).toContain('nicht verfügbar');
    TestBed.resetTestingModule();
    expect((await render({ available: true, live: false })).byId('media-not-live')).not.toBeNull();
    TestBed.resetTestingModule();
    const noFloor = await render({ available: true, live: true, canPublish: false });
    expect(noFloor.byId('media-no-floor')?.textContent).toContain('Hand');
    expect(noFloor.byId('media-camera')).toBeNull();
  });

  it('offers camera and screen, then mute and picture once the camera is on', async () => {
    const { fixture, byId } = await render({ available: true, live: true, canPublish: true });
    expect(byId('media-camera')?.textContent?.trim()).toBe('Kamera und Mikrofon an');
    expect(byId('media-mic')).toBeNull();
    let camera = 0;
    fixture.componentInstance.camera.subscribe(() => camera++);
    byId('media-camera')?.click();
    expect(camera).toBe(1);

    fixture.componentRef.setInput('cameraOn', true);
    await fixture.whenStable();
    expect(byId('media-camera')?.getAttribute('aria-pressed')).toBe('true');
    expect(byId('media-camera')?.textContent?.trim()).toBe('Kamera und Mikrofon aus');
    expect(byId('media-mic')?.textContent?.trim()).toBe('Mikrofon stumm');
    expect(byId('media-picture')).not.toBeNull();
  });

  it('waits while a device starts and says what went wrong in plain words', async () => {
    const { byId } = await render({ available: true, live: true, canPublish: true, busy: 'camera', problem: 'denied' });
    expect((byId('media-camera') as HTMLButtonElement).disabled).toBe(true);
    expect(byId('media-camera')?.textContent?.trim()).toBe('Wird gestartet …');
    expect(byId('media-problem')?.getAttribute('role')).toBe('alert');
    expect(byId('media-problem')?.textContent).toContain('Schloss-Symbol');
  });
});
