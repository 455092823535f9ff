import { setLocaleSource } from '@ecampus/shared/contracts';
import { deviceName } from './device-name';

const UA = {
  firefoxLinux: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  chromeWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  chromeAndroid: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  safariMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
};

describe('deviceName', () => {
  afterEach(() => setLocaleSource(() => 'de'));

  it('names browser and system', () => {
    expect(deviceName(UA.firefoxLinux)).toBe('Firefox auf Linux');
    expect(deviceName(UA.chromeWindows)).toBe('Chrome auf Windows');
    expect(deviceName(UA.edgeWindows)).toBe('Edge auf Windows');
    expect(deviceName(UA.safariIphone)).toBe('Safari auf iOS');
    expect(deviceName(UA.chromeAndroid)).toBe('Chrome auf Android');
    expect(deviceName(UA.safariMac)).toBe('Safari auf macOS');
  });

  it('says what it knows, in the caller’s language', () => {
    setLocaleSource(() => 'en');
    expect(deviceName(UA.firefoxLinux)).toBe('Firefox on Linux');
    expect(deviceName('curl/8.5.0')).toBe('Unknown device');
    expect(deviceName(null)).toBe('Unknown device');
    setLocaleSource(() => 'de');
    expect(deviceName('SomeApp (Windows NT 10.0)')).toBe('Browser auf Windows');
  });
});
