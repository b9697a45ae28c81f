// SQLite and file-system failures become QalamErrors a person can act on. Every public
// store method runs through `guard`, so no host ever shows an SQLITE_* code.
import { QalamError } from '../../common/errors';

interface CodedError {
  code?: unknown;
  message?: unknown;
}

export function toQalamError(e: unknown): unknown {
  if (e instanceof QalamError) return e;
  const code = typeof (e as CodedError)?.code === 'string' ? ((e as CodedError).code as string) : '';
  const message = e instanceof Error ? e.message : String(e);
  const mapped = mapCode(code);
  return mapped ? new QalamError(mapped, message, { cause: e }) : e;
}

function mapCode(code: string): QalamError['code'] | undefined {
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'disk_full';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'read_only';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'corrupt_db';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code === 'EIO') return 'io';
  if (code === 'ENOENT') return 'file_not_found';
  return undefined;
}

/** Run `fn`, turning SQLite and fs errors into QalamErrors. */
export function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw toQalamError(e);
  }
}

export async function guardAsync<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toQalamError(e);
  }
}
