/**
 * The one content validation pipeline. The build (src/content.ts) and the content check
 * (scripts/check-content.ts, through src/lib/check-files.ts) both call `validateContent`, so a
 * broken file fails both with the same `file: field: what to do` lines. Bodies are parsed as
 * MDX with the parser the build uses (satteri), not with regular expressions.
 */
import { mdxToMdast } from 'satteri';
import { categoryIds } from '../data/categories.ts';
import { classOf, responseClasses } from '../data/classes.ts';
import { commonCodes } from '../data/common-codes.ts';
import { historicCode, registered } from '../data/iana.ts';
import { CODE_BODY_COMPONENTS, codeSections, guideSections } from '../data/sections.ts';
import { verdictOf } from '../data/verdicts.ts';
import type { CodeData } from '../schemas/code.ts';
import { paths } from './urls.ts';
import type { GuideData } from '../schemas/guide.ts';

/** A content problem: which file, which field or section, and what to do. */
export interface ContentError {
  file: string;
  field: string;
  message: string;
}

export const formatError = (e: ContentError) => `${e.file}: ${e.field}: ${e.message}`;

/** The content folders, by collection. A file in any other folder is an error. */
export const CONTENT_DIRS = { codes: 'content/codes', guides: 'content/troubleshooting' } as const;
export type ContentKind = keyof typeof CONTENT_DIRS;

/** The collection a file belongs to, by its folder; undefined for a file outside them. */
export function kindOf(file: string): ContentKind | undefined {
  const dir = file.replace(/\\/g, '/').replace(/\/[^/]*$/, '');
  return (Object.keys(CONTENT_DIRS) as ContentKind[]).find(
    (k) => dir === CONTENT_DIRS[k] || dir.endsWith(`/${CONTENT_DIRS[k]}`),
  );
}

/** The MDX components each kind of page may use (the ones its component map provides). */
export const ALLOWED_COMPONENTS: Record<ContentKind, readonly string[]> = {
  codes: [...CODE_BODY_COMPONENTS, 'Cause'],
  guides: ['QuickChecks', 'AdminChecks', 'Step', 'Question', 'StatusLink'],
};

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One MDX component in a body, in document order. */
export interface ComponentUse {
  name: string;
  attrs: Record<string, string | undefined>;
  line?: number;
  /** The first word of its text ("Yes" in "Yes. A 401 ..."). */
  firstWord?: string;
}

/** What the rules need from a parsed body. */
export interface ParsedBody {
  components: ComponentUse[];
  links: { url: string; line?: number }[];
  /** An MDX syntax error, with its position, if the body does not parse. */
  error?: string;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start?: { line?: number } };
}

const textOf = (n: Node): string =>
  typeof n.value === 'string' && n.type === 'text' ? n.value : (n.children ?? []).map(textOf).join(' ');

/** Parses an MDX body into the components and links it uses. Never throws. */
export function parseBody(body: string): ParsedBody {
  let root: Node;
  try {
    root = mdxToMdast(body) as unknown as Node;
  } catch (e) {
    return { components: [], links: [], error: (e as Error).message.replace(/\s*\n[\s\S]*$/, '') };
  }
  const components: ComponentUse[] = [];
  const links: ParsedBody['links'] = [];
  const walk = (n: Node) => {
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name) {
      const attrs: Record<string, string | undefined> = {};
      for (const a of n.attributes ?? []) {
        if (a.type === 'mdxJsxAttribute' && a.name) attrs[a.name] = typeof a.value === 'string' ? a.value : undefined;
      }
      components.push({
        name: n.name,
        attrs,
        line: n.position?.start?.line,
        firstWord: /[A-Za-z]+/.exec(textOf(n))?.[0],
      });
    }
    if (n.type === 'link' && n.url) links.push({ url: n.url, line: n.position?.start?.line });
    for (const c of n.children ?? []) walk(c);
  };
  walk(root);
  return { components, links };
}

function checkIds(file: string, kind: string, ids: (string | undefined)[], errors: ContentError[]) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (id === undefined) {
      errors.push({
        file,
        field: kind,
        message: `every <${kind}> needs id="..." (lower-case words joined by hyphens).`,
      });
    } else if (!ID_PATTERN.test(id)) {
      errors.push({
        file,
        field: `${kind} id "${id}"`,
        message: 'use lower-case words joined by hyphens, e.g. "ip-not-allowed".',
      });
    } else if (seen.has(id)) {
      errors.push({
        file,
        field: `${kind} id "${id}"`,
        message: 'is used twice on this page: each id must be unique.',
      });
    }
    if (id) seen.add(id);
  }
}

function checkComponents(file: string, kind: ContentKind, body: ParsedBody, errors: ContentError[]) {
  if (body.error)
    errors.push({
      file,
      field: 'body',
      message: `is not valid MDX: ${body.error}. Close every tag and leave a blank line after each opening tag.`,
    });
  const allowed = ALLOWED_COMPONENTS[kind];
  for (const c of body.components) {
    if (!allowed.includes(c.name)) {
      errors.push({
        file,
        field: `line ${c.line ?? '?'}`,
        message: `<${c.name}> is not a component of this page kind. Use one of: ${allowed.join(', ')}.`,
      });
    }
  }
}

/** The ids a code page publishes (the URL contract): sections, with one per cause before `fix`. */
export function codePageAnchors(body: ParsedBody): string[] {
  const causes = body.components.filter((c) => c.name === 'Cause').map((c) => `cause-${c.attrs.id}`);
  const ids = codeSections.map((s) => s.id as string);
  const at = ids.indexOf('fix');
  return [...ids.slice(0, at), ...causes, ...ids.slice(at)];
}

/** The ids a guide publishes: its sections, one per step, and one per question. */
export function guidePageAnchors(body: ParsedBody): string[] {
  const steps = body.components.filter((c) => c.name === 'Step').map((c) => `step-${c.attrs.id}`);
  const questions = body.components.filter((c) => c.name === 'Question').map((c) => String(c.attrs.id));
  return [...guideSections.map((s) => s.id as string), ...steps, ...questions];
}

/** Checks a code page: registry, body sections and their order, cause ids and count, verdict. */
function checkCode(file: string, data: CodeData, body: ParsedBody, errors: ContentError[]) {
  const name = file
    .split('/')
    .pop()
    ?.replace(/\.mdx$/, '');
  if (name !== String(data.code)) {
    errors.push({
      file,
      field: 'code',
      message: `is ${data.code} but the file is named ${name}.mdx: rename the file to ${data.code}.mdx or fix the code.`,
    });
  }
  const entry = registered(data.code);
  const old = historicCode(data.code);
  if (!entry && !old) {
    errors.push({
      file,
      field: 'code',
      message: `${data.code} is not a registered SIP response code, so it gets the short "not a standard code" page: delete this file, or check the number against the IANA registry.`,
    });
  } else if (!entry && data.status !== 'historic') {
    errors.push({
      file,
      field: 'status',
      message: `${data.code} is not registered today (RFC 2543 only): write status: historic.`,
    });
  } else if (entry && data.status === 'historic') {
    errors.push({ file, field: 'status', message: `${data.code} is registered: write status: current.` });
  }
  const expected = (entry ?? old)?.reason;
  if (expected && data.reason !== expected) {
    errors.push({
      file,
      field: 'reason',
      message: `is "${data.reason}" but the registry spells it "${expected}": use the registry's phrase (older ones go in previousReasons).`,
    });
  }

  const sections = body.components
    .filter((c) => (CODE_BODY_COMPONENTS as readonly string[]).includes(c.name))
    .map((c) => c.name);
  if (sections.join() !== CODE_BODY_COMPONENTS.join()) {
    errors.push({
      file,
      field: 'body',
      message: `sections must appear once each in this order: ${CODE_BODY_COMPONENTS.join(', ')}; found: ${sections.join(', ') || 'none'}.`,
    });
  }
  const causes = body.components.filter((c) => c.name === 'Cause');
  checkIds(
    file,
    'Cause',
    causes.map((c) => c.attrs.id),
    errors,
  );
  const minCauses = commonCodes.includes(data.code) ? 3 : 1;
  if (causes.length < minCauses) {
    errors.push({
      file,
      field: 'Causes',
      message: `this code needs at least ${minCauses} causes (found ${causes.length}): customers meet it often.`,
    });
  }

  const want = verdictOf(data.verdict).opening;
  const got = body.components.find((c) => c.name === 'Normal')?.firstWord;
  if (got !== want) {
    errors.push({
      file,
      field: 'Normal',
      message: `the verdict is "${data.verdict}", so the section must open with "${want}." (it opens with "${got ?? 'nothing'}"): answer "Is this normal?" in the first word, or change the verdict.`,
    });
  }
  const cls = classOf(data.code);
  if (cls && cls.digit <= 2 && data.verdict === 'action') {
    errors.push({
      file,
      field: 'verdict',
      message: `${data.code} is a ${cls.id} code, which never means a failure: use "expected" or "sometimes".`,
    });
  }
}

export interface CodeInput {
  file: string;
  data: CodeData;
  body: string;
}
export interface GuideInput {
  file: string;
  data: GuideData;
  body: string;
}

/**
 * Every rule beyond the frontmatter schema, over all content at once: bodies, ids, the
 * registry, cross references, and every link in a body with its #fragment.
 */
export function validateContent(
  codes: CodeInput[],
  guides: GuideInput[],
  /** Files that exist but failed their frontmatter check: still known, with their anchors, so links to them report nothing more. */
  broken: { file: string; body: string }[] = [],
): ContentError[] {
  const errors: ContentError[] = [];
  const codeBodies = new Map(codes.map((c) => [c.data.code, parseBody(c.body)]));
  const guideBodies = new Map(guides.map((g) => [slugOf(g.file), parseBody(g.body)]));
  for (const b of broken) {
    if (kindOf(b.file) === 'codes') codeBodies.set(Number(slugOf(b.file)), parseBody(b.body));
    else guideBodies.set(slugOf(b.file), parseBody(b.body));
  }

  for (const c of codes) {
    const body = codeBodies.get(c.data.code)!;
    checkComponents(c.file, 'codes', body, errors);
    checkCode(c.file, c.data, body, errors);
  }
  for (const g of guides) {
    const body = guideBodies.get(slugOf(g.file))!;
    checkComponents(g.file, 'guides', body, errors);
    checkIds(
      g.file,
      'Step',
      body.components.filter((s) => s.name === 'Step').map((s) => s.attrs.id),
      errors,
    );
    checkIds(
      g.file,
      'Question',
      body.components.filter((s) => s.name === 'Question').map((s) => s.attrs.id),
      errors,
    );
  }

  // Cross references in the frontmatter.
  const codeList = [...codeBodies.keys()].sort((a, b) => a - b).join(', ');
  const guideList = [...guideBodies.keys()].sort().join(', ');
  const missingCode = (file: string, field: string, n: number) =>
    errors.push({ file, field, message: `${n} has no code page. Use one of: ${codeList}.` });
  const missingGuide = (file: string, field: string, s: string) =>
    errors.push({ file, field, message: `"${s}" is not a guide. Use one of: ${guideList}.` });
  for (const c of codes) {
    for (const r of c.data.related) {
      if (r === c.data.code)
        errors.push({ file: c.file, field: 'related', message: `lists the page's own code ${r}: remove it.` });
      else if (!codeBodies.has(r)) missingCode(c.file, 'related', r);
    }
    for (const s of c.data.guides) if (!guideBodies.has(s)) missingGuide(c.file, 'guides', s);
  }
  for (const g of guides) {
    for (const n of g.data.codes) if (!codeBodies.has(n)) missingCode(g.file, 'codes', n);
    for (const s of g.data.guides) {
      if (s === slugOf(g.file))
        errors.push({ file: g.file, field: 'guides', message: `lists the guide itself: remove "${s}".` });
      else if (!guideBodies.has(s)) missingGuide(g.file, 'guides', s);
    }
  }

  // Links in the bodies: the page and the fragment must exist.
  const anchors = new Map<string, string[]>();
  for (const [code, body] of codeBodies) anchors.set(paths.code(code), codePageAnchors(body));
  for (const [slug, body] of guideBodies) anchors.set(paths.guide(slug), guidePageAnchors(body));
  for (const path of [paths.home, paths.troubleshooting, paths.search(), paths.analyze]) anchors.set(path, []);
  anchors.set(paths.codes, [...responseClasses.map((c) => c.id as string), ...categoryIds]);
  const checkLinks = (file: string, body: ParsedBody) => {
    for (const { url, line } of body.links) {
      if (!url.startsWith('/') || url.startsWith('//')) continue;
      const [path, fragment] = url.replace(/\?[^#]*/, '').split('#');
      const ids = anchors.get(path);
      const field = `line ${line ?? '?'}`;
      if (!ids) {
        errors.push({
          file,
          field,
          message: `the link ${url} leads to no page: link a code page (/486/), a guide (/troubleshooting/no-audio/) or an index.`,
        });
      } else if (fragment && !ids.includes(fragment)) {
        errors.push({
          file,
          field,
          message: `the link ${url} names #${fragment}, which ${path} does not have. Use one of: ${ids.join(', ')}.`,
        });
      }
    }
  };
  for (const c of codes) checkLinks(c.file, codeBodies.get(c.data.code)!);
  for (const g of guides) checkLinks(g.file, guideBodies.get(slugOf(g.file))!);
  // A file whose frontmatter failed still has its body checked.
  for (const b of broken) {
    const kind = kindOf(b.file)!;
    const body = kind === 'codes' ? codeBodies.get(Number(slugOf(b.file)))! : guideBodies.get(slugOf(b.file))!;
    checkComponents(b.file, kind, body, errors);
    checkLinks(b.file, body);
  }
  return errors;
}

export const slugOf = (file: string) =>
  file
    .split('/')
    .pop()!
    .replace(/\.mdx$/, '');
