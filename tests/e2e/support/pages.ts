// Page objects: tests say what an editor does ("type the headline", "open the library"),
// and the selectors live here, on the stable data-qalam hooks.
import type { Locator, Page } from 'playwright-core';
import { shownText } from './text';

const ARTICLE_HASH = /#\/article\/([0-9A-HJKMNP-TV-Z]{26})$/;

export class LibraryPage {
  constructor(readonly page: Page) {}

  get newArticleButton(): Locator {
    return this.page.locator('[data-qalam="new-article"]');
  }

  /** Create an article and wait for it to open; its id. */
  async newArticle(): Promise<string> {
    await this.newArticleButton.click();
    await this.page.waitForURL(ARTICLE_HASH);
    await this.page.locator('[data-qalam="headline"]').waitFor();
    return ARTICLE_HASH.exec(this.page.url())![1]!;
  }

  item(id: string): Locator {
    return this.page.locator(`[data-qalam="library-item"][data-id="${id}"]`);
  }

  async headlines(): Promise<string[]> {
    return this.page.locator('[data-qalam="library-item"] .headline').allInnerTexts();
  }

  async open(id: string): Promise<EditorPage> {
    await this.item(id).click();
    await this.page.waitForURL(new RegExp(`#/article/${id}$`));
    const editor = new EditorPage(this.page);
    await editor.body.waitFor();
    return editor;
  }
}

export class EditorPage {
  constructor(readonly page: Page) {}

  get kicker(): Locator {
    return this.page.locator('[data-qalam="kicker"]');
  }
  get headline(): Locator {
    return this.page.locator('[data-qalam="headline"]');
  }
  get standfirst(): Locator {
    return this.page.locator('[data-qalam="standfirst"]');
  }
  get body(): Locator {
    return this.page.locator('[data-qalam="body"]');
  }
  get saveState(): Locator {
    return this.page.locator('[data-qalam="save-state"]');
  }
  get wordCount(): Locator {
    return this.page.locator('[data-qalam="word-count"]');
  }

  /** Type with real key events (what a person does), not by setting the value.
   * `paste: true` enters the text as one input event instead (like an IME commit or a
   * dictation), for tests about saving rather than typing, where keystrokes cost time. */
  async typeInto(field: Locator, text: string, options: { paste?: boolean } = {}): Promise<void> {
    await field.click();
    await this.page.keyboard.press('ControlOrMeta+End');
    if (options.paste) await this.page.keyboard.insertText(text);
    else await this.page.keyboard.type(text);
  }

  async typeInBody(text: string, options: { paste?: boolean } = {}): Promise<void> {
    await this.typeInto(this.body, text, options);
  }

  /** Press Enter in the body and type a new paragraph. */
  async newParagraph(text: string): Promise<void> {
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(text);
  }

  async bodyText(): Promise<string> {
    return shownText(this.body);
  }

  async fieldValue(field: Locator): Promise<string> {
    return field.inputValue();
  }

  /** Until everything typed is acknowledged by the store. */
  async waitSaved(timeout = 10_000): Promise<void> {
    await this.page.locator('[data-qalam="save-state"][data-state="saved"]').waitFor({ timeout });
  }

  async waitSaveFailed(timeout = 10_000): Promise<void> {
    await this.page.locator('[data-qalam="save-state"][data-state="failed"]').waitFor({ timeout });
  }
}

/** The shell around the article: language, theme, layout. */
export class ShellPage {
  constructor(readonly page: Page) {}

  get languageToggle(): Locator {
    return this.page.locator('[data-qalam="toggle-language"]');
  }
  get themeToggle(): Locator {
    return this.page.locator('[data-qalam="toggle-theme"]');
  }
  /** The top bar's button that shows or hides the library or the article details. */
  panelToggle(panel: 'library' | 'inspector'): Locator {
    return this.page.locator(`[data-qalam="toggle-${panel}"]`);
  }

  async htmlAttributes(): Promise<{ lang: string; dir: string; theme: string | undefined }> {
    return this.page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      theme: document.documentElement.dataset.theme,
    }));
  }

  /** The bundled faces the page has actually loaded (document.fonts), e.g. "Amiri 700". */
  async loadedFonts(): Promise<string[]> {
    return this.page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family.replace(/"/g, '')} ${f.weight}`);
    });
  }
}
