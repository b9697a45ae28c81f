// Word's clipboard HTML has no <ul>/<ol>: a list is a run of paragraphs styled
// `mso-list:l0 level1 lfo1`, each starting with its bullet or number in a span styled
// `mso-list:Ignore`. The sanitizer hook (purify.ts) turns those styles into
// data-qalam-list / data-qalam-ignore; this reads them back.
export interface MsoList {
  /** Which Word list the paragraph belongs to (its lfo, else its list id). */
  key: string;
  numbered: boolean;
}

// "1." "a)" "iv." "(3)" "١." "أ-": a number or letter with punctuation is numbered;
// "·" "o" "§" "Ø" "-" (what Word writes for bullets in Symbol/Wingdings) are bullets.
const NUMBER_MARKER = /^[([]?(?:[0-9\u0660-\u0669\u06F0-\u06F9]+|[a-z]{1,4}|[\u0621-\u064A])[.)\]-]?$/iu;

function markerOf(p: Element): string | null {
  const ignore = p.querySelector('[data-qalam-ignore]');
  return ignore ? (ignore.textContent ?? '').replace(/[\s\u00A0]+/g, '') : null;
}

export function msoListOf(p: Element): MsoList | null {
  const attr = p.getAttribute('data-qalam-list');
  if (!attr) return null;
  const marker = markerOf(p);
  // The list class alone (no mso-list style) also marks indented non-list paragraphs;
  // without a marker span there is no list.
  if (marker === null && attr === 'mso') return null;
  const lfo = /lfo\d+/.exec(attr)?.[0] ?? /l\d+/.exec(attr)?.[0] ?? attr;
  // A lone letter like "o" is Word's hollow bullet, so letters need punctuation.
  const numbered = !!marker && NUMBER_MARKER.test(marker) && !/^[a-z]$/i.test(marker);
  return { key: lfo, numbered };
}
