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
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';

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
  /** What the stage's layers so far were made of, for the layer cache key. */
  readonly key: ReturnType<typeof createHash>;
}

/**
 * Runs a Dockerfile's instructions outside a container, the way `docker build` would: each stage in
 * a folder of its own standing for its WORKDIR, COPY from the context or an earlier stage, RUN with
 * sh in that folder and the stage's ENV. Ownership (--chown, USER) cannot be applied here and is
 * recorded only. RUN layers whose inputs (the instructions and copied files before them) were built
 * before come from a cache in the system's temporary folder, like Docker's layer cache: that keeps
 * `npm ci` (a minute, most of it installing) out of every test run after the first.
 */
export function buildImage(
  dockerfile: string,
  context: string,
  into: string,
  runEnv: Record<string, string>,
): BuiltImage {
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
        stages.push({ name, dir, workdir: '/', env: {}, key });
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
        origin = join(other.dir, posix.relative('/', source));
        stage.key.update(`COPY --from ${source}`).update(other.key.copy().digest('hex'));
      }
      const target =
        dest.endsWith('/') || paths.length > 1
          ? join(inStage(stage, dest), posix.basename(source))
          : inStage(stage, dest);
      mkdirSync(dirname(target), { recursive: true });
      // Hard links for a stage's output (node_modules): the same files, copied in no time.
      if (from !== undefined) execFileSync('cp', ['-al', origin, target]);
      else cpSync(origin, target, { recursive: true });
    }
  }

  function run(stage: Stage, command: string) {
    const key = stage.key.update(`RUN ${command}`).copy().digest('hex').slice(0, 24);
    const cached = join(tmpdir(), 'briefly-image-layers', key);
    const dir = inStage(stage, '.');
    if (existsSync(join(cached, '.complete'))) {
      execFileSync('cp', ['-al', `${cached}/layer/.`, dir]);
      // npm rewrites this file in place: the stage gets a copy of its own, not the cache's.
      const hidden = join(dir, 'node_modules', '.package-lock.json');
      if (existsSync(hidden)) {
        unlinkSync(hidden);
        cpSync(join(cached, 'layer', 'node_modules', '.package-lock.json'), hidden);
      }
      log.push(`${command} (cached)`);
      return;
    }
    execFileSync('sh', ['-c', command], {
      cwd: dir,
      env: { ...process.env, ...runEnv, ...stage.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    log.push(command);
    // Only a layer that installs packages is worth keeping; the others take seconds.
    if (/\bnpm (ci|install)\b/.test(command)) {
      rmSync(cached, { recursive: true, force: true });
      mkdirSync(cached, { recursive: true });
      execFileSync('cp', ['-a', dir, join(cached, 'layer')]);
      execFileSync('touch', [join(cached, '.complete')]);
    }
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
