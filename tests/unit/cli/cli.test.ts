// The CLI as a script sees it: a real process through electron/cli/qalam.mjs, a fresh
// database per test, stdout and stderr and the exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';

const run = promisify(execFile);
const QALAM = new URL('../../../electron/cli/qalam.mjs', import.meta.url).pathname;
const SAMPLE = new URL('../../fixtures/article-ar.txt', import.meta.url).pathname;

async function qalam(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [QALAM, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

async function withDir(fn: (dir: string) => Promise<void>) {
  const dir = await mkdtemp(join(tmpdir(), 'qalam-cli-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('import prints the new id alone on the last line; show --json gives the Article', async () => {
  await withDir(async (dir) => {
    const db = join(dir, 'q.db');
    const imported = await qalam(['import', SAMPLE, '--db', db]);
    assert.equal(imported.code, 0, imported.stderr);
    const id = imported.stdout.trim().split('\n').at(-1)!;
    assert.match(id, /^[0-9A-HJKMNP-TV-Z]{26}$/);

    const shown = await qalam(['show', id, '--json', '--db', db]);
    assert.equal(shown.code, 0, shown.stderr);
    const article = JSON.parse(shown.stdout);
    for (const key of ['id', 'meta', 'body', 'revision']) assert.ok(key in article, key);
    assert.match(article.revision, /^[0-9a-f]{64}$/);
    assert.equal(article.id, id);
    assert.equal(article.meta.kicker, 'تحركات عسكرية');
    assert.equal(article.body.filter((b: { type: string }) => b.type === 'heading').length, 3);
    assert.equal(article.body.filter((b: { type: string }) => b.type === 'bulleted-list')[0].children.length, 5);
  });
});

test('QALAM_DB names the database when --db is absent', async () => {
  await withDir(async (dir) => {
    const db = join(dir, 'env.db');
    const imported = await qalam(['import', SAMPLE], { QALAM_DB: db });
    assert.equal(imported.code, 0, imported.stderr);
    assert.ok((await stat(db)).size > 0);
    const listed = await qalam(['list', '--json'], { QALAM_DB: db });
    assert.equal(JSON.parse(listed.stdout).length, 1);
  });
});

test('list filters by status and searches with Arabic normalization', async () => {
  await withDir(async (dir) => {
    const db = join(dir, 'q.db');
    await qalam(['import', SAMPLE, '--db', db]);
    const drafts = JSON.parse((await qalam(['list', '--status', 'draft', '--json', '--db', db])).stdout);
    assert.equal(drafts.length, 1);
    const ready = JSON.parse((await qalam(['list', '--status', 'ready', '--json', '--db', db])).stdout);
    assert.equal(ready.length, 0);
    // hamza seat (مسئولو for مسؤولو) and a missing hamza on alef (الاليزيه)
    const hits = JSON.parse((await qalam(['list', '--search', 'مسئولو الاليزيه', '--json', '--db', db])).stdout);
    assert.equal(hits.length, 1);
    assert.ok(hits[0].snippet.some((s: { match: boolean; text: string }) => s.match && s.text === 'مسؤولو'));
    const bad = await qalam(['list', '--status', 'nonsense', '--db', db]);
    assert.notEqual(bad.code, 0);
  });
});

test('export html (standalone and fragment) and pdf write files', async () => {
  await withDir(async (dir) => {
    const db = join(dir, 'q.db');
    const id = (await qalam(['import', SAMPLE, '--db', db])).stdout.trim().split('\n').at(-1)!;
    const html = await qalam(['export', id, '--format', 'html', '--out', join(dir, 'a.html'), '--db', db]);
    assert.equal(html.code, 0, html.stderr);
    const doc = new JSDOM(await readFile(join(dir, 'a.html'), 'utf8')).window.document;
    assert.equal(doc.documentElement.getAttribute('dir'), 'rtl');
    assert.match(doc.querySelector('style')!.textContent!, /@font-face\{font-family:'Amiri'/);

    const frag = await qalam(['export', id, '--format', 'html', '--fragment', '--out', join(dir, 'f.html'), '--db', db]);
    assert.equal(frag.code, 0, frag.stderr);
    const fragment = await readFile(join(dir, 'f.html'), 'utf8');
    assert.match(fragment, /^<article lang="ar" dir="rtl">/);
    assert.doesNotMatch(fragment, /<style|<html|@font-face/);

    const all = await qalam(['export', '--all', '--format', 'html', '--out', join(dir, 'all'), '--db', db]);
    assert.equal(all.code, 0, all.stderr);
    assert.ok((await stat(join(dir, 'all', `${id}.html`))).isFile());

    const pdf = await qalam(['export', id, '--format', 'pdf', '--paper', 'A3', '--out', join(dir, 'a.pdf'), '--db', db]);
    assert.equal(pdf.code, 0, pdf.stderr);
    assert.equal((await readFile(join(dir, 'a.pdf'))).subarray(0, 5).toString(), '%PDF-');
  });
});

test('backup writes a library that check accepts', async () => {
  await withDir(async (dir) => {
    const db = join(dir, 'q.db');
    await qalam(['import', SAMPLE, '--db', db]);
    const backup = await qalam(['backup', '--out', join(dir, 'b.db'), '--db', db]);
    assert.equal(backup.code, 0, backup.stderr);
    const check = await qalam(['check', '--db', join(dir, 'b.db')]);
    assert.equal(check.code, 0, check.stderr);
    assert.match(check.stdout, /المكتبة سليمة/);
    const listed = JSON.parse((await qalam(['list', '--json', '--db', join(dir, 'b.db')])).stdout);
    assert.equal(listed.length, 1);
  });
});

test('errors: one line, Arabic by default, English with --lang en, non-zero exit', async () => {
  await withDir(async (dir) => {
    const db = join(dir, 'q.db');
    const missing = await qalam(['show', '01J0000000000000000000000Z', '--db', db]);
    assert.equal(missing.code, 1);
    assert.equal(missing.stderr.trim().split('\n').length, 1);
    assert.match(missing.stderr, /^قلم: لم يُعثر على المقال/);
    const en = await qalam(['show', '01J0000000000000000000000Z', '--db', db, '--lang', 'en']);
    assert.match(en.stderr, /^qalam: Article not found/);

    const noFile = await qalam(['import', join(dir, 'nope.txt'), '--db', db]);
    assert.equal(noFile.code, 1);
    assert.match(noFile.stderr, /^قلم: الملف غير موجود/);

    await writeFile(join(dir, 'x.pdf'), '%PDF-1.4');
    const unsupported = await qalam(['import', join(dir, 'x.pdf'), '--db', db, '--lang', 'en']);
    assert.equal(unsupported.code, 1);
    assert.match(unsupported.stderr, /^qalam: Unsupported file type/);

    await writeFile(join(dir, 'foreign.db'), 'this is not a database at all, just text');
    const foreign = await qalam(['list', '--db', join(dir, 'foreign.db')]);
    assert.equal(foreign.code, 1);
    assert.match(foreign.stderr, /^قلم: هذا الملف ليس مكتبة قلم/);
    assert.equal(await readFile(join(dir, 'foreign.db'), 'utf8'), 'this is not a database at all, just text');

    const usage = await qalam(['frobnicate']);
    assert.equal(usage.code, 2);
    const badFlag = await qalam(['list', '--bogus']);
    assert.equal(badFlag.code, 2);
  });
});
