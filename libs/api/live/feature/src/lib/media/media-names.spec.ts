import { publisherDisplay, publisherOf } from './live-media-rooms';
import { audioMidOf } from './live-media-signalling';

describe('media names', () => {
  it('reads the audio mid of a camera offer, and none without audio', () => {
    const offer = ['v=0', 'm=video 9 UDP/TLS/RTP/SAVPF 96', 'a=mid:0', 'm=audio 9 UDP/TLS/RTP/SAVPF 111', 'a=mid:1', ''].join('\r\n');
    expect(audioMidOf(offer)).toBe('1');
    expect(audioMidOf(['v=0', 'm=video 9 UDP/TLS/RTP/SAVPF 96', 'a=mid:0'].join('\n'))).toBeNull();
  });

  it('names a publisher by person and kind, and reads only names it made', () => {
    expect(publisherDisplay('u1', 'screen')).toBe('u1|screen');
    expect(publisherOf('u1|camera')).toEqual({ userId: 'u1', kind: 'camera' });
    expect(publisherOf('u1')).toBeNull();
    expect(publisherOf('u1|microwave')).toBeNull();
    expect(publisherOf(undefined)).toBeNull();
  });
});
