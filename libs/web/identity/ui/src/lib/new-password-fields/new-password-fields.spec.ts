import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { pageHelpers } from '@ecampus/web/shared/ui/testing';
import { IDENTITY_I18N } from '../../i18n/identity.i18n';
import { passwordsMatch } from '../passwords-match/passwords-match';
import { NewPasswordFields } from './new-password-fields';

@Component({
  selector: 'ec-host',
  imports: [NewPasswordFields],
  template: `<ec-new-password-fields
    testIdPrefix="new"
    [password]="form.controls.password"
    [repeat]="withRepeat ? form.controls.repeat : null"
    [mismatch]="form.hasError('mismatch')"
  />`,
})
class Host {
  withRepeat = true;
  readonly form = new FormGroup(
    {
      password: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(10)] }),
      repeat: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    },
    { validators: passwordsMatch('password', 'repeat') },
  );
}

describe('NewPasswordFields', () => {
  async function render(withRepeat = true) {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(IDENTITY_I18N)] });
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.withRepeat = withRepeat;
    await fixture.whenStable();
    return { fixture, ...pageHelpers(fixture) };
  }

  it('shows the length rule and a differing repeat', async () => {
    const { $, type, settle } = await render();
    type('new-password', 'kurz');
    type('new-repeat', 'anders');
    await settle();
    expect($('new-password-error')?.textContent).toContain('mindestens 10 Zeichen');
    expect($('new-mismatch')?.textContent).toContain('stimmen nicht überein');
  });

  it('shows and hides both fields together', async () => {
    const { $, settle } = await render();
    $('new-toggle')?.click();
    await settle();
    expect(($('new-password') as HTMLInputElement).type).toBe('text');
    expect(($('new-repeat') as HTMLInputElement).type).toBe('text');
  });

  it('can be the password field alone', async () => {
    const { $ } = await render(false);
    expect($('new-password')).not.toBeNull();
    expect($('new-repeat')).toBeNull();
  });
});
