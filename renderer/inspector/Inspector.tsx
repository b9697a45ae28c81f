// The article's details beside the text (left in RTL): workflow, section, byline, tags,
// slug, target length and deadline. Values that break the schema's limits are held
// here with a message in place and not sent, so autosave never carries them.
import { useEffect, useState } from 'react';
import { textLang } from '../../electron/common/arabic/script';
import { numberForField, typedDigits, type DigitStyle } from '../../electron/common/arabic/digits';
import type { Api } from '../../electron/common/contract';
import type { ArticleMeta, Block } from '../../electron/common/document/types';
import { useLang, useT } from '../i18n';
import { articleHref } from '../router';
import type { MetaPatch } from '../article/patch';
import { limitMessage } from './invalid';
import { isValidSlug, MAX_SLUG, slugify } from './slug';
import { StatusSection } from './StatusSection';
import { TagsField } from './TagsField';
import { DeadlineField } from './DeadlineField';
import './inspector.css';

interface Props {
  id: string;
  api: Api;
  meta: ArticleMeta;
  body: readonly Block[];
  words: number | undefined;
  sections: readonly string[];
  digits: DigitStyle;
  savedAt: number | undefined;
  /** The store's refusal of a field, shown beside it (from autosave). */
  invalid?: { field: string; message: string } | undefined;
  onChange(patch: MetaPatch): void;
}

const MAX_BYLINE = 500;
const MAX_TARGET = 1_000_000;

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id} role="alert" data-qalam="field-error">
      {message}
    </p>
  );
}

export function Inspector({ id, api, meta, body, words, sections, digits, savedAt, invalid, onChange }: Props) {
  const tr = useT();
  const lang = useLang();
  const [knownTags, setKnownTags] = useState<string[]>([]);
  const [slugDraft, setSlugDraft] = useState(meta.slug);
  const [targetDraft, setTargetDraft] = useState<string>();
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});
  const sectionChoices = meta.section && !sections.includes(meta.section) ? [meta.section, ...sections] : sections;

  useEffect(() => {
    api.library.tags(undefined).then((found) => setKnownTags(found.map((t) => t.tag)), () => {});
  }, [api, id]);
  // The store may suffix a taken slug: show what it saved once the save lands.
  useEffect(() => setSlugDraft(meta.slug), [meta.slug]);

  const problem = (field: string, message: string | undefined) => setProblems((p) => ({ ...p, [field]: message }));
  const shown = (field: string) => problems[field] ?? (invalid?.field === field ? invalid.message : undefined);
  const a11y = (field: string) => ({
    'aria-invalid': shown(field) ? true : undefined,
    'aria-describedby': shown(field) ? `qalam-error-${field}` : undefined,
  });

  const setSlug = (value: string) => {
    const slug = value.replace(/\s+/g, '-');
    setSlugDraft(slug);
    if (slug.length > MAX_SLUG) return problem('slug', limitMessage('slug', MAX_SLUG, 'string', lang, digits));
    if (!isValidSlug(slug)) return problem('slug', tr('slugInvalid'));
    problem('slug', undefined);
    onChange({ slug });
  };

  const targetText = targetDraft ?? (meta.targetWords ? numberForField(meta.targetWords, digits) : '');

  return (
    <aside className="inspector" aria-label={tr('inspector')} data-qalam="inspector">
      <h2>{tr('inspector')}</h2>
      <StatusSection
        id={id}
        api={api}
        meta={meta}
        body={body}
        words={words}
        digits={digits}
        savedAt={savedAt}
        onStatus={(status) => onChange({ status })}
      />
      <label>
        <span>{tr('section')}</span>
        <select value={meta.section} data-qalam="section" onChange={(e) => onChange({ section: e.target.value })}>
          <option value="">{tr('noSection')}</option>
          {sectionChoices.map((s) => (
            <option key={s} value={s} lang={textLang(s)}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{tr('byline')}</span>
        <input
          value={meta.byline}
          dir="auto"
          data-qalam="byline"
          {...a11y('byline')}
          onChange={(e) => {
            const byline = e.target.value;
            if (byline.length > MAX_BYLINE) return problem('byline', limitMessage('byline', MAX_BYLINE, 'string', lang, digits));
            problem('byline', undefined);
            onChange({ byline });
          }}
        />
      </label>
      <FieldError id="qalam-error-byline" message={shown('byline')} />
      <TagsField tags={meta.tags} known={knownTags} digits={digits} onChange={(tags) => onChange({ tags })} />
      <label>
        <span>{tr('slug')}</span>
        <input value={slugDraft} dir="auto" data-qalam="slug" {...a11y('slug')} onChange={(e) => setSlug(e.target.value)} />
      </label>
      <button type="button" className="quiet small" data-qalam="slug-from-headline" disabled={!meta.headline.trim()} onClick={() => setSlug(slugify(meta.headline))}>
        {tr('slugFromHeadline')}
      </button>
      <FieldError id="qalam-error-slug" message={shown('slug')} />
      <label>
        <span>{tr('targetWords')}</span>
        {/* A text field, not type=number: that one shows only Latin digits. */}
        <input
          inputMode="numeric"
          value={targetText}
          data-qalam="target-words"
          {...a11y('targetWords')}
          onChange={(e) => {
            const text = e.target.value;
            setTargetDraft(text);
            const latin = typedDigits(text);
            if (latin === '') {
              problem('targetWords', undefined);
              return onChange({ targetWords: null });
            }
            const n = Number(latin);
            if (!/^\d+$/.test(latin) || n <= 0) return problem('targetWords', tr('targetInvalid'));
            if (n > MAX_TARGET) return problem('targetWords', limitMessage('targetWords', MAX_TARGET, 'number', lang, digits));
            problem('targetWords', undefined);
            onChange({ targetWords: n });
          }}
          onBlur={() => !problems.targetWords && setTargetDraft(undefined)}
        />
      </label>
      <FieldError id="qalam-error-targetWords" message={shown('targetWords')} />
      <DeadlineField deadline={meta.deadline} digits={digits} onChange={onChange} />
      <a className="history-link" href={`${articleHref(id)}/history`} data-qalam="open-history">
        {tr('history')}
      </a>
    </aside>
  );
}
