import type { DictionaryOf } from '@ecampus/web/shared/util-i18n';
import type { de } from './de';

/** English texts of the `identity` scope. Typed after the German ones: a missing or extra key is a compile error. */
export const en: DictionaryOf<typeof de> = {
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
};
