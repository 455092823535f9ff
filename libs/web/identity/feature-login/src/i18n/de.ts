/**
 * German texts of signing in and setting a password: the `identity` scope, loaded with the login
 * and set-password routes (identity.i18n.ts). The source of the key set.
 */
export const de = {
  login: {
    title: 'Anmelden',
    intro: 'Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    showPassword: 'Passwort anzeigen',
    hidePassword: 'Passwort verbergen',
    submit: 'Anmelden',
    submitting: 'Anmeldung läuft …',
    emailRequired: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
    emailInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
    passwordRequired: 'Bitte geben Sie Ihr Passwort ein.',
    sessionExpired: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  },
  setPassword: {
    title: 'Passwort festlegen',
    intro: 'Willkommen im eCampus! Legen Sie ein Passwort fest, um Ihr Konto zu aktivieren.',
    password: 'Neues Passwort',
    passwordHint: 'Mindestens {min} Zeichen',
    passwordRepeat: 'Passwort wiederholen',
    submit: 'Passwort speichern und anmelden',
    submitting: 'Wird gespeichert …',
    passwordRequired: 'Bitte geben Sie ein Passwort ein.',
    passwordTooShort: 'Das Passwort braucht mindestens {min} Zeichen.',
    passwordTooLong: 'Das Passwort darf höchstens {max} Zeichen haben.',
    repeatRequired: 'Bitte wiederholen Sie das Passwort.',
    mismatch: 'Die Passwörter stimmen nicht überein.',
    tokenMissing: 'Dieser Link ist unvollständig. Bitte öffnen Sie den Link aus Ihrer Einladungs-E-Mail erneut.',
    toLogin: 'Zur Anmeldung',
  },
} as const;
