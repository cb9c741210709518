// Compiles the server-side TypeScript (apps, libs, tools) to CommonJS under dist/server with SWC.
// SWC keeps decorator metadata (NestJS, TypeORM) and rewrites the tsconfig path aliases to relative imports.
// Type checking is separate: `npm run typecheck`.
import { transformFile } from '@swc/core';
import { readFileSync, mkdirSync, writeFileSync, readdirSync, statSync, renameSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'dist/server');
const roots = [
  'apps/api/src',
  'apps/scheduler/src',
  'apps/x-sandbox/src',
  'libs/shared/src',
  'libs/server',
  'tools/db',
  'tools/launcher',
  'tools/bench',
  'tools/docs',
  'tools/charter-model',
];
const skip = /\.(spec|integration-spec|e2e-spec)\.ts$|\.d\.ts$/;

const swcrc = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;
const tsPaths = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths;
swcrc.jsc.baseUrl = root;
swcrc.jsc.paths = tsPaths;

function walk(dir, acc) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return acc;
  }
  for (const e of entries) {
    if (e === 'node_modules') continue;
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p, acc);
    else acc.push(p);
  }
  return acc;
}

/**
 * Writes through a temporary file renamed over the target: a process loading dist/server while another build runs
 * (a test starting the built scheduler or a CLI) reads the old file or the new one, never a half-written one.
 */
function writeAtomically(target, data) {
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, target);
}

const files = roots.flatMap((r) => walk(join(root, r), []));
const started = Date.now();
let count = 0;
await Promise.all(
  files.map(async (file) => {
    const rel = relative(root, file);
    if (file.endsWith('.ts') && !skip.test(file)) {
      const res = await transformFile(file, { ...swcrc, swcrc: false, filename: file, sourceFileName: file });
      const target = join(out, rel.replace(/\.ts$/, '.js'));
      mkdirSync(dirname(target), { recursive: true });
      writeAtomically(target, res.code + `\n//# sourceMappingURL=${target.split('/').pop()}.map`);
      if (res.map) writeAtomically(target + '.map', res.map);
      count++;
    } else if (/\.(json|html|txt|csv)$/.test(file)) {
      const target = join(out, rel);
      mkdirSync(dirname(target), { recursive: true });
      writeAtomically(target, readFileSync(file));
    }
  }),
);
if (!process.env.QUIET_BUILD) console.log(`server build: ${count} files in ${Date.now() - started} ms -> dist/server`);
