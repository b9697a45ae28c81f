// The personal spelling dictionary of this library: the words added from the spelling
// menu, each removable (it is then underlined again where it is misspelt).
import { useEffect, useState } from 'react';
import type { DigitStyle } from '../../electron/common/arabic/digits';
import type { Api } from '../../electron/common/contract';
import { describeAny } from '../api';
import { forgetAccepted } from '../editor/spelling/cache';
import { useLang, useT } from '../i18n';
import { deskCount } from '../i18n/counted';

/** Shown at most; a newsroom's list is usually far shorter. */
const SHOWN = 1000;

export function PersonalDictionarySection({ api, digits }: { api: Api; digits: DigitStyle }) {
  const tr = useT();
  const lang = useLang();
  const [words, setWords] = useState<string[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    api.spelling.words(undefined).then(
      (r) => setWords(r.words),
      (e: unknown) => setError(describeAny(e, lang)),
    );
  }, [api, lang]);

  const remove = (word: string) =>
    api.spelling.remove({ word }).then(
      () => {
        forgetAccepted(word);
        setWords((all) => all?.filter((w) => w !== word));
      },
      (e: unknown) => setError(describeAny(e, lang)),
    );

  return (
    <fieldset data-qalam="settings-dictionary">
      <legend>{tr('dictionarySection')}</legend>
      <p className="hint">{tr('dictionaryHint')}</p>
      {error && <p role="alert">{error}</p>}
      {words?.length === 0 && <p>{tr('dictionaryEmpty')}</p>}
      {words && words.length > 0 && (
        <ul className="dictionary-words">
          {words.slice(0, SHOWN).map((word) => (
            <li key={word}>
              <span dir="auto">{word}</span>
              <button type="button" data-word={word} aria-label={tr('dictionaryRemove', { word })} onClick={() => void remove(word)}>
                {tr('dictionaryRemoveShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {words && words.length > SHOWN && <p className="hint">{tr('dictionaryMore', { words: deskCount(words.length - SHOWN, 'moreWords', lang, digits) })}</p>}
    </fieldset>
  );
}
