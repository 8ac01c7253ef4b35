import { describe, expect, it } from 'vitest';
import { absoluteUrl, rebaseHref, rfcUrl, withBase } from '../../src/lib/urls.ts';
import { parseCsv, csvRecords } from '../support/csv.ts';
import { groupByCategory, neighbours, statusLine } from '../../src/lib/codes.ts';
import { allNumbers, classOf, CODE_PATTERN, isResponseCode } from '../../src/data/classes.ts';
import { sitemapXml } from '../../src/lib/sitemap.ts';
import { codesAsData } from '../../src/lib/open-data.ts';
import { inlineMarkup, formatDate } from '../../src/lib/text.ts';
import { codePageAnchors, parseBody } from '../../src/lib/content-rules.ts';
import { paths, searchPath } from '../../src/lib/urls.ts';
import { t } from '../../src/i18n/index.ts';

describe('urls', () => {
  it('joins base paths', () => {
    expect(withBase('/', '/486/')).toBe('/486/');
    expect(withBase('/help/sip/', '/486/')).toBe('/help/sip/486/');
    expect(withBase('/help/sip', 'codes/')).toBe('/help/sip/codes/');
  });
  it('rebases root links in content but leaves others alone', () => {
    expect(rebaseHref('/help/sip/', '/403/#cause-ip-not-allowed')).toBe('/help/sip/403/#cause-ip-not-allowed');
    expect(rebaseHref('/help/sip/', '/help/sip/403/')).toBe('/help/sip/403/');
    expect(rebaseHref('/help/sip/', 'https://www.rfc-editor.org/rfc/rfc3261')).toBe(
      'https://www.rfc-editor.org/rfc/rfc3261',
    );
    expect(rebaseHref('/help/sip/', '//cdn.example/x')).toBe('//cdn.example/x');
    expect(rebaseHref('/help/sip/', '#fix')).toBe('#fix');
    expect(rebaseHref('/', '/486/')).toBe('/486/');
  });
  it('builds every path of the site in one place', () => {
    expect(paths.code(486)).toBe('/486/');
    expect(paths.guide('no-audio')).toBe('/troubleshooting/no-audio/');
    expect(paths.codesAt('5xx')).toBe('/codes/#5xx');
    expect(searchPath()).toBe('/search/');
    expect(searchPath('  ')).toBe('/search/');
    expect(searchPath('a&b c', 'access')).toBe('/search/?q=a%26b+c&category=access');
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
  it('covers every class, 100 to 699', () => {
    expect(allNumbers()).toHaveLength(600);
    expect(allNumbers()[0]).toBe(100);
    expect(allNumbers().at(-1)).toBe(699);
  });
  it('knows each class and its rule for unknown numbers (RFC 3261 8.1.3.2)', () => {
    expect(classOf(150)).toMatchObject({ id: '1xx', final: false, fallback: 183 });
    expect(classOf(499)).toMatchObject({ id: '4xx', fallback: 400 });
    expect(classOf(650)).toMatchObject({ id: '6xx', fallback: 600 });
    expect(classOf(700)).toBeUndefined();
    expect(classOf(99)).toBeUndefined();
    expect(isResponseCode(486.5)).toBe(false);
    expect(new RegExp(`^${CODE_PATTERN}$`).test('699')).toBe(true);
    expect(new RegExp(`^${CODE_PATTERN}$`).test('799')).toBe(false);
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
    const xml = sitemapXml([{ path: '/486/', lastmod: '2026-11-24' }, { path: '/a&b/' }]);
    expect(xml).toContain('/486/</loc><lastmod>2026-11-24</lastmod>');
    expect(xml).toContain('/a&amp;b/</loc>');
  });
  it('publishes codes sorted with URLs and ISUP causes', () => {
    const base = {
      previousReasons: [],
      summary: 's',
      category: 'availability',
      status: 'current',
      verdict: 'sometimes',
    } as const;
    const data = codesAsData([
      { ...base, code: 487, reason: 'Request Terminated', specs: [{ rfc: 3261, section: '21.4.25', about: 'x' }] },
      { ...base, code: 486, reason: 'Busy Here', specs: [{ rfc: 3261, section: '21.4.24', about: 'x' }] },
      { ...base, code: 503, reason: 'Service Unavailable', specs: [{ rfc: 3261, section: '21.5.4', about: 'x' }] },
    ] as unknown as Parameters<typeof codesAsData>[0]);
    expect(data.codes.map((c) => [c.code, c.class, c.isupCause, new URL(c.url).pathname])).toEqual([
      [486, '4xx', 17, '/486/'],
      [487, '4xx', null, '/487/'],
      [503, '5xx', 41, '/503/'],
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
    expect(inlineMarkup('a [broken](link with space) b')).toEqual([
      { kind: 'text', text: 'a [broken](link with space) b' },
    ]);
  });
  it('formats dates in UTC', () => {
    expect(formatDate(new Date('2026-11-24'))).toBe('24 November 2026');
  });
  it('lists the anchors of a code page in order', () => {
    const body =
      '<Meaning>\n\nx\n\n</Meaning>\n\n<Causes>\n\n<Cause id=\'a\' title="A">\n\nx\n\n</Cause>\n\n<Cause id="b" title="B">\n\nx\n\n</Cause>\n\n</Causes>\n\n```\n<Cause id="example">\n```\n';
    // Single quotes are valid MDX; a fenced example is not a cause.
    expect(codePageAnchors(parseBody(body))).toEqual([
      'meaning',
      'normal',
      'causes',
      'cause-a',
      'cause-b',
      'fix',
      'fix-admin',
      'technical',
      'related',
      'still-stuck',
    ]);
  });
});

describe('strings', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('code.title', { code: 486, reason: 'Busy Here' })).toBe('SIP 486 Busy Here');
    expect(t('code.title', { code: 486 })).toBe('SIP 486 {reason}');
  });
});
