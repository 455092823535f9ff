import type { DictionaryOf } from '../i18n-types';
import type { de } from './de';

/** The app's own English texts. Typed after the German ones: a missing or extra key is a compile error. */
export const en: DictionaryOf<typeof de> = {
  app: {
    name: 'eCampus',
    tagline: 'The learning platform for political mentoring programs',
  },
  common: {
    loading: 'Loading …',
    close: 'Close',
    backHome: 'Back to the start page',
    cancel: 'Cancel',
  },
  language: {
    label: 'Language',
    de: 'Deutsch',
    en: 'English',
  },
  shell: {
    skipToContent: 'Skip to content',
    openNavigation: 'Open navigation',
    openNavigationWaiting: 'Open navigation ({count, plural, one {# new notice} other {# new notices}})',
    closeNavigation: 'Close navigation',
    mainNavigation: 'Main navigation',
    home: 'Start page',
    myPrograms: 'My programs',
    allPrograms: 'All programs',
    noPrograms: 'No programs yet',
    programsUnavailable: 'The programs could not be loaded right now.',
    userMenu: 'User menu of {name}',
    logout: 'Sign out',
    changePassword: 'Change password',
    sessions: 'Sessions',
    notMember: 'not a member',
  },
  home: {
    title: 'Start page',
    welcome: 'Welcome, {name}!',
    intro: 'Here you find your mentoring programs with tandems, seminar modules and live seminars.',
    programsTitle: 'Your programs',
    myTandem: 'My tandem',
    myTandemIn: 'My tandem in {program}',
    notMember: 'Administrator (not a member)',
    noProgramsTitle: 'No programs yet',
    noProgramsText:
      'As soon as the program coordinators add you to a program – as mentee, mentor, trainer or coordinator – it appears here.',
  },
  admin: {
    title: 'Administration',
    sectionsLabel: 'Sections of the administration',
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist, or it is not visible to you.',
  },
  errors: {
    network: 'The server cannot be reached right now. Please check your connection and try again.',
    unexpected: 'Something went wrong. Please try again later.',
  },
  dateField: {
    hint: 'MM/DD/YYYY',
    invalid: 'Please enter a valid date, e.g. 11/27/2026.',
    calendar: 'Calendar',
    openCalendar: 'Open calendar',
    closeCalendar: 'Close calendar',
    prevMonth: 'Previous month',
    nextMonth: 'Next month',
    prevYear: 'Previous year',
    nextYear: 'Next year',
    prevMultiYear: 'Previous 24 years',
    nextMultiYear: 'Next 24 years',
    switchToMonthView: 'Choose date',
    switchToMultiYearView: 'Choose month and year',
  },
};
