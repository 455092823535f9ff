/**
 * The app's own German texts (shell, start page, errors, words every page uses), bundled with the
 * app; the domains' texts are scopes of their own, loaded with their routes (e.g.
 * libs/web/programs/ui/src/i18n). German is the default language and the source of the key set.
 * Wording follows the glossary in PRODUCT.md (Programm, Tandem, Mentee, Mentorin, Programmleitung …).
 * Texts are ICU messages: `{name}`, `{count, plural, one {# Mitglied} other {# Mitglieder}}`.
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
    cancel: 'Abbrechen',
  },
  language: {
    label: 'Sprache',
    de: 'Deutsch',
    en: 'English',
  },
  shell: {
    skipToContent: 'Zum Inhalt springen',
    openNavigation: 'Navigation öffnen',
    openNavigationWaiting: 'Navigation öffnen ({count, plural, one {# neuer Hinweis} other {# neue Hinweise}})',
    closeNavigation: 'Navigation schließen',
    mainNavigation: 'Hauptnavigation',
    home: 'Startseite',
    myPrograms: 'Meine Programme',
    allPrograms: 'Alle Programme',
    noPrograms: 'Noch keine Programme',
    programsUnavailable: 'Die Programme konnten gerade nicht geladen werden.',
    userMenu: 'Benutzermenü von {name}',
    logout: 'Abmelden',
    changePassword: 'Passwort ändern',
    sessions: 'Sitzungen',
    notMember: 'kein Mitglied',
  },
  home: {
    title: 'Startseite',
    welcome: 'Willkommen, {name}!',
    intro: 'Hier finden Sie Ihre Mentoringprogramme mit Tandems, Seminarmodulen und Live-Seminaren.',
    programsTitle: 'Ihre Programme',
    myTandem: 'Mein Tandem',
    myTandemIn: 'Mein Tandem in {program}',
    notMember: 'Administration (kein Mitglied)',
    noProgramsTitle: 'Noch keine Programme',
    noProgramsText:
      'Sobald die Programmleitung Sie einem Programm zuordnet – als Mentee, Mentorin oder Mentor, Trainerin oder Programmleitung –, erscheint es hier.',
  },
  admin: {
    title: 'Verwaltung',
    sectionsLabel: 'Bereiche der Verwaltung',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Diese Seite gibt es nicht, oder sie ist für Sie nicht sichtbar.',
  },
  errors: {
    network: 'Der Server ist gerade nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    unexpected: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es später erneut.',
  },
  dateField: {
    hint: 'TT.MM.JJJJ',
    invalid: 'Bitte ein gültiges Datum angeben, z. B. 27.11.2026.',
    calendar: 'Kalender',
    openCalendar: 'Kalender öffnen',
    closeCalendar: 'Kalender schließen',
    prevMonth: 'Vorheriger Monat',
    nextMonth: 'Nächster Monat',
    prevYear: 'Vorheriges Jahr',
    nextYear: 'Nächstes Jahr',
    prevMultiYear: 'Vorherige 24 Jahre',
    nextMultiYear: 'Nächste 24 Jahre',
    switchToMonthView: 'Datum wählen',
    switchToMultiYearView: 'Jahr und Monat wählen',
  },
} as const;
