import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { adminGuard } from './admin-guard';
import { AuthStore } from './auth-store';

@Component({ selector: 'ec-admin-area', changeDetection: ChangeDetectionStrategy.OnPush, template: 'Verwaltung' })
class AdminArea {}
@Component({ selector: 'ec-missing', changeDetection: ChangeDetectionStrategy.OnPush, template: 'Seite nicht gefunden' })
class Missing {}

describe('adminGuard', () => {
  async function visitAs(isAdmin: boolean) {
    TestBed.configureTestingModule({
      providers: [
        AuthStore,
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'verwaltung', canMatch: [adminGuard], component: AdminArea },
          { path: '**', component: Missing },
        ]),
      ],
    });
    const login = TestBed.inject(AuthStore).login({ email: 'a@ecampus.example', password: 'x' });
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/login')
      .flush({ accessToken: 't', expiresIn: 900, user: { id: 'u1', email: 'a@ecampus.example', displayName: 'A', isAdmin } });
    await login;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/verwaltung');
    return harness.routeNativeElement?.textContent;
  }

  it('lets administrators in', async () => {
    expect(await visitAs(true)).toContain('Verwaltung');
  });

  it('shows everyone else the 404 page', async () => {
    expect(await visitAs(false)).toContain('Seite nicht gefunden');
  });
});
