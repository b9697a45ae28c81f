// The export dialog (issue 5): format, page set-up and font, with a paged live preview
// of the very PDF the print desk gets; the choices are remembered in settings. A second
// tab exports several articles into a folder.
import { useEffect, useRef, useState } from 'react';
import { textLang } from '../../electron/common/arabic/script';
import type { DigitStyle } from '../../electron/common/arabic/digits';
import type { Api } from '../../electron/common/contract';
import type { Article } from '../../electron/common/document/types';
import { EXPORT_FORMATS, FONT_NAMES, MARGIN_NAMES, type ExportDefaults } from '../../electron/common/export-options';
import { PAPERS, PAPER_POINTS } from '../../electron/common/serialize/print-css';
import { describeAny } from '../api';
import { useLang } from '../i18n';
import { BatchExport } from './BatchExport';
import { RadioRow, Toggle } from './Choices';
import { pdfBlob, saveBlob } from './download';
import { exportCallFor, fileNameFor, initialChoice, mimeFor, pointsToMm, showDigits, toDefaults, type ExportChoice } from './options';
import { PagePreview, type PageZoom } from './PagePreview';
import { countedText, exportText, type ExportKey } from './strings';
import { usePreview } from './usePreview';
import './export.css';

interface Props {
  api: Api;
  /** The open article; without one the dialog is the batch export alone. */
  id?: string;
  /** Articles ticked in the batch tab when it opens (e.g. the library's selection). */
  batchIds?: string[];
  initialTab?: 'one' | 'batch';
  remembered: ExportDefaults | undefined;
  /** Digits of the dialog's own labels (the chrome's). */
  chromeDigits: DigitStyle;
  onRemember(defaults: ExportDefaults): void;
  onClose(): void;
}

export function ExportDialog({ api, id, batchIds, initialTab, remembered, chromeDigits, onRemember, onClose }: Props) {
  const lang = useLang();
  const tx = (key: ExportKey, vars?: Record<string, string>) => exportText(lang, key, vars);
  const [choice, setChoice] = useState<ExportChoice>(() => initialChoice(remembered));
  const [tab, setTab] = useState<'one' | 'batch'>(id ? (initialTab ?? 'one') : 'batch');
  const [article, setArticle] = useState<Article>();
  const [status, setStatus] = useState<{ kind: 'idle' | 'working' | 'done' | 'failed'; text?: string }>({ kind: 'idle' });
  const { preview, busy } = usePreview(api, id ?? '', choice, tab === 'one' && id !== undefined);
  const dialog = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState<PageZoom>('small');

  useEffect(() => {
    if (id) api.articles.get({ id }).then(setArticle, () => {});
  }, [api, id]);

  // Modal: focus starts in the dialog, cannot wander to the page behind it, and goes
  // back to where it was (the Export button) when the dialog closes.
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    dialog.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && closeRef.current();
    const onFocus = (e: FocusEvent) => {
      if (dialog.current && e.target instanceof Node && !dialog.current.contains(e.target)) dialog.current.focus();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onFocus);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onFocus);
      before?.focus();
    };
  }, []);

  const change = (patch: Partial<ExportChoice>) => {
    const next = { ...choice, ...patch };
    setChoice(next);
    onRemember(toDefaults(next));
    setStatus({ kind: 'idle' });
  };

  const runExport = async () => {
    if (!id) return;
    setStatus({ kind: 'working' });
    try {
      const current = article ?? (await api.articles.get({ id }));
      const call = exportCallFor(id, choice);
      const name = fileNameFor(current, choice.format);
      if (call.channel === 'export.pdf') saveBlob(pdfBlob((await api.export.pdf(call.request)).pdf), name);
      else saveBlob(new Blob([(await api.export.html(call.request)).html], { type: mimeFor(choice.format) }), name);
      setStatus({ kind: 'done', text: tx('exported', { name }) });
    } catch (e) {
      setStatus({ kind: 'failed', text: `${tx('exportFailed')}: ${describeAny(e, lang)}` });
    }
  };

  const pageSet = choice.format !== 'fragment';
  const n = (v: number | string) => showDigits(v, chromeDigits);
  const headline = article ? article.meta.headline || tx('untitled') : '';
  return (
    <div className="export-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" tabIndex={-1} ref={dialog} data-qalam="export-dialog">
        <div className="export-head">
          <h2 id="export-title">{tx(id ? 'title' : 'batchTitle')}</h2>
          <span className="export-headline" dir="auto" lang={textLang(headline)}>
            {headline}
          </span>
          <span className="spacer" />
          <div className="export-tabs" role="tablist">
            {(id ? (['one', 'batch'] as const) : (['batch'] as const)).map((t) => (
              <button key={t} type="button" role="tab" aria-selected={tab === t} className={tab === t ? 'on' : undefined} data-qalam={`export-tab-${t}`} onClick={() => setTab(t)}>
                {tx(t === 'one' ? 'tabOne' : 'tabBatch')}
              </button>
            ))}
          </div>
          <button type="button" className="quiet" data-qalam="export-close" onClick={onClose} aria-label={tx('close')}>
            ✕
          </button>
        </div>
        <div className="export-body">
          <form className="export-options" onSubmit={(e) => e.preventDefault()}>
            <RadioRow
              name="format"
              legend={tx('format')}
              value={choice.format}
              choices={EXPORT_FORMATS.map((f) => ({ value: f, label: tx(`format.${f}`) }))}
              onChange={(format) => change({ format })}
            />
            <p className="export-note">{tx(`formatNote.${choice.format}`)}</p>
            <RadioRow
              name="paper"
              legend={tx('paper')}
              value={choice.paper}
              disabled={!pageSet}
              choices={PAPERS.map((p) => ({
                value: p,
                label: (
                  <>
                    <span lang="en">{p}</span>
                    <small>{tx('dims', { w: n(pointsToMm(PAPER_POINTS[p].width)), h: n(pointsToMm(PAPER_POINTS[p].height)) })}</small>
                  </>
                ),
              }))}
              onChange={(paper) => change({ paper })}
            />
            <RadioRow name="margins" legend={tx('margins')} value={choice.margins} disabled={!pageSet} choices={MARGIN_NAMES.map((m) => ({ value: m, label: tx(`margins.${m}`) }))} onChange={(margins) => change({ margins })} />
            <RadioRow name="columns" legend={tx('columns')} value={choice.columns} disabled={!pageSet} choices={([1, 2, 3] as const).map((c) => ({ value: c, label: n(c) }))} onChange={(columns) => change({ columns })} />
            <RadioRow name="digits" legend={tx('digits')} value={choice.digits} choices={(['arab', 'latn'] as const).map((d) => ({ value: d, label: tx(`digits.${d}`) }))} onChange={(digits) => change({ digits })} />
            <fieldset className="export-choice" disabled={!pageSet}>
              <Toggle name="header" label={tx('header')} checked={choice.header} onChange={(header) => change({ header })} />
              <Toggle name="page-numbers" label={tx('pageNumbers')} checked={choice.pageNumbers} onChange={(pageNumbers) => change({ pageNumbers })} />
            </fieldset>
            <RadioRow
              name="font"
              legend={tx('font')}
              value={choice.font}
              disabled={!pageSet}
              choices={FONT_NAMES.map((f) => ({ value: f, label: <span style={{ fontFamily: `'${f}'` }}>{lang === 'ar' ? (f === 'Amiri' ? 'الأميري' : 'نوتو نسخ') : f}</span> }))}
              onChange={(font) => change({ font })}
            />
            <p className="export-note">{tx('fontNote')}</p>
          </form>
          {tab === 'one' ? (
            <section className="export-preview" aria-label={tx('preview')} aria-busy={busy} data-qalam="export-preview" data-busy={busy}>
              <div className="export-preview-bar">
                <strong>{tx('preview')}</strong>
                {preview.kind === 'pages' && (
                  <span data-qalam="export-page-count">
                    {countedText(preview.pages.count, 'pages', lang, n)} · <span lang="en">{choice.paper}</span>{' '}
                    {tx('mm', { w: n(pointsToMm(preview.pages.width)), h: n(pointsToMm(preview.pages.height)) })}
                  </span>
                )}
                {busy && <span className="export-busy">{tx('previewing')}</span>}
                <span className="spacer" />
                {preview.kind === 'pages' && (
                  <button type="button" className="link" data-qalam="export-zoom" aria-pressed={zoom === 'large'} onClick={() => setZoom(zoom === 'large' ? 'small' : 'large')}>
                    {tx(zoom === 'large' ? 'zoomOut' : 'zoomIn')}
                  </button>
                )}
              </div>
              {preview.kind === 'pages' && <PagePreview pages={preview.pages} digits={chromeDigits} zoom={zoom} />}
              {preview.kind === 'source' && (
                <div className="export-source">
                  <p>{tx('fragmentPreview')}</p>
                  <pre dir="ltr" data-qalam="export-fragment">{preview.html}</pre>
                </div>
              )}
              {preview.kind === 'failed' && (
                <p role="alert" className="error">
                  {tx('previewFailed')}: {describeAny(preview.error, lang)}
                </p>
              )}
            </section>
          ) : (
            <BatchExport api={api} currentId={id} initialIds={batchIds} choice={choice} chromeDigits={chromeDigits} />
          )}
        </div>
        {tab === 'one' && (
          <div className="export-foot">
            <span className={`export-status ${status.kind}`} role="status" data-qalam="export-status">
              {status.kind === 'working' ? tx('exporting') : status.text}
            </span>
            <span className="spacer" />
            <button type="button" className="quiet" onClick={onClose}>
              {tx('close')}
            </button>
            <button type="button" className="primary" data-qalam="export-run" disabled={status.kind === 'working'} onClick={() => void runExport()}>
              {tx('export')} · {tx(`format.${choice.format}`)}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
