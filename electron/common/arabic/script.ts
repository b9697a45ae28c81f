// The language of a piece of the newsroom's own text (a headline, a section, a byline)
// shown inside the chrome, for its lang attribute: in the English UI a screen reader would
// otherwise read «صدام حفتر» with the English voice (WCAG 3.1.2, language of parts).
// Judged as dir="auto" judges direction, by the first letter: Arabic script is Arabic
// here (a newsroom's Persian or Urdu is not in this app's scope); any other script is
// left to the surrounding language, which cannot be told from letters alone.

/** 'ar' when the text's first letter is Arabic script; undefined otherwise. */
export function textLang(text: string): 'ar' | undefined {
  const first = /\p{L}/u.exec(text)?.[0];
  return first !== undefined && /\p{Script=Arabic}/u.test(first) ? 'ar' : undefined;
}
