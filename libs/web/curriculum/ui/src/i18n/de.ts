/**
 * German texts of Curriculum: the `curriculum` scope, loaded with the domain's routes
 * (curriculum.i18n.ts). The source of the key set; wording follows PRODUCT.md's glossary.
 * Texts are ICU messages: `{name}`, `{count, plural, one {# Eintrag} other {# Einträge}}`.
 */
export const de = {
  page: {
    title: 'Curriculum',
    intro: 'Die Einträge dieses Programms.',
    loading: 'Einträge werden geladen …',
    loadFailed: 'Die Einträge konnten nicht geladen werden.',
    retry: 'Erneut versuchen',
  },
  list: {
    count: '{count, plural, =0 {Keine Einträge} one {# Eintrag} other {# Einträge}}',
    empty: 'Noch keine Einträge',
    emptyText: 'Sobald ein Eintrag hinzugefügt ist, erscheint er hier.',
  },
  form: {
    heading: 'Neuer Eintrag',
    title: 'Titel',
    titleRequired: 'Bitte einen Titel angeben',
    titleTooLong: 'Höchstens {max} Zeichen',
    submit: 'Hinzufügen',
    submitting: 'Wird hinzugefügt …',
  },
};
