// Batch export writes files into a folder. In the web host the editor types the path (the
// host is their own machine, on loopback, behind a token). In the desktop app the folder
// comes from the native folder dialog, and main writes only into folders the person chose
// there in this session: a page that was somehow subverted cannot name ~/.config or a
// startup folder, because it cannot choose a folder in a dialog main shows.
import path from 'node:path';
import type { Handlers } from '../common/contract';
import { QalamError } from '../common/errors';

export interface FolderGateDeps {
  /** The native "choose a folder" dialog; undefined when cancelled. */
  chooseFolder(): Promise<string | undefined>;
}

export function withFolderGate(base: Handlers, deps: FolderGateDeps): Handlers {
  const chosen = new Set<string>();
  return {
    ...base,
    'export.pickFolder': async () => {
      const folder = await deps.chooseFolder();
      if (folder === undefined) return { native: true, folder: null };
      chosen.add(path.resolve(folder));
      return { native: true, folder };
    },
    'export.batch': async (request) => {
      if (!chosen.has(path.resolve(request.folder))) throw new QalamError('folder_not_picked', request.folder);
      return base['export.batch'](request);
    },
  };
}
