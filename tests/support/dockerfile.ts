import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';

const LAYERS = join(tmpdir(), 'briefly-image-layers');

/** One Dockerfile instruction: its keyword and the rest of its (joined) lines. */
export interface Instruction {
  readonly keyword: string;
  readonly args: string;
}

/** Instructions of a Dockerfile: comments dropped, continuation lines joined. */
export function parseDockerfile(text: string): Instruction[] {
  const joined = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

/** What the last stage of a build leaves: its folder (the image's WORKDIR), environment and commands. */
export interface BuiltImage {
  readonly dir: string;
  readonly env: Record<string, string>;
  readonly cmd: readonly string[];
  readonly healthcheck: readonly string[];
  readonly user?: string | undefined;
  /** The RUN commands as run, with "(cached)" where a layer came from the cache. */
  readonly log: readonly string[];
}

interface Stage {
  readonly name: string | undefined;
  readonly dir: string;
  workdir: string;
  readonly env: Record<string, string>;
  /** A cached layer not yet put in the stage's folder. */
  layer?: string | undefined;
  /** COPY instructions not yet carried out (see materialize). */
  readonly pending: (() => void)[];
  /** What the stage's layers so far were made of, for the layer cache key. */
  readonly key: ReturnType<typeof createHash>;
}

/**
 * Runs a Dockerfile's instructions outside a container, the way `docker build` would: each stage in
 * a folder of its own standing for its WORKDIR, COPY from the context or an earlier stage, RUN with
 * sh in that folder and the stage's ENV. Ownership (--chown, USER) cannot be applied here and is
 * recorded only. RUN layers whose inputs (the instructions and copied files before them) were built
 * before come from a cache in the system's temporary folder (hard links, like Docker's layer cache):
 * `npm ci`, the build and the prune run once per change of their inputs, not at every test run.
 */
export function buildImage(
  dockerfile: string,
  context: string,
  into: string,
  runEnv: Record<string, string>,
): BuiltImage {
  forgetOldLayers();
  const stages: Stage[] = [];
  const log: string[] = [];
  let cmd: string[] = [];
  let healthcheck: string[] = [];
  let user: string | undefined;
  const current = () => {
    const stage = stages.at(-1);
    if (!stage) throw new Error('an instruction before FROM');
    return stage;
  };
  const inStage = (stage: Stage, path: string) =>
    join(stage.dir, posix.relative('/', posix.resolve(stage.workdir, path)));

  for (const { keyword, args } of parseDockerfile(readFileSync(dockerfile, 'utf8'))) {
    switch (keyword) {
      case 'FROM': {
        const name = /\bAS\s+(\S+)/i.exec(args)?.[1];
        const dir = join(into, `stage-${stages.length}`);
        mkdirSync(dir, { recursive: true });
        const key = createHash('sha256').update(`${process.version} ${args}`);
        stages.push({ name, dir, workdir: '/', env: {}, key, pending: [] });
        break;
      }
      case 'WORKDIR':
        current().workdir = posix.resolve(current().workdir, args);
        mkdirSync(inStage(current(), '.'), { recursive: true });
        current().key.update(`WORKDIR ${args}`);
        break;
      case 'ENV':
        for (const [, name, value] of args.matchAll(/(\w+)=("[^"]*"|\S*)/g))
          current().env[name!] = value!.replace(/^"|"$/g, '');
        current().key.update(`ENV ${args}`);
        break;
      case 'COPY':
        copy(current(), args);
        break;
      case 'RUN':
        run(current(), args);
        break;
      case 'USER':
        user = args;
        break;
      case 'CMD':
        cmd = JSON.parse(args) as string[];
        break;
      case 'HEALTHCHECK':
        healthcheck = JSON.parse(args.replace(/^.*?\bCMD\s+/, '')) as string[];
        break;
      case 'EXPOSE':
      case 'VOLUME':
      case 'LABEL':
        break;
      default:
        throw new Error(`Dockerfile instruction ${keyword} is not supported by this runner`);
    }
  }
  const last = current();
  materialize(last);
  return { dir: inStage(last, '.'), env: last.env, cmd, healthcheck, user, log };

  function copy(stage: Stage, args: string) {
    const words = args.split(/\s+/);
    const from = words.find((w) => w.startsWith('--from='))?.slice('--from='.length);
    const paths = words.filter((w) => !w.startsWith('--'));
    const dest = paths.pop() ?? '.';
    for (const source of paths) {
      let origin: string;
      if (from === undefined) {
        origin = join(context, source);
        stage.key.update(`COPY ${source}`).update(hashTree(origin));
      } else {
        const other = stages.find((s) => s.name === from);
        if (!other) throw new Error(`COPY --from=${from}: no such stage`);
        // A stage that is only a cached layer is read straight from the cache.
        if (other.pending.length > 0) materialize(other);
        const root = other.layer === undefined ? other.dir : join(other.layer, 'layer');
        origin = join(root, posix.relative('/', source));
        stage.key.update(`COPY --from ${source}`).update(other.key.copy().digest('hex'));
      }
      const target =
        dest.endsWith('/') || paths.length > 1
          ? join(inStage(stage, dest), posix.basename(source))
          : inStage(stage, dest);
      // Done when something needs the stage's files: a RUN that is cached already holds them.
      stage.pending.push(() => {
        mkdirSync(dirname(target), { recursive: true });
        // Hard links for a stage's output (node_modules): the same files, copied in no time.
        if (from !== undefined) execFileSync('cp', ['-al', origin, target]);
        else cpSync(origin, target, { recursive: true });
      });
    }
  }

  /** The stage as its last cached RUN left it; what was there before is the same by the key. */
  function materialize(stage: Stage) {
    const cached = stage.layer;
    if (cached !== undefined) {
      stage.layer = undefined;
      rmSync(stage.dir, { recursive: true, force: true });
      execFileSync('cp', ['-al', join(cached, 'layer'), stage.dir]);
      // npm rewrites this file in place: the stage gets a copy of its own, not the cache's.
      const hidden = join(inStage(stage, '.'), 'node_modules', '.package-lock.json');
      if (existsSync(hidden)) {
        unlinkSync(hidden);
        cpSync(join(cached, 'layer', relative(stage.dir, hidden)), hidden);
      }
    }
    for (const copy of stage.pending.splice(0)) copy();
  }

  function run(stage: Stage, command: string) {
    const key = stage.key.update(`RUN ${command}`).copy().digest('hex').slice(0, 24);
    const cached = join(LAYERS, key);
    const dir = stage.dir;
    if (existsSync(join(cached, '.complete'))) {
      // Put in place only when something reads the stage: a run of cached layers costs nothing.
      stage.layer = cached;
      stage.pending.length = 0;
      utimesSync(cached, new Date(), new Date());
      log.push(`${command} (cached)`);
      return;
    }
    materialize(stage);
    execFileSync('sh', ['-c', command], {
      cwd: inStage(stage, '.'),
      env: { ...process.env, ...runEnv, ...stage.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    log.push(command);
    rmSync(cached, { recursive: true, force: true });
    mkdirSync(cached, { recursive: true });
    execFileSync('cp', ['-al', dir, join(cached, 'layer')]);
    writeFileSync(join(cached, '.complete'), command);
  }
}

/** Layers not used for two days are dropped, so the cache does not grow with every change. */
function forgetOldLayers(): void {
  if (!existsSync(LAYERS)) return;
  const limit = Date.now() - 2 * 24 * 3600_000;
  for (const entry of readdirSync(LAYERS)) {
    const path = join(LAYERS, entry);
    if (statSync(path).mtimeMs < limit) rmSync(path, { recursive: true, force: true });
  }
}

/** A digest of a file's contents, or of a folder's paths and contents. */
function hashTree(path: string): string {
  const hash = createHash('sha256');
  if (!statSync(path).isDirectory()) return hash.update(readFileSync(path)).digest('hex');
  const files = readdirSync(path, { recursive: true, encoding: 'utf8' }).sort();
  for (const file of files) {
    const full = join(path, file);
    if (statSync(full).isFile()) hash.update(file).update('\0').update(readFileSync(full));
  }
  return hash.digest('hex');
}
