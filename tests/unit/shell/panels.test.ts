import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DEFAULT_WISHES,
  dismissOverlay,
  layoutPanels,
  readPanels,
  roomFor,
  togglePanel,
  writePanels,
  type PanelWishes,
} from '../../../renderer/shell/panels';

const wide = roomFor(1440);
const laptop = roomFor(1024);
const halfScreen = roomFor(960);
const halfLaptop = roomFor(683);

test('the width alone: both panels on a wide screen, the inspector folds first, then the library', () => {
  assert.deepEqual(layoutPanels(DEFAULT_WISHES, roomFor(1366)), { library: 'in', inspector: 'in' });
  assert.deepEqual(layoutPanels(DEFAULT_WISHES, roomFor(1160)), { library: 'in', inspector: 'in' });
  assert.deepEqual(layoutPanels(DEFAULT_WISHES, laptop), { library: 'in', inspector: 'off' });
  assert.deepEqual(layoutPanels(DEFAULT_WISHES, halfScreen), { library: 'in', inspector: 'off' });
  assert.deepEqual(layoutPanels(DEFAULT_WISHES, halfLaptop), { library: 'off', inspector: 'off' });
});

test('a panel hidden on the wide screen stays hidden at every width, and comes back when shown', () => {
  const hidden = togglePanel(DEFAULT_WISHES, 'inspector', wide);
  assert.equal(hidden.inspector, 'closed');
  for (const room of [wide, laptop, halfLaptop]) assert.equal(layoutPanels(hidden, room).inspector, 'off');
  const shown = togglePanel(hidden, 'inspector', wide);
  assert.deepEqual(shown, DEFAULT_WISHES, 'shown again, it is left to the width again');
});

test('on a laptop, opening the inspector puts it in place of the library, and closing it gives the library back', () => {
  const opened = togglePanel(DEFAULT_WISHES, 'inspector', laptop);
  assert.deepEqual(opened, { library: 'auto', inspector: 'open' });
  assert.deepEqual(layoutPanels(opened, laptop), { library: 'off', inspector: 'in' });
  // On the wide screen both are there; back on the laptop the inspector is still open.
  assert.deepEqual(layoutPanels(opened, wide), { library: 'in', inspector: 'in' });
  const closed = togglePanel(opened, 'inspector', laptop);
  assert.deepEqual(closed, DEFAULT_WISHES, 'closing what the width had folded leaves it to the width');
  assert.deepEqual(layoutPanels(closed, laptop), { library: 'in', inspector: 'off' });
});

test('where one panel fits, opening the other one switches between them like tabs', () => {
  const inspector = togglePanel(DEFAULT_WISHES, 'inspector', halfScreen);
  const library = togglePanel(inspector, 'library', halfScreen);
  assert.deepEqual(library, { library: 'open', inspector: 'auto' });
  assert.deepEqual(layoutPanels(library, halfScreen), { library: 'in', inspector: 'off' });
});

test('hiding the library on a laptop hides it only: the folded inspector does not take its place', () => {
  const hidden = togglePanel(DEFAULT_WISHES, 'library', laptop);
  assert.deepEqual(hidden, { library: 'closed', inspector: 'auto' });
  assert.deepEqual(layoutPanels(hidden, laptop), { library: 'off', inspector: 'off' });
  assert.deepEqual(layoutPanels(hidden, wide), { library: 'off', inspector: 'in' });
});

test('with no room for a side column, an opened panel lies over the article and goes once it has served', () => {
  const opened = togglePanel(DEFAULT_WISHES, 'library', halfLaptop);
  assert.deepEqual(layoutPanels(opened, halfLaptop), { library: 'overlay', inspector: 'off' });
  const other = togglePanel(opened, 'inspector', halfLaptop);
  assert.deepEqual(layoutPanels(other, halfLaptop), { library: 'off', inspector: 'overlay' }, 'one overlay at a time');
  assert.deepEqual(dismissOverlay(opened, 'library', halfLaptop), DEFAULT_WISHES);
  // In place, a chosen article does not close the library.
  assert.equal(dismissOverlay(opened, 'library', laptop), opened);
});

test('with no article open, the library shows at every width: there is nothing to make room for', () => {
  assert.deepEqual(layoutPanels(DEFAULT_WISHES, halfLaptop, 'home'), { library: 'in', inspector: 'off' });
  assert.deepEqual(layoutPanels({ library: 'open', inspector: 'auto' }, halfLaptop, 'home'), { library: 'in', inspector: 'off' });
  const hidden = togglePanel(DEFAULT_WISHES, 'library', halfLaptop, 'home');
  assert.equal(layoutPanels(hidden, halfLaptop, 'home').library, 'off');
});

test('history, settings and the library’s page have no details: not shown, their button changes no wish, and the library keeps the room the details would have taken', () => {
  assert.deepEqual(layoutPanels(DEFAULT_WISHES, wide, 'noDetails'), { library: 'in', inspector: 'off' });
  assert.deepEqual(layoutPanels(DEFAULT_WISHES, wide, 'home'), { library: 'in', inspector: 'off' }, 'nor has the library’s page');
  const opened = togglePanel(DEFAULT_WISHES, 'inspector', laptop);
  assert.equal(opened.inspector, 'open');
  assert.deepEqual(layoutPanels(opened, laptop, 'noDetails'), { library: 'in', inspector: 'off' });
  assert.equal(togglePanel(opened, 'inspector', laptop, 'noDetails'), opened, 'the remembered wish untouched');
  assert.deepEqual(layoutPanels(opened, laptop), { library: 'off', inspector: 'in' }, 'back on the article, as left');
});

test('every toggle flips what is on screen, whatever the wishes and the width', () => {
  const wishes: PanelWishes['library'][] = ['auto', 'open', 'closed'];
  for (const library of wishes) {
    for (const inspector of wishes) {
      for (const room of [0, 1, 2] as const) {
        for (const screen of ['article', 'home', 'noDetails'] as const) {
          for (const panel of ['library', 'inspector'] as const) {
            if (screen !== 'article' && panel === 'inspector') continue;
            const before = layoutPanels({ library, inspector }, room, screen)[panel] !== 'off';
            const after = layoutPanels(togglePanel({ library, inspector }, panel, room, screen), room, screen)[panel] !== 'off';
            assert.equal(after, !before, `${panel} in ${JSON.stringify({ library, inspector, room, screen })}`);
          }
        }
      }
    }
  }
});

test('the wishes survive in storage; anything else there reads as the defaults', () => {
  const store = new Map<string, string>();
  const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
  assert.deepEqual(readPanels(storage), DEFAULT_WISHES);
  writePanels(storage, { library: 'closed', inspector: 'open' });
  assert.deepEqual(readPanels(storage), { library: 'closed', inspector: 'open' });
  store.set('qalam.panels', '{"library":"sideways","inspector":3}');
  assert.deepEqual(readPanels(storage), DEFAULT_WISHES);
  store.set('qalam.panels', 'not json');
  assert.deepEqual(readPanels(storage), DEFAULT_WISHES);
  assert.deepEqual(readPanels(undefined), DEFAULT_WISHES);
  writePanels({ setItem: () => { throw new Error('QuotaExceededError'); } }, DEFAULT_WISHES);
});
