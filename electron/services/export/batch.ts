// Batch export: several articles into one folder on this computer. The services run
// locally in both hosts (Electron main, the web host on 127.0.0.1), so writing to a
// folder the editor names works the same everywhere and needs no ZIP library; a
// browser download of many files would ask once per file.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../common/document/types';
import { QalamError, toErrorInfo, type ErrorInfo } from '../../common/errors';
import type { ExportFormat } from '../../common/export-options';

export interface BatchOutcome {
  folder: string;
  /** Written files, in the order the ids were given. */
  files: { id: string; file: string }[];
  failed: { id: string; error: ErrorInfo }[];
}

export const EXTENSION: Record<ExportFormat, string> = { pdf: 'pdf', html: 'html', fragment: 'fragment.html' };

/** The slug when there is one (letters, digits, hyphens only: the schema allows no
 * dots or slashes), the id otherwise. */
export function baseNameFor(article: Pick<Article, 'id' | 'meta'>): string {
  const slug = article.meta.slug;
  return slug && /^[\p{L}\p{N}-]+$/u.test(slug) ? slug.slice(0, 120) : article.id;
}

/** A new file: never overwrites what is in the folder (an earlier export, someone's
 * own file); a taken name gets "-2", "-3"… */
async function writeNew(folder: string, base: string, ext: string, data: string | Uint8Array): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const file = path.join(folder, `${n === 1 ? base : `${base}-${n}`}.${ext}`);
    try {
      await writeFile(file, data, { flag: 'wx' });
      return file;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  throw new QalamError('io', `${base}.${ext}: too many files of that name`);
}

export async function exportBatch(
  request: { ids: string[]; folder: string; format: ExportFormat },
  get: (id: string) => Article,
  render: (article: Article) => Promise<string | Uint8Array>,
): Promise<BatchOutcome> {
  if (!path.isAbsolute(request.folder)) throw new QalamError('bad_request', `folder must be a full path: ${request.folder}`);
  const folder = path.resolve(request.folder);
  try {
    await mkdir(folder, { recursive: true });
    if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
  } catch (e) {
    throw new QalamError('io', `${folder}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const outcome: BatchOutcome = { folder, files: [], failed: [] };
  // One at a time: a PDF job holds a Chromium page, and the machine is a desk PC.
  for (const id of [...new Set(request.ids)]) {
    try {
      const article = get(id);
      const file = await writeNew(folder, baseNameFor(article), EXTENSION[request.format], await render(article));
      outcome.files.push({ id, file });
    } catch (e) {
      // A file the OS refused (permissions, a full disk) is an io error, not a crash.
      const errno = (e as NodeJS.ErrnoException | undefined)?.code;
      outcome.failed.push({ id, error: typeof errno === 'string' && !(e instanceof QalamError) ? { code: 'io', detail: `${errno}: ${String((e as Error).message)}` } : toErrorInfo(e) });
    }
  }
  return outcome;
}
