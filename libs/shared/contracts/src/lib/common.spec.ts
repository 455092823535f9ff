import * as z from 'zod';
import { DateOnlySchema, isId, ListSchema, PagedListSchema } from './common';
import { setLocaleSource } from './i18n';

describe('common contracts', () => {
  it('accepts only real calendar dates in YYYY-MM-DD', () => {
    expect(DateOnlySchema.safeParse('2028-02-29').success).toBe(true);
    expect(DateOnlySchema.safeParse('2027-02-29').success).toBe(false);
    expect(DateOnlySchema.safeParse('01.03.2027').success).toBe(false);
    // Year 0 does not exist in PostgreSQL; it used to reach the database and answer 500.
    expect(DateOnlySchema.safeParse('0000-01-01').success).toBe(false);
    expect(DateOnlySchema.safeParse('1899-12-31').success).toBe(false);
    expect(DateOnlySchema.safeParse('3000-01-01').success).toBe(false);
  });

  it('says what is wrong with a date in the current locale', () => {
    const message = () => DateOnlySchema.safeParse('2027-02-30').error?.issues[0]?.message;
    expect(message()).toBe('Dieses Datum gibt es nicht');
    setLocaleSource(() => 'en');
    try {
      expect(message()).toBe('This date does not exist');
    } finally {
      setLocaleSource(() => 'de');
    }
  });

  it('recognises ids', () => {
    expect(isId('40e05730-8425-498d-939a-11abf6bb3e87')).toBe(true);
    expect(isId('nope')).toBe(false);
    expect(isId(42)).toBe(false);
  });

  it('lists: items and total; paged lists add page and pageSize', () => {
    const list = ListSchema(z.object({ id: z.string() }));
    expect(list.parse({ items: [{ id: 'a' }], total: 3 })).toEqual({ items: [{ id: 'a' }], total: 3 });
    expect(list.safeParse({ items: [{ id: 1 }], total: 1 }).success).toBe(false);
    const paged = PagedListSchema(z.string());
    expect(paged.safeParse({ items: ['a'], total: 21, page: 2, pageSize: 20 }).success).toBe(true);
    expect(paged.safeParse({ items: ['a'], total: 21 }).success).toBe(false);
    expect(paged.safeParse({ items: [], total: 0, page: 0, pageSize: 20 }).success).toBe(false);
  });
});
