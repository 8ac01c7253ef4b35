import { describe, expect, it } from 'vitest';
import { absoluteUrl, rebaseHref, rfcUrl, withBase } from '../../src/lib/urls.ts';
import { parseCsv, csvRecords } from '../../src/lib/csv.ts';
import { allNumbers, groupByCategory, neighbours, statusLine } from '../../src/lib/codes.ts';
import { sitemapXml } from '../../src/lib/sitemap.ts';
import { codesAsData } from '../../src/lib/open-data.ts';
import { inlineMarkup, formatDate } from '../../src/lib/text.ts';
import { codePageAnchors } from '../../src/lib/content-rules.ts';

describe('urls', () => {
  it('joins base paths', () => {
    expect(withBase('/', '/486/')).toBe('/486/');
    expect(withBase('/help/sip/', '/486/')).toBe('/help/sip/486/');
    expect(withBase('/help/sip', 'codes/')).toBe('/help/sip/codes/');
  });
  it('rebases root links in content but leaves others alone', () => {
    expect(rebaseHref('/help/sip/', '/403/#cause-ip-not-allowed')).toBe('/help/sip/403/#cause-ip-not-allowed');
    expect(rebaseHref('/help/sip/', '/help/sip/403/')).toBe('/help/sip/403/');
    expect(rebaseHref('/help/sip/', 'https://www.rfc-editor.org/rfc/rfc3261')).toBe('https://www.rfc-editor.org/rfc/rfc3261');
    expect(rebaseHref('/help/sip/', '//cdn.example/x')).toBe('//cdn.example/x');
    expect(rebaseHref('/help/sip/', '#fix')).toBe('#fix');
    expect(rebaseHref('/', '/486/')).toBe('/486/');
  });
  it('builds absolute and RFC URLs', () => {
    expect(absoluteUrl('https://example.com', '/help/sip/', '/486/')).toBe('https://example.com/help/sip/486/');
    expect(rfcUrl(3261, '21.4.24')).toBe('https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24');
    expect(rfcUrl(3398)).toBe('https://www.rfc-editor.org/rfc/rfc3398');
  });
});

describe('csv', () => {
  it('parses quotes, doubled quotes and line endings', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', '2', '3'],
    ]);
    expect(csvRecords('x,y\n1,2\n\n')).toEqual([{ x: '1', y: '2' }]);
  });
});

describe('codes', () => {
  const codes = [
    { code: 486, category: 'availability' },
    { code: 403, category: 'access' },
    { code: 480, category: 'availability' },
  ];
  it('covers 400 to 499', () => {
    expect(allNumbers()).toHaveLength(100);
    expect(allNumbers()[0]).toBe(400);
    expect(allNumbers().at(-1)).toBe(499);
  });
  it('groups in category order and numeric order, dropping empty groups', () => {
    const groups = groupByCategory(codes, [{ id: 'access' }, { id: 'routing' }, { id: 'availability' }]);
    expect(groups.map((g) => [g.category.id, g.codes.map((c) => c.code)])).toEqual([
      ['access', [403]],
      ['availability', [480, 486]],
    ]);
  });
  it('finds neighbours', () => {
    expect(neighbours(codes, 480)).toEqual({ previous: codes[1], next: codes[0] });
    expect(neighbours(codes, 403).previous).toBeUndefined();
    expect(neighbours(codes, 486).next).toBeUndefined();
  });
  it('writes the status line', () => {
    expect(statusLine(486, 'Busy Here')).toBe('SIP/2.0 486 Busy Here');
  });
});

describe('sitemap and open data', () => {
  it('escapes and prefixes URLs', () => {
    const xml = sitemapXml('https://example.com', '/help/sip/', [{ path: '/486/', lastmod: '2026-11-24' }, { path: '/a&b/' }]);
    expect(xml).toContain('<loc>https://example.com/help/sip/486/</loc><lastmod>2026-11-24</lastmod>');
    expect(xml).toContain('<loc>https://example.com/help/sip/a&amp;b/</loc>');
  });
  it('publishes codes sorted with URLs and ISUP causes', () => {
    const base = { previousReasons: [], summary: 's', category: 'availability', status: 'current', normal: false } as const;
    const data = codesAsData(
      [
        { ...base, code: 487, reason: 'Request Terminated', specs: [{ rfc: 3261, section: '21.4.25', about: 'x' }] },
        { ...base, code: 486, reason: 'Busy Here', specs: [{ rfc: 3261, section: '21.4.24', about: 'x' }] },
      ] as never,
      'https://example.com',
      '/',
    );
    expect(data.codes.map((c) => [c.code, c.isupCause, c.url])).toEqual([
      [486, 17, 'https://example.com/486/'],
      [487, null, 'https://example.com/487/'],
    ]);
  });
});

describe('text', () => {
  it('splits code spans and links', () => {
    expect(inlineMarkup('Send `Min-SE` now, or see [488 Not Acceptable Here](/488/).')).toEqual([
      { kind: 'text', text: 'Send ' },
      { kind: 'code', text: 'Min-SE' },
      { kind: 'text', text: ' now, or see ' },
      { kind: 'link', text: '488 Not Acceptable Here', href: '/488/' },
      { kind: 'text', text: '.' },
    ]);
    expect(inlineMarkup('a [broken](link with space) b')).toEqual([{ kind: 'text', text: 'a [broken](link with space) b' }]);
  });
  it('formats dates in UTC', () => {
    expect(formatDate(new Date('2026-11-24'))).toBe('24 November 2026');
  });
  it('lists the anchors of a code page in order', () => {
    const body = '<Meaning>\n</Meaning>\n<Causes>\n<Cause id="a" title="A">\n</Cause>\n<Cause id="b" title="B">\n</Cause>\n</Causes>';
    expect(codePageAnchors(body)).toEqual(['meaning', 'normal', 'causes', 'cause-a', 'cause-b', 'fix', 'fix-admin', 'technical', 'related']);
  });
});
