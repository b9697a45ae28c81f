// The sync state the whole window shares: polled from the services every few seconds,
// plus the other desks' presence and which dialog (panel, conflict) is open. The status
// bar, library rows and the editor header read it through these hooks; outside the
// provider they read nothing and render nothing.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Api } from '../../electron/common/contract';
import type { PresenceEntry, SyncState } from '../../electron/common/sync';
import { recheckAllWords } from '../editor/spelling/cache';

export const POLL_MS = 3000;
/** The services forget a window's open article after 3 minutes of silence. */
const EDITING_HEARTBEAT_MS = 60_000;

export interface SyncContextValue {
  api: Api;
  state: SyncState | undefined;
  presence: PresenceEntry[];
  conflictIds: ReadonlySet<string>;
  refresh(): Promise<void>;
  setState(state: SyncState): void;
  panelOpen: boolean;
  openPanel(): void;
  closePanel(): void;
  /** The article whose conflict view is open. */
  conflictOf: string | undefined;
  openConflict(articleId: string): void;
  closeConflict(): void;
}

const SyncContext = createContext<SyncContextValue | undefined>(undefined);

export function useSync(): SyncContextValue | undefined {
  return useContext(SyncContext);
}

const NONE: ReadonlySet<string> = new Set();

/** Ids of articles with an open conflict (for a badge in the library). */
export function useConflictIds(): ReadonlySet<string> {
  return useContext(SyncContext)?.conflictIds ?? NONE;
}

/** Other desks editing this article now. */
export function usePresenceOf(articleId: string): PresenceEntry[] {
  const presence = useContext(SyncContext)?.presence;
  return useMemo(() => (presence ?? []).filter((p) => p.articleId === articleId), [presence, articleId]);
}

function newClientId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
}

interface ProviderProps {
  api: Api;
  /** The article open in this window (reported to this device's presence file). */
  editing: string | undefined;
  /** A pass brought articles from another desk, or the set of conflicts changed: the
   * library list should reload. */
  onLibraryChanged?(): void;
  /** A pass moved the article open in this window to another desk's version: the
   * editor must show it before anyone types over the old words. */
  onOpenArticlePulled?(articleId: string): void;
  children: ReactNode;
}

export function SyncProvider({ api, editing, onLibraryChanged, onOpenArticlePulled, children }: ProviderProps) {
  const [state, setState] = useState<SyncState>();
  const [presence, setPresence] = useState<PresenceEntry[]>([]);
  const [panelOpen, setPanelOpen] = useState(false);
  const [conflictOf, setConflictOf] = useState<string>();
  const client = useRef(newClientId());
  const seen = useRef<{ pass: string; conflicts: string; wordsVersion: number } | undefined>(undefined);
  const changed = useRef(onLibraryChanged);
  changed.current = onLibraryChanged;
  const pulledOpen = useRef(onOpenArticlePulled);
  pulledOpen.current = onOpenArticlePulled;
  const editingRef = useRef(editing);
  editingRef.current = editing;

  const refresh = useCallback(async () => {
    try {
      const [next, others] = await Promise.all([api.sync.status(undefined), api.sync.presence(undefined)]);
      setState(next);
      setPresence(others);
      // Passes since the last poll that received articles (the log is newest first).
      const before = seen.current;
      const conflicts = next.conflictIds.join(',');
      const fresh = before ? next.log.filter((e) => e.finishedAt > before.pass) : [];
      if (before && (fresh.some((e) => e.pulled.articles > 0) || conflicts !== before.conflicts)) changed.current?.();
      const open = editingRef.current;
      if (open && fresh.some((e) => e.pulledIds?.includes(open))) pulledOpen.current?.(open);
      // Another desk added (or took back) dictionary words: underlines follow without a reload.
      if (before && next.wordsVersion !== before.wordsVersion) recheckAllWords();
      seen.current = { pass: next.log[0]?.finishedAt ?? before?.pass ?? '', conflicts, wordsVersion: next.wordsVersion };
    } catch {
      // The services may be restarting; the next poll tries again.
    }
  }, [api]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  useEffect(() => {
    const report = () => void api.sync.editing({ client: client.current, articleId: editing ?? null }).catch(() => {});
    report();
    const timer = setInterval(report, EDITING_HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [api, editing]);

  useEffect(() => {
    // Closing the window: say so at once rather than after the 3-minute expiry.
    const gone = () => void api.sync.editing({ client: client.current, articleId: null }).catch(() => {});
    window.addEventListener('pagehide', gone);
    return () => window.removeEventListener('pagehide', gone);
  }, [api]);

  // Keyed by content: a poll that found the same conflicts keeps the same set.
  const conflictKey = (state?.conflictIds ?? []).join(',');
  const conflictIds = useMemo(() => new Set(conflictKey ? conflictKey.split(',') : []), [conflictKey]);
  const value = useMemo<SyncContextValue>(
    () => ({
      api,
      state,
      presence,
      conflictIds,
      refresh,
      setState,
      panelOpen,
      openPanel: () => setPanelOpen(true),
      closePanel: () => setPanelOpen(false),
      conflictOf,
      openConflict: (id) => {
        setPanelOpen(false);
        setConflictOf(id);
      },
      closeConflict: () => setConflictOf(undefined),
    }),
    [api, state, presence, conflictIds, refresh, panelOpen, conflictOf],
  );
  return <SyncContext.Provider value={value}>{children}</SyncContext.Provider>;
}
