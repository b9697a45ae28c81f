// «تنقيح النص» on the model (renderer/editor/commands/tidy.ts), against the editor's
// other pass over the whole article, find & replace all (the baseline), making the same
// number of changes on the same article: every other paragraph of the sample carries
// one wire slip, « ,إن» (a fix of three edits for the tidy, one replaced match for the
// baseline). Both run in one undo batch on a headless editor, so what is measured is
// the rules and Slate's operations, not the page.
// Slate copies an article's top-level list for every operation, so both grow with
// paragraphs × changes: at 20,000 paragraphs with 10,000 fixes the tidy takes seconds.
//
//   tsx tests/bench/tidy.ts
//   QALAM_BENCH_TIDY_SIZES=100,1000 tsx tests/bench/tidy.ts
import { readFile } from 'node:fs/promises';
import { replaceAll } from '../../renderer/editor/find/replace';
import { DEFAULT_FIND_OPTIONS } from '../../renderer/editor/find/match';
import { tidyText } from '../../renderer/editor/commands/tidy';
import { tidyEdits } from '../../electron/common/arabic/typography';
import { editorWith, p } from '../unit/editor/helpers';

const SIZES = (process.env.QALAM_BENCH_TIDY_SIZES ?? '100,1000,5000').split(',').map(Number);
const ROUNDS = 3;

const sample = await readFile(new URL('../fixtures/article-ar.txt', import.meta.url), 'utf8');
// The sample's lines that are clean as they are (its bullet lines carry runs of spaces the
// importer drops), so each slip paragraph has exactly the one slip.
const lines = sample.split('\n').filter((l) => l.trim() !== '' && tidyEdits(l).length === 0);
const article = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const line = lines[i % lines.length]!;
    return p(i % 2 === 0 ? `${line} وقال المتحدث ,إن الحوار مستمر.` : line);
  });

/** Best of ROUNDS, in ms, each on a fresh editor holding the article. */
function best(n: number, run: (editor: ReturnType<typeof editorWith>) => number): { ms: number; changes: number } {
  let ms = Infinity;
  let changes = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const editor = editorWith(article(n), { path: [0, 0], offset: 0 });
    const start = performance.now();
    changes = run(editor);
    ms = Math.min(ms, performance.now() - start);
  }
  return { ms, changes };
}

for (const n of SIZES) {
  const baseline = best(n, (editor) => replaceAll(editor, ' ,إن', '، إن', DEFAULT_FIND_OPTIONS));
  const tidy = best(n, (editor) => tidyText(editor));
  console.log(
    `${n} paragraphs: replace all (baseline) ${baseline.ms.toFixed(1)} ms for ${baseline.changes} matches; ` +
      `tidy ${tidy.ms.toFixed(1)} ms for ${tidy.changes} fixes (${(tidy.ms / baseline.ms).toFixed(2)}× the baseline)`,
  );
}
