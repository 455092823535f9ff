import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { PublicFrame } from './public-frame';

@Component({
  selector: 'ec-host',
  imports: [PublicFrame],
  template: `<ec-public-frame heading="Bescheinigung prüfen" intro="Ohne Anmeldung." [wide]="true"
    ><p class="body">Inhalt</p><a ecPublicFrameFooter class="after" href="/">Zu eCampus</a></ec-public-frame
  >`,
})
class Host {}

describe('PublicFrame', () => {
  it('shows the app name, the heading, the intro and the content in the card, and the footer after it', async () => {
    TestBed.configureTestingModule({ providers: [provideTestI18n()] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('.brand')?.textContent).toBe('eCampus');
    expect(el.querySelector('main h1')?.textContent).toBe('Bescheinigung prüfen');
    expect(el.querySelector('.frame-intro')?.textContent).toBe('Ohne Anmeldung.');
    expect(el.querySelector('mat-card .body')?.textContent).toBe('Inhalt');
    const after = el.querySelector('main > .after');
    expect(after?.textContent).toBe('Zu eCampus');
    expect(el.querySelector('mat-card .after')).toBeNull();
    expect(el.querySelector('ec-public-frame')?.classList).toContain('wide');
  });
});
