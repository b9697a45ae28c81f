// Child of crash.test.ts: saves in a loop through the real store code and prints each
// save's marker only after save() has returned (the save is acknowledged). The parent
// SIGKILLs it at a random moment. Loaded before it is needed; starts on "go".
import fs from 'node:fs';
import { openLibrary } from '../../../electron/services/store/index';

const [file, articleId, generation] = process.argv.slice(2) as [string, string, string];
const say = (line: string) => fs.writeSync(1, `${line}\n`);

// Some body text so a save is a real page write, not a few bytes.
const filler = 'ركزت المباحثات التي أجراها صدام حفتر مع الجانب الفرنسي على ضرورة تعزيز التعاون الثنائي. ';

process.stdin.once('data', () => {
  // A tiny autosave interval, so autosaves with and without revisions both happen.
  const lib = openLibrary(file, { autosaveRevisionEveryMs: 15 });
  say('open');
  for (let i = 0; ; i++) {
    const marker = `g${generation}-${i}`;
    const reason = i % 3 === 0 ? 'snapshot' : 'autosave';
    lib.save({
      id: articleId,
      body: [
        { type: 'paragraph', children: [{ text: marker }] },
        { type: 'paragraph', children: [{ text: filler.repeat(1 + (i % 20)) }] },
      ],
      reason,
    });
    say(`ack ${marker} ${reason}`);
  }
});
say('ready');
