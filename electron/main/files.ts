// Files that reach main rather than the page: picked in the native Open dialog, passed
// on the command line by a second launch, or dropped on the macOS dock icon. Each is
// read here and imported through the same validated `import.file` channel the page uses.
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Result } from '../common/contract';
import { QalamError, toErrorInfo, type ErrorInfo } from '../common/errors';
import { IMPORTABLE_EXTENSIONS, isImportableFile } from './launch-args';

/** The contract allows 140 M base64 characters; keep well inside it. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export type ImportChannelCall = (payload: { name: string; data: string }) => Promise<Result<{ id: string }>>;

export interface ImportOutcome {
  /** Article ids, in the order the files were given. */
  opened: string[];
  failed: { file: string; error: ErrorInfo }[];
}

async function readImportable(file: string): Promise<Buffer> {
  if (!isImportableFile(file)) throw new QalamError('unsupported_file', path.basename(file));
  let size: number;
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new QalamError('file_not_found', path.basename(file));
    size = s.size;
  } catch (e) {
    throw e instanceof QalamError ? e : new QalamError('file_not_found', path.basename(file), { cause: e });
  }
  if (size > MAX_IMPORT_BYTES) throw new QalamError('invalid', `${path.basename(file)}: larger than 100 MB`);
  return readFile(file);
}

export async function importFiles(files: readonly string[], callImport: ImportChannelCall): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { opened: [], failed: [] };
  for (const file of files) {
    try {
      const data = (await readImportable(file)).toString('base64');
      const result = await callImport({ name: path.basename(file), data });
      if (result.ok) outcome.opened.push(result.value.id);
      else outcome.failed.push({ file, error: result.error });
    } catch (e) {
      outcome.failed.push({ file, error: toErrorInfo(e) });
    }
  }
  return outcome;
}

/** An export appears under its name only once complete: a temp file beside it, renamed. */
export async function writeFileWhole(file: string, data: string | Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/** The Open dialog's filter, in the UI language. */
export function openDialogFilters(lang: 'ar' | 'en'): { name: string; extensions: string[] }[] {
  return [
    {
      name: lang === 'ar' ? 'مقالات (نص، HTML، Word)' : 'Articles (text, HTML, Word)',
      extensions: IMPORTABLE_EXTENSIONS.map((e) => e.slice(1)),
    },
  ];
}
