import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { parseArticleLink, parseLaunchArgs } from '../../../electron/main/launch-args';
import { ARTICLE_ID } from './fakes';

test('a qalam://article/<id> link names that article', () => {
  assert.equal(parseArticleLink(`qalam://article/${ARTICLE_ID}`), ARTICLE_ID);
  assert.equal(parseArticleLink(`qalam://article/${ARTICLE_ID}/`), ARTICLE_ID);
  assert.equal(parseArticleLink(`qalam://article/${ARTICLE_ID.toLowerCase()}`), ARTICLE_ID);
  assert.equal(parseArticleLink(`qalam:article/${ARTICLE_ID}`), ARTICLE_ID);
});

test('links that are not an article id are ignored', () => {
  for (const link of [
    'qalam://article/../../etc/passwd',
    'qalam://article/%2e%2e%2fsecret',
    'qalam://article/',
    `qalam://settings/${ARTICLE_ID}`,
    `qalam://article/${ARTICLE_ID}/revisions`,
    `https://article/${ARTICLE_ID}`,
    'qalam://article/ILOU0000000000000000000000',
    'not a link',
  ]) {
    assert.equal(parseArticleLink(link), undefined, link);
  }
});

test('a second launch’s argv yields its importable files and article links, nothing else', () => {
  const cwd = '/home/editor/الأخبار';
  const argv = [
    '/opt/Qalam/qalam',
    '--no-sandbox',
    '--allow-file-access-from-files',
    'تحركات عسكرية.docx',
    '/srv/share/wire.TXT',
    `qalam://article/${ARTICLE_ID}`,
    'https://example.com/story.html',
    'file:///etc/passwd',
    'notes.pdf',
    'page.htm',
    '',
  ];
  assert.deepEqual(parseLaunchArgs(argv, cwd), {
    files: [path.join(cwd, 'تحركات عسكرية.docx'), '/srv/share/wire.TXT', path.join(cwd, 'page.htm')],
    articles: [ARTICLE_ID],
  });
});

test('the program itself is skipped and a flood of arguments is cut short', () => {
  assert.deepEqual(parseLaunchArgs(['/tmp/evil.txt'], '/'), { files: [], articles: [] });
  const many = ['qalam', ...Array.from({ length: 1000 }, (_, i) => `/tmp/${i}.txt`)];
  assert.equal(parseLaunchArgs(many, '/').files.length, 64);
});
