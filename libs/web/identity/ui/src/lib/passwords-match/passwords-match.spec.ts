import { FormControl, FormGroup } from '@angular/forms';
import { passwordsMatch } from './passwords-match';

describe('passwordsMatch', () => {
  const form = () =>
    new FormGroup(
      { newPassword: new FormControl(''), repeat: new FormControl('') },
      { validators: passwordsMatch('newPassword', 'repeat') },
    );

  it('complains only once the repeat is filled and differs', () => {
    const f = form();
    f.setValue({ newPassword: 'Sicheres-Passwort-1', repeat: '' });
    expect(f.hasError('mismatch')).toBe(false);
    f.setValue({ newPassword: 'Sicheres-Passwort-1', repeat: 'Sicheres-Passwort-2' });
    expect(f.hasError('mismatch')).toBe(true);
    f.setValue({ newPassword: 'Sicheres-Passwort-1', repeat: 'Sicheres-Passwort-1' });
    expect(f.hasError('mismatch')).toBe(false);
  });
});
