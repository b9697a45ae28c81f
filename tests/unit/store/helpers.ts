// Shared by the store tests: a fresh library in its own temp folder, a clock the test
// moves by hand, and the sample article as paragraphs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Block } from '../../../electron/common/document/types';
import type { Library, LibraryOptions } from '../../../electron/services/store/index';
import { openLibrary } from '../../../electron/services/store/index';

export interface TempLibrary {
  lib: Library;
  dir: string;
  file: string;
  cleanup(): void;
}

export function tempDir(): { dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qalam-store-'));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function tempLibrary(options: LibraryOptions = {}): TempLibrary {
  const { dir, cleanup } = tempDir();
  const file = path.join(dir, 'library', 'qalam.db');
  const lib = openLibrary(file, options);
  return {
    lib,
    dir,
    file,
    cleanup: () => {
      lib.close();
      cleanup();
    },
  };
}

/** A clock that only moves when told to. */
export class ManualClock {
  private t: number;
  constructor(start = Date.parse('2026-03-01T09:00:00.000Z')) {
    this.t = start;
  }
  readonly now = (): Date => new Date(this.t);
  advance(ms: number): void {
    this.t += ms;
  }
  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000);
  }
}

export const paragraph = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });

/** tests/fixtures/article-ar.txt: the first line as headline, the rest as paragraphs. */
export function sampleArticle(): { headline: string; body: Block[] } {
  const text = fs.readFileSync(new URL('../../fixtures/article-ar.txt', import.meta.url), 'utf8');
  const [first, ...rest] = text.split('\n');
  const body = rest.map((l) => l.trim()).filter((l) => l !== '').map(paragraph);
  return { headline: first!.trim(), body };
}
