import { programsDe } from './programs.de';
/**
 * German texts: the default language and the source of truth for the key set.
 * Wording follows the glossary in PRODUCT.md (Programm, Tandem, Mentee, Mentorin, Programmleitung …).
 * Placeholders are written as {name} and filled by I18nService.t(key, params).
 */
export const de = {
  app: {
    name: 'eCampus',
    tagline: 'Die Lernplattform für politische Mentoringprogramme',
  },
  common: {
    loading: 'Wird geladen …',
    close: 'Schließen',
    backHome: 'Zur Startseite',
  },
  language: {
    label: 'Sprache',
    de: 'Deutsch',
    en: 'English',
  },
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
    tokenMissing:
      'Dieser Link ist unvollständig. Bitte öffnen Sie den Link aus Ihrer Einladungs-E-Mail erneut.',
    toLogin: 'Zur Anmeldung',
  },
  shell: {
    skipToContent: 'Zum Inhalt springen',
    openNavigation: 'Navigation öffnen',
    closeNavigation: 'Navigation schließen',
    mainNavigation: 'Hauptnavigation',
    home: 'Startseite',
    myPrograms: 'Meine Programme',
    noPrograms: 'Noch keine Programme',
    programsUnavailable: 'Die Programme konnten gerade nicht geladen werden.',
    userMenu: 'Benutzermenü von {name}',
    administrator: 'Administration',
    logout: 'Abmelden',
  },
  home: {
    title: 'Startseite',
    welcome: 'Willkommen, {name}!',
    intro: 'Hier finden Sie Ihre Mentoringprogramme mit Tandems, Seminarmodulen und Live-Seminaren.',
    programsTitle: 'Ihre Programme',
    myTandem: 'Mein Tandem',
    myTandemIn: 'Mein Tandem in {program}',
    noProgramsTitle: 'Noch keine Programme',
    noProgramsText:
      'Sobald die Programmleitung Sie einem Programm zuordnet – als Mentee, Mentorin oder Mentor, Trainerin oder Programmleitung –, erscheint es hier.',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Diese Seite gibt es nicht, oder sie ist für Sie nicht sichtbar.',
  },
  errors: {
    network: 'Der Server ist gerade nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    unexpected: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es später erneut.',
  },
  programs: programsDe,
} as const;
