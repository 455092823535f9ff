import { KnownDevices } from './known-devices';

const devices = new KnownDevices({ JWT_SECRET: 'test-secret-test-secret-test-secret-123' });

describe('KnownDevices', () => {
  it('recognises its own cookie for the same person (any letter case), and only for her', () => {
    const cookie = devices.issue('Ana@Example.org');
    const [deviceId] = cookie.split('.');
    expect(devices.deviceOf(cookie, 'ana@example.org ')).toBe(deviceId);
    expect(devices.deviceOf(cookie, 'ben@example.org')).toBeNull();
  });

  it('refuses forged, foreign and malformed cookies', () => {
    const cookie = devices.issue('ana@example.org');
    const other = new KnownDevices({ JWT_SECRET: 'another-secret-another-secret-another-1' });
    expect(other.deviceOf(cookie, 'ana@example.org')).toBeNull();
    expect(devices.deviceOf(`${cookie.split('.')[0]}.xyz`, 'ana@example.org')).toBeNull();
    for (const bad of [undefined, '', 'nur-teil', `${cookie}.mehr`]) expect(devices.deviceOf(bad, 'ana@example.org')).toBeNull();
  });

  it('gives every browser a device of its own', () => {
    expect(devices.issue('ana@example.org')).not.toBe(devices.issue('ana@example.org'));
  });
});
