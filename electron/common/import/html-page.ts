// Finding the article inside a whole web page, and its headline, kicker, standfirst
// and byline. Page markup varies endlessly; these are the common signals, tried from
// the most explicit (an <article>, a class="kicker") to the weakest (position).
import { endsLikeSentence, inlineText, wordCount } from './inline';
import { Walker, type WalkOptions } from './html-walk';
import { flatten, isElement, nameOf, paragraphChars } from './html-dom';

const KICKER_CLASS = /(^|[\s_-])(kicker|overline|eyebrow|supertitle|super-title|uptitle|surtitle|pretitle|pre-title|rubric)($|[\s_-])/i;
const STANDFIRST_CLASS = /(^|[\s_-])(standfirst|stand-first|lead|lede|dek|deck|summary|excerpt|subtitle|sub-title|subheadline|sub-headline|intro|strapline|description)($|[\s_-])/i;
const BYLINE_CLASS = /(^|[\s_-])(byline|by-line|author|author-name|writer)($|[\s_-])/i;
const CHROME = new Set(['nav', 'footer', 'aside', 'form', 'header']);

const all = (root: ParentNode, selector: string): Element[] => Array.from(root.querySelectorAll(selector));

/** Text of an element the way the body would read it (hidden parts skipped), on one line. */
export function textOf(el: Element, opts: WalkOptions): string {
  const w = new Walker({ ...opts, consumed: new Set(), image: () => null, skipImage: () => {} });
  w.node(el, { marks: {}, href: null, dir: undefined, pre: false });
  w.flush();
  return inlineText(flatten(w.blocks)).replace(/\s+/g, ' ').trim();
}

const paragraphText = paragraphChars;

function insideChrome(el: Element, root: Element): boolean {
  for (let p: Element | null = el; p && p !== root; p = p.parentElement) if (CHROME.has(nameOf(p))) return true;
  return false;
}

/** The element holding the article: <article>, else <main>, else the densest block of
 * paragraphs, else the whole page (when no one element holds most of the text). */
export function pickArticle(body: Element): Element {
  const articles = all(body, 'article');
  if (articles.length) return articles.reduce((a, b) => (paragraphText(b) > paragraphText(a) ? b : a));
  const main = all(body, 'main')[0];
  if (main) return main;
  const total = paragraphText(body);
  let best: Element = body;
  let bestScore = 0;
  for (const el of all(body, 'div, section, td')) {
    if (insideChrome(el, body)) continue;
    // Score the paragraphs that are this element's own children, as readability does.
    let score = 0;
    for (const c of Array.from(el.children)) if (nameOf(c) === 'p') score += (c.textContent ?? '').trim().length;
    if (score > bestScore) { best = el; bestScore = score; }
  }
  return bestScore >= total * 0.5 && bestScore > 0 ? best : body;
}

const precedes = (a: Element, b: Element): boolean => (b.compareDocumentPosition(a) & 2) !== 0;

function findKicker(scope: Element, h1: Element, opts: WalkOptions): Element | null {
  const within = scope.contains(h1) ? scope : (h1.parentElement ?? scope);
  const byClass = all(within, '[class]').filter(
    (el) => KICKER_CLASS.test(el.getAttribute('class') ?? '') && precedes(el, h1) && textOf(el, opts).length <= 80,
  );
  if (byClass.length) return byClass[byClass.length - 1]!;
  // A short label right before the headline ("سياسة", "تحركات عسكرية") reads as a kicker.
  const prev = h1.previousElementSibling;
  if (!prev || !['p', 'span', 'div', 'a', 'strong', 'b'].includes(nameOf(prev)) || prev.querySelector('time, img, h1, h2, p')) return null;
  const t = textOf(prev, opts);
  return t && /\p{L}/u.test(t) && wordCount(t) <= 6 && t.length <= 50 && !endsLikeSentence(t) ? prev : null;
}

const TEXT_HOLDERS = new Set(['p', 'div', 'h2', 'h3', 'span', 'strong', 'b', 'section']);

function findStandfirst(scope: Element, h1: Element, opts: WalkOptions): Element | null {
  const skip = opts.consumed;
  // Only a text element after the headline: "lead" also names lead images and lists.
  const byClass = all(scope, '[class]').find((el) => {
    if (!STANDFIRST_CLASS.test(el.getAttribute('class') ?? '') || skip.has(el) || !TEXT_HOLDERS.has(nameOf(el))) return false;
    if (!precedes(h1, el) || el.querySelector('img, figure, h1, ul, ol, table')) return false;
    const length = textOf(el, opts).length;
    return length >= 15 && length <= 1500;
  });
  if (byClass) return byClass;
  // The first paragraph in the headline's own <header> is a lead.
  const header = h1.parentElement && nameOf(h1.parentElement) === 'header' ? h1.parentElement : null;
  if (!header) return null;
  return Array.from(header.children).find((el) => nameOf(el) === 'p' && precedes(h1, el) && !skip.has(el)) ?? null;
}

export interface PageMeta {
  scope: Element;
  kicker: string;
  headline: string;
  standfirst: string;
  byline: string;
}

/** Read the meta of a page and mark its elements consumed so the body skips them. */
export function readPageMeta(body: Element, opts: WalkOptions, findArticle: boolean): PageMeta {
  const scope = findArticle ? pickArticle(body) : body;
  opts.articleText = paragraphText(scope);
  // Word's "Save as Web Page" marks its Title style with a class, not an <h1>.
  const h1 =
    all(scope, 'h1')[0] ??
    (findArticle ? all(body, 'h1').find((h) => precedes(h, scope)) : undefined) ??
    all(scope, '.MsoTitle')[0];
  const meta: PageMeta = { scope, kicker: '', headline: '', standfirst: '', byline: '' };
  const take = (el: Element | null | undefined): string => {
    if (!el || !isElement(el)) return '';
    opts.consumed.add(el);
    return textOf(el, opts);
  };
  const byline = all(scope, '[class]').find((el) => BYLINE_CLASS.test(el.getAttribute('class') ?? '') && !el.querySelector('p, h1, h2'));
  meta.byline = take(byline);
  if (!h1) return meta;
  meta.headline = take(h1);
  meta.kicker = take(findKicker(scope, h1, opts));
  meta.standfirst = take(findStandfirst(scope, h1, opts));
  return meta;
}
