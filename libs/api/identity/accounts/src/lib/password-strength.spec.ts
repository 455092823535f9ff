import { setLocaleSource } from '@ecampus/shared/contracts';
import { ownerWords, PasswordStrength } from './password-strength';

const strength = new PasswordStrength();
const sina = { displayName: 'Sina Sitzung', email: 'sina.sitzung@example.org' };

describe('PasswordStrength (zxcvbn with German and English dictionaries)', () => {
  afterEach(() => setLocaleSource(() => 'de'));

  it.each(['Passwort123!', 'Passwort2027!', 'Sommer2027!', 'Hallo1234567', 'Qwertz123456', 'Ichliebedich1', 'ecampus2027!'])(
    'refuses the common %p',
    (password) => expect(strength.weakness(password, sina)).toMatch(/^Dieses Passwort ist zu leicht zu erraten\./),
  );

  it.each(['SinaSitzung2027', 'Sina Sitzung 2027', 'sina.sitzung2027', 'Sitzung2027!'])('refuses her own name in %p', (password) =>
    expect(strength.weakness(password, sina)).not.toBeNull(),
  );

  it.each(['Bergsee-Laterne-Honig-42', 'Wolkenkratzer-Ahorn-Fluss', 'mein-neues-passwort', 'Test-Passwort-123!'])(
    'accepts %p',
    (password) => expect(strength.weakness(password, sina)).toBeNull(),
  );

  it('says why and what helps, in German or English', () => {
    expect(strength.weakness('Sina Sitzung 2027', sina)).toBe(
      'Dieses Passwort ist zu leicht zu erraten. Es sollten keine persönlichen oder Seiten relevanten Daten vorkommen. ' +
        'Weitere Wörter, die weniger häufig vorkommen, hinzufügen.',
    );
    setLocaleSource(() => 'en');
    expect(strength.weakness('Sina Sitzung 2027', sina)).toMatch(/^This password is too easy to guess\. .+/);
  });

  it('takes her name and e-mail apart the ways people put them into passwords', () => {
    expect(ownerWords(sina)).toEqual(
      expect.arrayContaining([
        'sina sitzung',
        'sina',
        'sitzung',
        'sinasitzung',
        'sina-sitzung',
        'sina.sitzung',
        'sina.sitzung@example.org',
      ]),
    );
  });
});
