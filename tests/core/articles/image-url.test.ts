import { describe, expect, it } from 'vitest';
import { checkImageUrl, safeImageUrl } from '../../../src/core/articles/image-url.js';

describe('checkImageUrl', () => {
  it('keeps http and https pictures on public hosts, normalised', () => {
    expect(safeImageUrl('https://img.example.com/a b.jpg')).toBe(
      'https://img.example.com/a%20b.jpg',
    );
    expect(safeImageUrl('http://cdn.news.example/x.png?w=600')).toBe(
      'http://cdn.news.example/x.png?w=600',
    );
    expect(safeImageUrl('https://93.184.216.34/pic.jpg')).toBe('https://93.184.216.34/pic.jpg');
  });

  it('resolves a relative picture against the page or feed it came from', () => {
    expect(safeImageUrl('/media/p.jpg', 'https://news.example/story/1')).toBe(
      'https://news.example/media/p.jpg',
    );
    expect(safeImageUrl('//cdn.example.org/p.jpg', 'https://news.example/')).toBe(
      'https://cdn.example.org/p.jpg',
    );
  });

  it.each([
    ['javascript:alert(1)', 'javascript: is not a web address'],
    ['JaVaScRiPt:alert(1)', 'javascript: is not a web address'],
    ['data:image/png;base64,iVBORw0KGgo=', 'data: is not a web address'],
    ['file:///etc/passwd', 'file: is not a web address'],
    ['ftp://files.example.com/p.jpg', 'ftp: is not a web address'],
    ['https://user:secret@img.example.com/p.jpg', 'it carries a user name or password'],
    ['not a url', 'not a URL'],
    ['', 'no image URL'],
  ])('refuses %s (%s)', (raw, reason) => {
    expect(checkImageUrl(raw)).toEqual({ ok: false, reason });
  });

  it.each([
    'http://127.0.0.1/p.jpg',
    'http://127.1/p.jpg',
    'http://0x7f000001/p.jpg',
    'http://2130706433/p.jpg',
    'http://10.1.2.3/p.jpg',
    'http://192.168.0.10/p.jpg',
    'http://169.254.169.254/latest/meta-data',
    'http://100.64.0.1/p.jpg',
    'http://[::1]/p.jpg',
    'http://[fe80::1]/p.jpg',
    'http://[fd00::1]/p.jpg',
    'http://[::ffff:10.0.0.1]/p.jpg',
    'http://localhost/p.jpg',
    'http://LOCALHOST:8080/p.jpg',
    'http://printer.local/p.jpg',
    'http://intranet/p.jpg',
    'http://db.internal/p.jpg',
    'http://router.home.arpa/p.jpg',
  ])('refuses the private or internal address %s', (raw) => {
    const check = checkImageUrl(raw);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(/private or internal address/);
  });

  it('refuses a URL longer than 2,048 characters', () => {
    expect(checkImageUrl(`https://img.example.com/${'a'.repeat(2100)}.jpg`)).toEqual({
      ok: false,
      reason: 'longer than 2048 characters',
    });
  });
});
