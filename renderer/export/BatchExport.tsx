// Batch export: pick articles, name a folder on this computer, write one file per
// article there (export.batch; the services run locally in both hosts). Usable on its
// own: the library can mount <BatchExport> with its own selection as `initialIds`.
import { useEffect, useState } from 'react';
import type { DigitStyle } from '../../electron/common/arabic/digits';
import type { Api, ArticleSummary, BatchExportResult } from '../../electron/common/contract';
import { describeError } from '../../electron/common/errors';
import { describeAny, hasNativeDialogs } from '../api';
import { useLang } from '../i18n';
import { optionsOf, showDigits, type ExportChoice } from './options';
import { countedText, exportText, type ExportKey } from './strings';

interface Props {
  api: Api;
  /** Ticked when the panel opens (the open article, or the library's selection). */
  currentId?: string;
  initialIds?: string[];
  choice: ExportChoice;
  chromeDigits: DigitStyle;
}

export function BatchExport({ api, currentId, initialIds, choice, chromeDigits }: Props) {
  const lang = useLang();
  const tx = (key: ExportKey, vars?: Record<string, string>) => exportText(lang, key, vars);
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [picked, setPicked] = useState<Set<string>>(() => new Set([...(initialIds ?? []), ...(currentId ? [currentId] : [])]));
  const [folder, setFolder] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'working' } | { kind: 'done'; result: BatchExportResult } | { kind: 'failed'; text: string }>({ kind: 'idle' });

  useEffect(() => {
    api.articles.list({ sort: 'updated' }).then(setArticles, () => {});
  }, [api]);

  const toggle = (id: string, on: boolean) =>
    setPicked((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const run = async () => {
    setState({ kind: 'working' });
    try {
      // In the library's order, so the files are listed as the editor sees them.
      const ids = articles.map((a) => a.id).filter((id) => picked.has(id));
      const result = await api.export.batch({ ids, folder: folder.trim(), format: choice.format, options: optionsOf(choice) });
      setState({ kind: 'done', result });
    } catch (e) {
      setState({ kind: 'failed', text: `${tx('exportFailed')}: ${describeAny(e, lang)}` });
    }
  };

  const nativeDialogs = hasNativeDialogs();
  const choose = async () => {
    try {
      const picked = await api.export.pickFolder(undefined);
      if (picked.folder) setFolder(picked.folder);
    } catch (e) {
      setState({ kind: 'failed', text: describeAny(e, lang) });
    }
  };

  const n = (v: number) => showDigits(v, chromeDigits);
  const count = articles.filter((a) => picked.has(a.id)).length;
  return (
    <section className="export-batch" data-qalam="export-batch">
      <div className="export-preview-bar">
        <strong>{tx('batchPick')}</strong>
        <span className="spacer" />
        <button type="button" className="link" onClick={() => setPicked(new Set(articles.map((a) => a.id)))}>
          {tx('batchAll')}
        </button>
        <button type="button" className="link" onClick={() => setPicked(new Set())}>
          {tx('batchNone')}
        </button>
      </div>
      <ul className="export-batch-list">
        {articles.map((a) => (
          <li key={a.id}>
            <label>
              <input type="checkbox" data-id={a.id} checked={picked.has(a.id)} onChange={(e) => toggle(a.id, e.currentTarget.checked)} />
              <span dir="auto">{a.headline || tx('untitled')}</span>
              {a.section && <small>{a.section}</small>}
            </label>
          </li>
        ))}
      </ul>
      {nativeDialogs ? (
        // The desktop app writes only into a folder chosen in its own dialog (electron/main/folder-gate.ts).
        <div className="export-folder">
          <span>{tx('batchFolder')}</span>
          <span className="export-folder-pick">
            <button type="button" data-qalam="export-choose-folder" onClick={() => void choose()}>
              {tx('batchChooseFolder')}
            </button>
            <bdi dir="ltr" data-qalam="export-folder">
              {folder || tx('batchNoFolder')}
            </bdi>
          </span>
        </div>
      ) : (
        <label className="export-folder">
          <span>{tx('batchFolder')}</span>
          <input type="text" dir="ltr" spellCheck={false} value={folder} data-qalam="export-folder" onChange={(e) => setFolder(e.currentTarget.value)} />
          <small>
            {tx('batchFolderHint')} <bdi dir="ltr">/home/fatima/exports</bdi> · <bdi dir="ltr">D:\exports</bdi>
          </small>
        </label>
      )}
      <div className="export-foot">
        <span className="export-status" role="status" data-qalam="export-batch-status">
          {state.kind === 'working' && tx('exporting')}
          {state.kind === 'failed' && <span className="error">{state.text}</span>}
          {state.kind === 'done' && (
            <>
              {tx('batchDone', { files: countedText(state.result.files.length, 'files', lang, n), folder: '' })}
              <bdi dir="ltr">{state.result.folder}</bdi>
              {state.result.failed.length > 0 && (
                <span className="error">
                  {' '}
                  {tx('batchFailed')} {state.result.failed.map((f) => `${f.id}: ${describeError(f.error, lang)}`).join('، ')}
                </span>
              )}
            </>
          )}
        </span>
        <span className="spacer" />
        <button type="button" className="primary" data-qalam="export-batch-run" disabled={count === 0 || !folder.trim() || state.kind === 'working'} onClick={() => void run()}>
          {tx('batchRun', { articles: countedText(count, 'articles', lang, n) })} · {tx(`format.${choice.format}`)}
        </button>
      </div>
    </section>
  );
}
