import { formatFileSize } from './file-size-pipe';

describe('formatFileSize', () => {
  it('writes sizes the way each language reads them', () => {
    expect(formatFileSize(820, 'de')).toBe('820 Byte');
    expect(formatFileSize(1, 'en')).toBe('1 byte');
    expect(formatFileSize(48_128, 'de')).toBe('47 KB');
    expect(formatFileSize(1_572_864, 'de')).toBe('1,5 MB');
    expect(formatFileSize(1_572_864, 'en')).toBe('1.5 MB');
    expect(formatFileSize(25 * 1024 * 1024, 'de')).toBe('25 MB');
    expect(formatFileSize(3 * 1024 ** 3, 'en')).toBe('3 GB');
  });
});
