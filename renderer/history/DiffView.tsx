// A word diff, right to left: deletions struck through in red, insertions underlined
// in green, each also announced by its element (del/ins) and a "+"/"−" legend, so the
// difference does not rest on colour alone.
import { formatNumber, type DigitStyle } from '../../electron/common/arabic/digits';
import { useT } from '../i18n';
import { diffTotals, type DiffSegment } from './changes';

export function DiffView({ segments, digits }: { segments: DiffSegment[]; digits: DigitStyle }) {
  const tr = useT();
  const totals = diffTotals(segments);
  return (
    <div className="diff-view" data-qalam="diff">
      <p className="diff-legend" data-qalam="diff-totals">
        <span className="legend-added">
          {tr('wordsAdded')}: +{formatNumber(totals.added, digits)}
        </span>
        <span className="legend-removed">
          {tr('wordsRemoved')}: −{formatNumber(totals.removed, digits)}
        </span>
      </p>
      <div className="diff-text" dir="rtl" lang="ar">
        {segments.map((s, i) =>
          s.change === 'added' ? (
            <ins key={i} data-qalam="diff-added">
              {s.text}
            </ins>
          ) : s.change === 'removed' ? (
            <del key={i} data-qalam="diff-removed">
              {s.text}
            </del>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </div>
    </div>
  );
}
