// Deleting for good is local to a desk: it removes the article and its history here,
// and what travels to the other desks is the trash's 'delete' revision (DESIGN §6:
// deletion is a revision, absence is never deletion). So before a purge, that revision
// should be on the share, or the other desks would never learn the article was deleted.
// After the purge, sync's own records of the article stay, and a pass never fetches it
// back (scan.ts).
import type { Library } from '../store/library';
import { syncContext } from './engine';
import * as local from './local';

/** Articles among `ids` this desk published once whose latest revision (typically the
 * move to the trash) has not reached the share yet. */
export function deletionsNotOnShare(library: Library, ids: readonly string[]): string[] {
  const ctx = syncContext(library);
  return ids.filter((id) => {
    const published = local.publishedRevision(ctx, id);
    const head = local.localHead(ctx, id);
    return published !== undefined && head !== undefined && head.trashed && head.revision !== published;
  });
}

/** The trashed articles' ids (what "empty trash" is about to delete). */
export function trashedIds(library: Library): string[] {
  return library.heads().filter((h) => h.trashed).map((h) => h.id);
}
