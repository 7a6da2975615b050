import { test, expect } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import * as crypto from 'node:crypto';
import { dist } from './helpers';

const record = () => JSON.parse(fs.readFileSync(path.join(dist, 'build.json'), 'utf8'));
const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

test('index.html references only files that exist and carry their content hash', () => {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:href|src|content)="([^"]+\.(?:js|css|wasm|json))"/g)].map((m) => m[1]);
  expect(refs.length).toBeGreaterThanOrEqual(5);
  for (const ref of refs) {
    const file = path.join(dist, ref);
    expect(fs.existsSync(file), `${ref} exists`).toBe(true);
    const hash = ref.match(/[-.]([0-9a-f]{16})\.[a-z]+$/)?.[1];
    expect(hash, `${ref} carries a hash`).toBeTruthy();
    expect(sha256(fs.readFileSync(file)).startsWith(hash!), `${ref}'s hash matches its bytes`).toBe(true);
  }
  expect(html).not.toContain('{{');
});

test('build.json matches the files on disk, sizes and digests included', () => {
  const rec = record();
  let brotli = 0;
  for (const a of rec.assets) {
    const bytes = fs.readFileSync(path.join(dist, a.path));
    expect(bytes.length, a.path).toBe(a.raw);
    expect(sha256(bytes), a.path).toBe(a.sha256);
    const br = path.join(dist, a.path + '.br');
    if (fs.existsSync(br)) {
      const packed = fs.readFileSync(br);
      expect(packed.length, `${a.path}.br`).toBe(a.brotli);
      expect(zlib.brotliDecompressSync(packed).equals(bytes), `${a.path}.br decompresses to the file`).toBe(true);
      const gz = fs.readFileSync(path.join(dist, a.path + '.gz'));
      expect(gz.length, `${a.path}.gz`).toBe(a.gzip);
      expect(zlib.gunzipSync(gz).equals(bytes), `${a.path}.gz decompresses to the file`).toBe(true);
    }
    if (a.first_visit) brotli += a.brotli;
  }
  expect(rec.first_visit.brotli).toBe(brotli);
  // Every file on disk is listed (compressed twins and the record aside).
  const listed = new Set(rec.assets.map((a: { path: string }) => a.path));
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : [path.relative(dist, path.join(dir, e.name))],
    );
  for (const f of walk(dist)) {
    if (f.endsWith('.br') || f.endsWith('.gz') || f === 'build.json') continue;
    expect(listed.has(f), `${f} is listed in build.json`).toBe(true);
  }
});

test('every text and wasm asset also ships as .br and .gz', () => {
  for (const a of record().assets) {
    if (/\.(html|js|css|json|wasm|webmanifest|svg|txt)$/.test(a.path)) {
      expect(fs.existsSync(path.join(dist, a.path + '.br')), `${a.path}.br`).toBe(true);
      expect(fs.existsSync(path.join(dist, a.path + '.gz')), `${a.path}.gz`).toBe(true);
    }
  }
});
