/**
 * German texts of notifications: the `notifications` scope, loaded with the bell (before it shows)
 * and with the page (notifications.i18n.ts). The source of the key set.
 * Texts are ICU messages: `{count}`, `{count, plural, one {…} other {…}}`.
 */
export const de = {
  bell: {
    /** The bell's accessible name. */
    label: 'Benachrichtigungen',
    labelUnread: 'Benachrichtigungen, {count} ungelesen',
    heading: 'Benachrichtigungen',
    markAllRead: 'Alle als gelesen markieren',
    showAll: 'Alle Benachrichtigungen anzeigen',
    loadFailed: 'Die Benachrichtigungen konnten nicht geladen werden.',
  },
  list: {
    empty: 'Keine Benachrichtigungen',
    emptyText: 'Hier erscheint, was eCampus Ihnen mitteilt – zum Beispiel, wenn Ihre Teilnahmebescheinigung bereit ist.',
    unread: 'Ungelesen',
  },
  page: {
    title: 'Benachrichtigungen',
    intro: 'Was eCampus Ihnen mitgeteilt hat, das Neueste zuerst. Ein Klick führt zur Seite, um die es geht.',
    unreadCount: '{count, plural, =0 {Alles gelesen} other {# ungelesen}}',
    loading: 'Benachrichtigungen werden geladen …',
    loadFailed: 'Die Benachrichtigungen konnten nicht geladen werden.',
    retry: 'Erneut versuchen',
  },
};
