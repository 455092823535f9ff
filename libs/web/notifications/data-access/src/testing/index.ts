import type { Notice } from '@ecampus/shared/contracts';

/*
 * Contract-typed sample data for the domain's unit tests (data-access, ui and feature specs), imported
 * as `@ecampus/web/notifications/data-access/testing`: a separate entry, so the app never bundles it.
 */

export const aNotice = (id: string, title: string, overrides: Partial<Notice> = {}): Notice => ({
  id,
  kind: 'certificate-issued',
  title,
  body: `Text zu ${title}`,
  link: '/bescheinigungen',
  createdAt: '2027-06-30T10:00:00.000Z',
  readAt: null,
  ...overrides,
});

/** The `/live` socket fake of identity's testing entry (re-exported for this domain's specs). */
export { FakeLiveSocket } from '@ecampus/web/identity/data-access/testing';
