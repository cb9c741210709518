// Measures the initial JavaScript of the built web app, gzipped, and fails above the budget.
// The initial files are the ones index.html loads eagerly (module script + modulepreload links).
// Usage: node apps/web/scripts/bundle-size.mjs [distBrowserDir] [--max-kb=400]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist/web/browser');
const maxKb = Number(args.find((a) => a.startsWith('--max-kb='))?.split('=')[1] ?? 400);

const html = readFileSync(join(dir, 'index.html'), 'utf8');
const files = new Set();
for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)) files.add(src);
for (const [, href] of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g)) files.add(href);
const css = new Set([...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)].map((m) => m[1]));

const size = (file) => {
  const buf = readFileSync(join(dir, file));
  return { raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
};
let raw = 0;
let gz = 0;
for (const file of files) {
  const s = size(file);
  raw += s.raw;
  gz += s.gz;
  console.log(
    `${file.padEnd(24)} ${(s.raw / 1024).toFixed(1).padStart(8)} KB raw ${(s.gz / 1024).toFixed(1).padStart(7)} KB gzip`,
  );
}
let cssGz = 0;
for (const file of css) cssGz += size(file).gz;
console.log(
  `initial JS: ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped (budget ${maxKb} KB); CSS ${(cssGz / 1024).toFixed(1)} KB gzipped`,
);
if (gz / 1024 > maxKb) {
  console.error(`Initial JavaScript is over budget: ${(gz / 1024).toFixed(1)} KB > ${maxKb} KB gzipped`);
  process.exit(1);
}
