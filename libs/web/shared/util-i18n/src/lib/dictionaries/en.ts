import type { Dictionary } from '../i18n.types';
import { programsEn } from './programs.en';

/** English texts. Typed as Dictionary: a missing or extra key is a compile error. */
export const en: Dictionary = {
  app: {
    name: 'eCampus',
    tagline: 'The learning platform for political mentoring programs',
  },
  common: {
    loading: 'Loading …',
    close: 'Close',
    backHome: 'Back to the start page',
  },
  language: {
    label: 'Language',
    de: 'Deutsch',
    en: 'English',
  },
  login: {
    title: 'Sign in',
    intro: 'Sign in with your e-mail address and password.',
    email: 'E-mail address',
    password: 'Password',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    submit: 'Sign in',
    submitting: 'Signing in …',
    emailRequired: 'Please enter your e-mail address.',
    emailInvalid: 'Please enter a valid e-mail address.',
    passwordRequired: 'Please enter your password.',
    sessionExpired: 'Your session has expired. Please sign in again.',
  },
  setPassword: {
    title: 'Set your password',
    intro: 'Welcome to the eCampus! Choose a password to activate your account.',
    password: 'New password',
    passwordHint: 'At least {min} characters',
    passwordRepeat: 'Repeat password',
    submit: 'Save password and sign in',
    submitting: 'Saving …',
    passwordRequired: 'Please enter a password.',
    passwordTooShort: 'The password needs at least {min} characters.',
    passwordTooLong: 'The password may have at most {max} characters.',
    repeatRequired: 'Please repeat the password.',
    mismatch: 'The passwords do not match.',
    tokenMissing: 'This link is incomplete. Please open the link from your invitation e-mail again.',
    toLogin: 'Go to sign in',
  },
  shell: {
    skipToContent: 'Skip to content',
    openNavigation: 'Open navigation',
    closeNavigation: 'Close navigation',
    mainNavigation: 'Main navigation',
    home: 'Start page',
    myPrograms: 'My programs',
    noPrograms: 'No programs yet',
    programsUnavailable: 'The programs could not be loaded right now.',
    userMenu: 'User menu of {name}',
    administrator: 'Administration',
    logout: 'Sign out',
  },
  home: {
    title: 'Start page',
    welcome: 'Welcome, {name}!',
    intro: 'Here you find your mentoring programs with tandems, seminar modules and live seminars.',
    programsTitle: 'Your programs',
    myTandem: 'My tandem',
    myTandemIn: 'My tandem in {program}',
    noProgramsTitle: 'No programs yet',
    noProgramsText:
      'As soon as the program coordinators add you to a program – as mentee, mentor, trainer or coordinator – it appears here.',
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist, or it is not visible to you.',
  },
  errors: {
    network: 'The server cannot be reached right now. Please check your connection and try again.',
    unexpected: 'Something went wrong. Please try again later.',
  },
  programs: programsEn,
};
