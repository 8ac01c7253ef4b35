/**
 * A stand-in for the AWS CLI, enough to run deploy/s3/deploy.sh in a test: one bucket kept in a
 * JSON file ($FAKE_AWS_STATE), every call logged. It follows the CLI's documented rules:
 * - filters: every file is included by default; --exclude/--include patterns apply in the order
 *   given and the last one that matches decides; a pattern is matched against the path relative
 *   to the source (or, for deletions, the destination) folder; `*` matches any characters, "/"
 *   included; `?` one character.
 * - `s3 cp --recursive` uploads every included file.
 * - `s3 sync` uploads an included file when the bucket lacks it, its size differs, or (without
 *   --size-only) the local file is newer; with --delete it removes objects that have no local
 *   file, except those the filters exclude ("files excluded by filters are excluded from deletion").
 * Unknown commands and options fail, so a misspelt flag in the script fails the test.
 */
import { readFileSync, writeFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface FakeObject {
  size: number;
  lastModified: string;
  cacheControl?: string;
  /** Order of the write, across all calls. */
  seq: number;
}
export interface FakeState {
  objects: Record<string, FakeObject>;
  calls: string[][];
  /** Every write and removal, in order: ["put", key, cacheControl] or ["rm", key]. */
  events: string[][];
  invalidations: string[][];
  seq: number;
}

export const emptyState = (): FakeState => ({ objects: {}, calls: [], events: [], invalidations: [], seq: 0 });

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (const ch of glob) re += ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${re}$`);
}

type Filter = { include: boolean; pattern: RegExp };
const included = (path: string, filters: Filter[]) =>
  filters.reduce((keep, f) => (f.pattern.test(path) ? f.include : keep), true);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function fail(message: string): never {
  process.stderr.write(`fake aws: ${message}\n`);
  process.exit(2);
}

function s3Url(url: string): { bucket: string; prefix: string } {
  const m = /^s3:\/\/([^/]+)\/(.*)$/.exec(url);
  if (!m) fail(`not an s3:// URL: ${url}`);
  return { bucket: m[1], prefix: m[2] };
}

function main(argv: string[]) {
  const file = process.env.FAKE_AWS_STATE ?? fail('FAKE_AWS_STATE is not set');
  const state: FakeState = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : emptyState();
  state.calls.push(argv);
  const save = () => writeFileSync(file, JSON.stringify(state, null, 2));
  const now = new Date().toISOString().slice(0, 19) + '+00:00';
  const put = (key: string, size: number, cacheControl?: string) => {
    state.objects[key] = { size, lastModified: now, cacheControl, seq: ++state.seq };
    state.events.push(['put', key, cacheControl ?? '']);
  };

  const [service, command, ...rest] = argv;
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  const filters: Filter[] = [];
  const flags: Record<string, string[]> = {
    's3 cp': ['--recursive', '--only-show-errors', '--cache-control', '--exclude', '--include'],
    's3 sync': ['--delete', '--size-only', '--only-show-errors', '--cache-control', '--exclude', '--include'],
    's3 rm': ['--only-show-errors'],
    's3api list-objects-v2': ['--bucket', '--prefix', '--query', '--output'],
    'cloudfront create-invalidation': ['--distribution-id', '--paths', '--query', '--output'],
  };
  const known = flags[`${service} ${command}`] ?? fail(`unknown command: aws ${service} ${command}`);
  const takesValue = new Set([
    '--cache-control',
    '--exclude',
    '--include',
    '--bucket',
    '--prefix',
    '--query',
    '--output',
    '--distribution-id',
    '--paths',
  ]);
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    if (!known.includes(a)) fail(`unknown option for aws ${service} ${command}: ${a}`);
    if (!takesValue.has(a)) options[a] = true;
    else {
      const v = rest[++i] ?? fail(`${a} needs a value`);
      if (a === '--exclude' || a === '--include')
        filters.push({ include: a === '--include', pattern: globToRegExp(v) });
      else options[a] = v;
    }
  }
  const cacheControl = options['--cache-control'] as string | undefined;

  switch (`${service} ${command}`) {
    case 's3 cp': {
      if (!options['--recursive']) fail('cp without --recursive is not faked');
      const [src, dest] = positional;
      const { prefix } = s3Url(dest);
      for (const path of walk(src)) {
        const rel = relative(src, path);
        if (included(rel, filters)) put(prefix + rel, statSync(path).size, cacheControl);
      }
      break;
    }
    case 's3 sync': {
      const [src, dest] = positional;
      const { prefix } = s3Url(dest);
      const local = new Set<string>();
      for (const path of walk(src)) {
        const rel = relative(src, path);
        if (!included(rel, filters)) continue;
        local.add(prefix + rel);
        const st = statSync(path);
        const obj = state.objects[prefix + rel];
        const newer =
          obj && !options['--size-only'] && st.mtime.toISOString().slice(0, 19) > obj.lastModified.slice(0, 19);
        if (!obj || obj.size !== st.size || newer) put(prefix + rel, st.size, cacheControl);
      }
      if (options['--delete']) {
        for (const key of Object.keys(state.objects)) {
          if (!key.startsWith(prefix) || local.has(key) || !included(key.slice(prefix.length), filters)) continue;
          delete state.objects[key];
          state.events.push(['rm', key]);
        }
      }
      break;
    }
    case 's3 rm': {
      const { prefix: key } = s3Url(positional[0]);
      if (!state.objects[key]) fail(`no such object: ${key}`);
      delete state.objects[key];
      state.events.push(['rm', key]);
      break;
    }
    case 's3api list-objects-v2': {
      if (options['--query'] !== 'Contents[].[Key, LastModified]' || options['--output'] !== 'text')
        fail('only the query of deploy.sh is faked');
      const keys = Object.keys(state.objects)
        .filter((k) => k.startsWith((options['--prefix'] as string) ?? ''))
        .sort();
      // The CLI prints "None" for a listing without Contents.
      process.stdout.write(
        keys.length ? keys.map((k) => `${k}\t${state.objects[k].lastModified}\n`).join('') : 'None\n',
      );
      break;
    }
    case 'cloudfront create-invalidation': {
      state.invalidations.push([options['--distribution-id'] as string, options['--paths'] as string]);
      state.events.push(['invalidate', options['--paths'] as string]);
      process.stdout.write('I2J0EXAMPLE\n');
      break;
    }
  }
  save();
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main(process.argv.slice(2));
