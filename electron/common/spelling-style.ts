// Newsroom orthography: words ayaspell accepts that are never right in Modern Standard
// Arabic news text — a lost hamza on a common word (اكثر for أكثر), ي written for a final
// ى (حتي for حتى) — and, beside them, common slips it already rejects (اذا, الان, هذة),
// listed so their fix is always the first suggestion. The spelling service flags them.
// Conservative by design: a form is listed only when it has no correct reading at all.
// Left out on purpose, each for a correct reading: علي (the name Ali), ان/انه (أن or إن),
// لان (the verb لانَ), اعتبر and اثنين (hamzat wasl), احمد (the imperative احمدِ الله),
// اجري (feminine imperative), اربع (ارْبَعْ على نفسك), لدي (لديّ), اهم with و (واهِم),
// الى with و (والى, to ally), فى with و (وفى بوعده), اول with ب (باول, Powell), امس with
// ل (لامس, touched), اعلن with ف (فاعلن, the metre foot), اقل with ب (باقل, the name).
// Pure: no DOM, no Node.

interface StyleEntry {
  /** The misspelt form, in spellingKey form. */
  word: string;
  /** Its corrections, the likeliest first. */
  corrections: readonly string[];
  /** One-letter clitics (و ف ب ل) that may stand before it, each checked to make no other word. */
  clitics?: string;
  /** The form with the definite article (الاول → الأول) is listed too. */
  article?: boolean;
}

const ENTRIES: readonly StyleEntry[] = [
  // A lost hamza.
  { word: 'اذا', corrections: ['إذا'], clitics: 'وف' },
  { word: 'اذ', corrections: ['إذ'], clitics: 'و' },
  { word: 'ايضا', corrections: ['أيضًا'], clitics: 'و' },
  { word: 'الان', corrections: ['الآن'], clitics: 'وف' },
  { word: 'امس', corrections: ['أمس'], clitics: 'وب', article: true },
  { word: 'اكثر', corrections: ['أكثر'], clitics: 'وفبل', article: true },
  { word: 'اقل', corrections: ['أقل'], clitics: 'و', article: true },
  { word: 'اول', corrections: ['أول'], clitics: 'ول', article: true },
  { word: 'اخرى', corrections: ['أخرى'], clitics: 'وبل', article: true },
  { word: 'اهم', corrections: ['أهم'] },
  { word: 'او', corrections: ['أو'] },
  { word: 'اين', corrections: ['أين'] },
  { word: 'اعلن', corrections: ['أعلن'], clitics: 'و' },
  { word: 'اعلنوا', corrections: ['أعلنوا'], clitics: 'و' },
  { word: 'اكد', corrections: ['أكد'], clitics: 'وف' },
  { word: 'اكدوا', corrections: ['أكدوا'], clitics: 'و' },
  { word: 'اعرب', corrections: ['أعرب'], clitics: 'و' },
  // ي for a final ى, ى for a final ي.
  { word: 'حتي', corrections: ['حتى'], clitics: 'وف' },
  { word: 'متي', corrections: ['متى'], clitics: 'وف' },
  { word: 'الى', corrections: ['إلى'] },
  { word: 'فى', corrections: ['في'] },
  { word: 'التى', corrections: ['التي'], clitics: 'و' },
  { word: 'الذى', corrections: ['الذي'], clitics: 'و' },
  // ه for ة.
  { word: 'هذة', corrections: ['هذه'], clitics: 'وفبل' },
];

function buildList(): ReadonlyMap<string, readonly string[]> {
  const list = new Map<string, readonly string[]>();
  for (const entry of ENTRIES) {
    list.set(entry.word, entry.corrections);
    // Clitics on the bare word only: ل before ال contracts (للأكثر), which is not worth a rule here.
    for (const clitic of entry.clitics ?? '') list.set(clitic + entry.word, entry.corrections.map((c) => clitic + c));
    if (entry.article) list.set(`ال${entry.word}`, entry.corrections.map((c) => `ال${c}`));
  }
  return list;
}

/** Every listed form (base, with ال, with a clitic) → its corrections, likeliest first. */
export const NEWSROOM_ORTHOGRAPHY: ReadonlyMap<string, readonly string[]> = buildList();

/** The corrections for a word (in spellingKey form) newsroom style never accepts, or
 * undefined when the list has nothing to say about it. */
export function styleCorrections(key: string): readonly string[] | undefined {
  return NEWSROOM_ORTHOGRAPHY.get(key);
}
