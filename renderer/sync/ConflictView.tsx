// One article's conflict: both versions side by side with a word diff (RTL; what only
// one side has is marked by colour and by strike-through / underline, so it reads
// without colour too), then take mine, take theirs, or merge them block by block.
import { useEffect, useMemo, useState } from 'react';
import type { DigitStyle } from '../../electron/common/arabic/digits';
import type { ConflictDetail, ConflictVersion } from '../../electron/common/sync';
import { describeAny } from '../api';
import { useLang } from '../i18n';
import { clockLabel } from '../statusbar/format';
import type { DiffSegment } from '../history/changes';
import { useSync } from './context';
import { Dialog } from './Dialog';
import { Fill } from './Fill';
import { sideBySide, versionText } from './diff';
import { MergeView, type MergedVersion } from './MergeView';
import { st } from './strings';

export function ConflictView({ digits, onResolved }: { digits: DigitStyle; onResolved(articleId: string): void }) {
  const sync = useSync();
  const lang = useLang();
  const articleId = sync?.conflictOf;
  const [conflict, setConflict] = useState<ConflictDetail | null>();
  const [error, setError] = useState<string>();
  const [merging, setMerging] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setConflict(undefined);
    setMerging(false);
    setError(undefined);
    if (!articleId || !sync) return;
    sync.api.sync.conflicts({ articleId }).then(
      (list) => setConflict(list[0] ?? null),
      (e: unknown) => setError(describeAny(e, lang)),
    );
    // Only when the article changes; the poll must not reload what the editor is reading.
  }, [articleId]);

  if (!sync || !articleId) return null;
  const title = conflict ? conflict.mine.meta.headline || conflict.theirs.meta.headline : '';

  const resolve = async (take: 'mine' | 'theirs' | 'merged', merged?: MergedVersion) => {
    if (!conflict) return;
    setBusy(true);
    setError(undefined);
    try {
      await sync.api.sync.resolve({
        articleId,
        take,
        theirs: conflict.theirs.revision,
        ...(merged ? { body: merged.body, meta: merged.meta } : {}),
      });
      await sync.refresh();
      sync.closeConflict();
      onResolved(articleId);
    } catch (e) {
      setError(describeAny(e, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={st(lang, 'conflictTitle', { title })}
      closeLabel={st(lang, 'close')}
      onClose={sync.closeConflict}
      qalam="conflict-view"
      className="conflict-view"
    >
      {error && (
        <p className="sync-message error" role="alert">
          {error}
        </p>
      )}
      {conflict === null && <p>{st(lang, 'noConflicts')}</p>}
      {conflict && !merging && <SideBySideView conflict={conflict} digits={digits} />}
      {conflict && merging && (
        <MergeView conflict={conflict} digits={digits} busy={busy} onCancel={() => setMerging(false)} onSave={(m) => void resolve('merged', m)} />
      )}
      {conflict && !merging && (
        <div className="sync-actions">
          <button type="button" className="primary" disabled={busy} data-qalam="take-mine" onClick={() => void resolve('mine')}>
            {st(lang, 'takeMine')}
          </button>
          <button type="button" className="primary" disabled={busy} data-qalam="take-theirs" onClick={() => void resolve('theirs')}>
            {st(lang, 'takeTheirs')}
          </button>
          <button type="button" disabled={busy} data-qalam="edit-merged" onClick={() => setMerging(true)}>
            {st(lang, 'editMerged')}
          </button>
        </div>
      )}
    </Dialog>
  );
}

function SideBySideView({ conflict, digits }: { conflict: ConflictDetail; digits: DigitStyle }) {
  const lang = useLang();
  const sides = useMemo(() => sideBySide(versionText(conflict.mine), versionText(conflict.theirs)), [conflict]);
  const dir = conflict.mine.meta.language.startsWith('ar') ? 'rtl' : 'auto';
  return (
    <>
      <p className="diff-legend">
        {st(lang, 'diffLegend')} <del>{st(lang, 'removed')}</del> <ins>{st(lang, 'added')}</ins>
      </p>
      <div className="conflict-sides">
        <VersionColumn label={st(lang, 'mine')} version={conflict.mine} segments={sides.mine} dir={dir} side="mine" digits={digits} />
        <VersionColumn label={st(lang, 'theirs')} version={conflict.theirs} segments={sides.theirs} dir={dir} side="theirs" digits={digits} />
      </div>
    </>
  );
}

function VersionColumn(props: { label: string; version: ConflictVersion; segments: DiffSegment[]; dir: string; side: string; digits: DigitStyle }) {
  const { label, version, segments, dir, side, digits } = props;
  const lang = useLang();
  return (
    <section className="conflict-side" data-qalam={`conflict-${side}`} aria-label={label}>
      <h3>{label}</h3>
      <p className="version-by">
        <Fill
          template={st(lang, 'versionBy')}
          values={{
            author: version.author || st(lang, 'unknownAuthor'),
            device: version.deviceName.trim() || st(lang, 'unnamedDevice'),
            time: clockLabel(new Date(version.createdAt), digits),
          }}
        />
      </p>
      {version.deleted && <p className="sync-message error">{st(lang, 'deletedVersion')}</p>}
      <div className="conflict-text" dir={dir} lang={version.meta.language}>
        {segments.map((s, i) =>
          s.change === 'removed' ? (
            <del key={i}>{s.text}</del>
          ) : s.change === 'added' ? (
            <ins key={i}>{s.text}</ins>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </div>
    </section>
  );
}
