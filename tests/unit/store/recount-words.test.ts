// A library whose rows were counted by the old rule (body only, list numbers as words)
// is counted again when opened, so the list agrees with the status bar at once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { countWords } from '../../../electron/common/arabic/count';
import { articleCountableText } from '../../../electron/common/serialize/text';
import { openLibrary } from '../../../electron/services/store/index';
import { LATEST_VERSION, migrations } from '../../../electron/services/store/migrations/index';
import { paragraph, tempLibrary } from './helpers';

test('opening a library counted by the old rule counts every article again, the trash included', () => {
  const old = tempLibrary();
  try {
    const live = old.lib.create({
      meta: { kicker: 'تحركات عسكرية', headline: 'حفتر في باريس', standfirst: 'زيارة تبحث الملفات الأمنية' },
      body: [paragraph('وصل الوفد الليبي إلى العاصمة الفرنسية.'), { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'الأمن' }] }] }],
    });
    const trashed = old.lib.create({ meta: { headline: 'مسودة' }, body: [paragraph('خطة قديمة للتنسيق.')] });
    old.lib.trash(trashed.id);
    const expected = new Map([live, trashed].map((a) => [a.id, countWords(articleCountableText(a))]));
    old.lib.close();

    // As the version before the recount left it: stale counts in the rows.
    const version = migrations.findIndex((m) => m.name === 'recount-words');
    assert.ok(version > 0 && version < LATEST_VERSION);
    const db = new Database(old.file);
    db.prepare('UPDATE articles SET words = 999').run();
    db.pragma(`user_version = ${version}`);
    db.close();

    const lib = openLibrary(old.file);
    try {
      assert.equal(lib.db.pragma('user_version', { simple: true }), LATEST_VERSION);
      const rows = lib.db.prepare('SELECT id, words FROM articles').all() as { id: string; words: number }[];
      assert.deepEqual(new Map(rows.map((r) => [r.id, r.words])), expected);
      assert.equal(expected.get(live.id), 16, 'kicker 2 + headline 3 + standfirst 4 + body 6 + one list item, its number not a word');
    } finally {
      lib.close();
    }
  } finally {
    old.cleanup();
  }
});
