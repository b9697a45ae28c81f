// The newsroom's words: what editors add to their dictionary ("حفتر", "الإليزيه") goes to
// every desk, so a name added once is accepted everywhere. Each device writes only its
// own qalam/words/<device-id>.json (as with presence) and reads the others'. Advice for
// the spellchecker, nothing more: a missing, damaged or hostile file only means fewer
// accepted words, and never stops a pass or touches an article.
import { z } from 'zod';
import { ULID } from '../../common/document/schema';
import { languageOf, MAX_PERSONAL_WORDS, MAX_SPELLING_WORD, spellingKey } from '../../common/spelling';
import type { Folder } from './folder';
import { deviceIdFromName, WORDS, wordsPath } from './layout';
import type { SkippedFile } from './report';
import { noteNewer } from './report';
import { parseShareFile, toJsonBytes } from './share-files';

/** 50,000 words of 64 letters at most, as JSON. */
export const WORDS_FILE_MAX = 8 * 1024 * 1024;

// Not strict: fields a newer desk adds within qalam-words/1 are left out (README "Versions").
export const wordsFileSchema = z.object({
  format: z.literal('qalam-words/1'),
  device: z.string().regex(ULID),
  words: z.array(z.string().min(1).max(MAX_SPELLING_WORD)).max(MAX_PERSONAL_WORDS),
});

/** This desk's words, and a count of their changes (so an unchanged list is not
 * listed, sorted and written again on every pass). */
export interface OwnWords {
  version(): number;
  words(): readonly string[];
}

/** Keeps this device's file current and the other devices' words in memory. */
export class SharedWords {
  /** The version of our words last written to this share. */
  private written: number | undefined;
  /** Per other device: the file as last read (by mtime and size) and its words. */
  private readonly files = new Map<string, { stamp: string; words: string[]; newer?: string }>();
  private merged: ReadonlySet<string> = new Set();
  /** Counts the changes of `words`. */
  version = 0;

  /** The other desks' words, in spellingKey form. */
  get words(): ReadonlySet<string> {
    return this.merged;
  }

  /** Write ours when it changed since the last write, then read what the others changed.
   * Words files from a newer Qalam are noted in `newer` when it is given. */
  async exchange(folder: Folder, device: string, ours: OwnWords, newer?: SkippedFile[]): Promise<void> {
    const version = ours.version();
    if (version !== this.written) {
      await folder.mkdirp(WORDS);
      // Not flushed: a lost write is made again on the next pass.
      await folder.writeAtomic(wordsPath(device), toJsonBytes({ format: 'qalam-words/1', device, words: ours.words() }), { durable: false });
      this.written = version;
    }
    await this.readOthers(folder, device, newer);
  }

  /** Another share (or none): nothing of the old one's words is kept. */
  forget(): void {
    this.written = undefined;
    this.files.clear();
    if (this.merged.size > 0) this.version++;
    this.merged = new Set();
  }

  private async readOthers(folder: Folder, device: string, newer: SkippedFile[] | undefined): Promise<void> {
    let entries;
    try {
      entries = await folder.list(WORDS);
    } catch {
      return;
    }
    const seen = new Set<string>();
    let changed = false;
    for (const entry of entries) {
      const other = deviceIdFromName(entry.name);
      if (!other || other === device || entry.kind !== 'file') continue;
      seen.add(other);
      try {
        const stat = await folder.stat(wordsPath(other));
        const stamp = stat ? `${stat.mtimeMs}:${stat.size}` : '';
        const known = this.files.get(other);
        if (known?.stamp === stamp) {
          if (known.newer && newer) noteNewer(newer, wordsPath(other), known.newer);
          continue;
        }
        const parsed = parseShareFile(await folder.read(wordsPath(other), WORDS_FILE_MAX), wordsFileSchema, 'words');
        // A file must be the device's own, and every word one the checker would take.
        const words = 'value' in parsed && parsed.value.device === other ? parsed.value.words.filter((w) => spellingKey(w) === w && languageOf(w)) : [];
        const format = 'newer' in parsed ? parsed.newer : undefined;
        if (format && newer) noteNewer(newer, wordsPath(other), format);
        this.files.set(other, { stamp, words, ...(format ? { newer: format } : {}) });
        changed = true;
      } catch {
        // unreadable right now: keep what we had, try again next pass
      }
    }
    for (const other of [...this.files.keys()]) {
      if (!seen.has(other)) {
        this.files.delete(other);
        changed = true;
      }
    }
    if (!changed) return;
    const merged = new Set([...this.files.values()].flatMap((f) => f.words));
    if (merged.size !== this.merged.size || [...merged].some((w) => !this.merged.has(w))) this.version++;
    this.merged = merged;
  }
}
