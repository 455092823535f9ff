import type { DictionaryOf } from '@ecampus/web/shared/util-i18n';
import type { de } from './de';

/** English texts of the `curriculum` scope. Typed after the German ones: a missing or extra key is a compile error. */
export const en: DictionaryOf<typeof de> = {
  page: {
    title: 'Curriculum',
    intro: 'The items of this program.',
    loading: 'Loading items …',
    loadFailed: 'The items could not be loaded.',
    retry: 'Try again',
  },
  list: {
    count: '{count, plural, =0 {No items} one {# item} other {# items}}',
    empty: 'No items yet',
    emptyText: 'As soon as an item is added, it appears here.',
  },
  form: {
    heading: 'New item',
    title: 'Title',
    titleRequired: 'Please enter a title',
    titleTooLong: 'At most {max} characters',
    submit: 'Add',
    submitting: 'Adding …',
  },
};
