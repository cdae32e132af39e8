import { sniffPhotoType } from './image-type';

describe('photo type sniffing', () => {
  it.each([
    [[0xff, 0xd8, 0xff, 0xe0, 0, 0], 'image/jpeg'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], 'image/png'],
    [[...Buffer.from('RIFF'), 1, 2, 3, 4, ...Buffer.from('WEBP')], 'image/webp'],
  ])('recognises %j as %s', (bytes, type) => {
    expect(sniffPhotoType(Uint8Array.from(bytes))).toBe(type);
  });

  it.each([
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>')],
    ['a PDF', Buffer.from('%PDF-1.7')],
    ['a RIFF that is not WebP', Buffer.from('RIFF1234WAVE')],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_, bytes) => {
    expect(sniffPhotoType(Uint8Array.from(bytes))).toBeNull();
  });
});
