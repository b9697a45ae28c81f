// The personal dictionary: words an editor added, kept in the library itself (table
// spelling_words, migration 003), so they survive restarts, travel with a backup and
// belong to one library. Held in memory as a set once read.
import type Database from 'better-sqlite3';
import { MAX_PERSONAL_WORDS } from '../../common/spelling';
import { QalamError } from '../../common/errors';

export class PersonalDictionary {
  private words: Set<string> | undefined;
  /** Counts the changes, so a reader (sync's shared words) can tell it has the latest. */
  version = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private all(): Set<string> {
    return (this.words ??= new Set(
      (this.db.prepare('SELECT word FROM spelling_words').all() as { word: string }[]).map((row) => row.word),
    ));
  }

  has(key: string): boolean {
    return this.all().has(key);
  }

  add(key: string): void {
    const words = this.all();
    if (words.has(key)) return;
    if (words.size >= MAX_PERSONAL_WORDS) throw new QalamError('invalid', `personal dictionary is full (${MAX_PERSONAL_WORDS} words)`);
    this.db.prepare('INSERT OR IGNORE INTO spelling_words (word, added_at) VALUES (?, ?)').run(key, this.now().toISOString());
    words.add(key);
    this.version++;
  }

  remove(key: string): void {
    this.db.prepare('DELETE FROM spelling_words WHERE word = ?').run(key);
    if (this.all().delete(key)) this.version++;
  }

  list(): string[] {
    return [...this.all()].sort((a, b) => a.localeCompare(b, 'ar'));
  }

  /** Forget the cache (the library file was replaced by a backup). */
  reload(): void {
    this.words = undefined;
    this.version++;
  }
}
