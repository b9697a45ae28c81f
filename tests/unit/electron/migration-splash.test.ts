// The "preparing your library" window: shown at once when a long migration is pending,
// its line and bar (and the taskbar's) follow the worker's reports, and it gives way to
// the editor window once that is on screen. Fake windows; the real bundle is driven in
// main-migration.test.ts.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, test } from 'node:test';
import { QalamError } from '../../../electron/common/errors';
import type { MigrationProgress, PendingMigrations } from '../../../electron/common/migration-progress';
import {
  handOver,
  openMigrationSplash,
  prepareLibrary,
  splashPage,
  splashUpdateScript,
  type MigrationSplash,
  type SplashWindow,
} from '../../../electron/main/migration-splash';

class FakeSplashWindow extends EventEmitter implements SplashWindow {
  loaded: string[] = [];
  visible = false;
  destroyed = false;
  progress: number[] = [];
  scripts: string[] = [];
  constructor(readonly options: Record<string, unknown>) {
    super();
  }
  readonly webContents = {
    executeJavaScript: async (code: string) => void this.scripts.push(code),
  };
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
  show(): void {
    this.visible = true;
  }
  close(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setProgressBar(value: number): void {
    this.progress.push(value);
  }
}

/** A report of a run of the re-index (three quarters of the bar) and the recount. */
const step = (name: string, step: number, done: number, total: number): MigrationProgress => ({
  name,
  version: 3 + step,
  step,
  steps: 2,
  start: step === 1 ? 0 : 0.75,
  span: step === 1 ? 0.75 : 0.25,
  done,
  total,
});
const PENDING: PendingMigrations = { from: 3, to: 5, migrations: ['clitic-search', 'recount-words'], articles: 20_000, reworksArticles: true };

function open(lang: 'ar' | 'en' = 'ar', digits?: 'arab' | 'latn') {
  let win: FakeSplashWindow | undefined;
  const splash = openMigrationSplash({
    createWindow: (options) => (win = new FakeSplashWindow(options as Record<string, unknown>)),
    lang,
    ...(digits ? { digits } : {}),
    dark: false,
    firstMigration: 'clitic-search',
  });
  return { splash, win: win! };
}

/** The page's text as a person reads it (the data: URL decoded, tags dropped). */
const pageText = (url: string) => decodeURIComponent(url.replace(/^data:text\/html;charset=utf-8,/, '')).replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');

describe('the splash window', () => {
  test('opens at once, small and not resizable, with the Arabic sentence at ٠٪ and the taskbar bar at 0; shown once painted', () => {
    const { win } = open();
    assert.equal(win.options.width, 460);
    assert.equal(win.options.resizable, false);
    assert.equal(win.options.show, false);
    assert.equal((win.options.webPreferences as { sandbox: boolean }).sandbox, true);
    assert.equal((win.options.webPreferences as { preload?: string }).preload, undefined, 'no preload: main writes into it');
    const text = pageText(win.loaded[0]!);
    assert.match(text, /نجهّز مكتبتك لبحث أدقّ… ٠٪/);
    assert.match(text, /مقالاتك في أمان/);
    assert.match(decodeURIComponent(win.loaded[0]!), /dir="rtl"/);
    assert.deepEqual(win.progress, [0]);
    assert.equal(win.visible, false);
    win.emit('ready-to-show');
    assert.equal(win.visible, true);
  });

  test('follows the reports: the step’s sentence, the whole run’s percent in Arabic digits, the taskbar’s fraction', () => {
    const { splash, win } = open();
    splash.update(step('clitic-search', 1, 0, 10_000));
    splash.update(step('clitic-search', 1, 5_000, 10_000));
    splash.update(step('recount-words', 2, 10_000, 20_000));
    assert.deepEqual(win.progress, [0, 0.375, 0.875]);
    assert.equal(win.scripts.length, 2, 'the first report changes nothing on screen, so nothing is sent');
    assert.equal(win.scripts[0], splashUpdateScript('نجهّز مكتبتك لبحث أدقّ… ٣٧٪', 0.375));
    assert.equal(win.scripts[1], splashUpdateScript('نعيد عدّ كلمات المقالات… ٨٧٪', 0.875));
  });

  test('a batch too small to move the percent is not sent again', () => {
    const { splash, win } = open();
    splash.update(step('clitic-search', 1, 500, 100_000));
    splash.update(step('clitic-search', 1, 1_000, 100_000));
    assert.equal(win.scripts.length, 0, '0.375% and 0.75% both read ٠٪');
    assert.deepEqual(win.progress, [0]);
  });

  test('in English, and in the digits the person chose', () => {
    const { splash, win } = open('en');
    assert.match(pageText(win.loaded[0]!), /Preparing your library for more precise search… 0%/);
    assert.match(decodeURIComponent(win.loaded[0]!), /dir="ltr"/);
    splash.update(step('clitic-search', 1, 1, 2));
    assert.equal(win.scripts[0], splashUpdateScript('Preparing your library for more precise search… 37%', 0.375));
    const latin = open('ar', 'latn');
    latin.splash.update(step('clitic-search', 1, 1, 2));
    assert.equal(latin.win.scripts[0], splashUpdateScript('نجهّز مكتبتك لبحث أدقّ… 37٪', 0.375));
  });

  test('closing clears the taskbar bar; later reports and closes do nothing', () => {
    const { splash, win } = open();
    splash.close();
    splash.update(step('clitic-search', 1, 1, 2));
    splash.close();
    assert.equal(win.destroyed, true);
    assert.deepEqual(win.progress, [0, -1]);
    assert.deepEqual(win.scripts, []);
  });

  test('the update script carries text as a JSON string, never as markup', () => {
    const script = splashUpdateScript('</p><img src=x onerror=alert(1)>', 0.5);
    assert.match(script, /textContent = "<\/p><img src=x onerror=alert\(1\)>"/);
    assert.doesNotMatch(splashPage('ar', false, '<b>x</b>'), /<b>x<\/b>/);
  });
});

describe('preparing the library before the services open it', () => {
  function recorder(pending: PendingMigrations | undefined, migrate: (report: (p: MigrationProgress) => void) => Promise<void>) {
    const events: string[] = [];
    const splash: MigrationSplash = {
      update: (p) => void events.push(`update ${p.name} ${p.done}/${p.total}`),
      close: () => void events.push('close'),
    };
    const run = prepareLibrary({
      pending: () => pending,
      migrate: (report) => {
        events.push('migrate');
        return migrate(report);
      },
      isWorkerUnavailable: (e) => e instanceof Error && e.name === 'Unavailable',
      openSplash: (p) => {
        events.push(`splash ${p.articles}`);
        return splash;
      },
      warn: (m) => void events.push(`warn ${m}`),
    });
    return { events, run, splash };
  }

  test('a long migration: the splash first, then the worker, whose reports reach the splash; the splash stays up for the hand-over, the file already checked', async () => {
    const { events, run, splash } = recorder(PENDING, async (report) => {
      report(step('clitic-search', 1, 0, 2));
      report(step('clitic-search', 1, 2, 2));
    });
    assert.deepEqual(await run, { splash, checked: true });
    assert.deepEqual(events, ['splash 20000', 'migrate', 'update clitic-search 0/2', 'update clitic-search 2/2']);
  });

  test('nothing pending, or a small library, or only schema steps: no splash and no worker', async () => {
    for (const pending of [undefined, { ...PENDING, articles: 40 }, { ...PENDING, reworksArticles: false }]) {
      const { events, run } = recorder(pending, async () => undefined);
      assert.equal(await run, undefined);
      assert.deepEqual(events, []);
    }
  });

  test('a failed migration closes the splash and throws its error for the dialog', async () => {
    const failure = new QalamError('migration_failed', 'clitic-search (v3 → v4): bad JSON');
    const { events, run } = recorder(PENDING, async () => {
      throw failure;
    });
    await assert.rejects(run, failure);
    assert.deepEqual(events, ['splash 20000', 'migrate', 'close']);
  });

  test('a worker that cannot run leaves the splash up and the migration to the ordinary open', async () => {
    const { events, run, splash } = recorder(PENDING, async () => {
      throw Object.assign(new Error('no migrate worker at /x'), { name: 'Unavailable' });
    });
    assert.deepEqual(await run, { splash, checked: false }, 'the ordinary open checks the file then');
    assert.deepEqual(events, ['splash 20000', 'migrate', 'warn qalam: migrating in place, the worker could not run: no migrate worker at /x']);
  });
});

describe('handing over to the editor window', () => {
  const closes = () => {
    let n = 0;
    return { splash: { update: () => undefined, close: () => void n++ }, count: () => n };
  };

  test('the splash goes when the editor window shows, not before', () => {
    const { splash, count } = closes();
    const editor = Object.assign(new EventEmitter(), { isVisible: () => false });
    handOver(splash, editor);
    assert.equal(count(), 0);
    editor.emit('show');
    assert.equal(count(), 1);
  });

  test('at once when it already shows; and if it closes unshown, the splash goes with it', () => {
    const shown = closes();
    handOver(shown.splash, Object.assign(new EventEmitter(), { isVisible: () => true }));
    assert.equal(shown.count(), 1);
    const gone = closes();
    const editor = Object.assign(new EventEmitter(), { isVisible: () => false });
    handOver(gone.splash, editor);
    editor.emit('closed');
    assert.equal(gone.count(), 1);
  });
});
