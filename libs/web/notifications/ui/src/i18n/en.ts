import type { DictionaryOf } from '@ecampus/web/shared/util-i18n';
import type { de } from './de';

/** English texts of the `notifications` scope. Typed after the German ones: a missing or extra key is a compile error. */
export const en: DictionaryOf<typeof de> = {
  bell: {
    label: 'Notifications',
    labelUnread: 'Notifications, {count} unread',
    heading: 'Notifications',
    markAllRead: 'Mark all as read',
    showAll: 'Show all notifications',
    loadFailed: 'The notifications could not be loaded.',
  },
  list: {
    empty: 'No notifications',
    emptyText: 'What eCampus tells you appears here – for example, when your certificate of participation is ready.',
    unread: 'Unread',
  },
  page: {
    title: 'Notifications',
    intro: 'What eCampus has told you, newest first. A click leads to the page it is about.',
    unreadCount: '{count, plural, =0 {All read} other {# unread}}',
    loading: 'Loading notifications …',
    loadFailed: 'The notifications could not be loaded.',
    retry: 'Try again',
  },
};
