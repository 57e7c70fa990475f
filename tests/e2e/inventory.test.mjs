// End-to-end: recording activities through the UI, and finding them again after a reload.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DESKTOP,
  ROOT,
  MOBILE,
  openApp,
  screenshot,
  seriousViolations,
  useServerAndBrowser,
  waitForCount,
} from './support.mjs';

const env = useServerAndBrowser();

async function form_save(page) {
  await page.locator('form.editor').getByRole('button', { name: 'Save activity' }).click();
}

/** The open activity form; labels are looked up inside it only, and exactly. */
function editor(page) {
  const form = page.locator('form.editor');
  return { form, field: (label) => form.getByLabel(label, { exact: true }) };
}

async function record(page, { kind, title, date, hours, number, unit }) {
  await page.getByRole('button', { name: 'Record an activity' }).click();
  const { field } = editor(page);
  await field('Kind').selectOption({ label: kind });
  await field('Title').fill(title);
  await field('Date').fill(date);
  await field('Hours invested').fill(hours);
  if (number) {
    await page.getByRole('button', { name: 'Add a number' }).click();
    await field('Number 1').fill(number);
    await field('Unit 1').fill(unit);
  }
  await page.getByRole('button', { name: 'Save activity' }).click();
  await page.getByRole('rowheader', { name: new RegExp(title) }).waitFor();
}

/**
 * A stored workspace of `count` meetup talks, one a day from 1 January 2026, titled "Webhooks
 * talk N" for every third and "Retries talk N" otherwise, with a fixture's profile.
 */
async function storedTalks(count) {
  const fixture = JSON.parse(await readFile(join(ROOT, 'tests/fixtures/proposal-evangelist.json'), 'utf8'));
  const activities = Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    kind: 'meetup-talk',
    title: `${i % 3 === 0 ? 'Webhooks' : 'Retries'} talk ${i + 1}`,
    dates: { start: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10) },
    hours: 2,
    stages: ['discover'],
    metrics: [],
    status: { state: 'done' },
  }));
  const workspace = { ...fixture.workspace, activities, next_id: count + 1 };
  return JSON.stringify({ ...fixture, workspace });
}

/**
 * Lists in `window.__workspaceReads` each read of the stored workspace in the context's pages:
 * `true` when boot.js made it (the reading call's stack names it).
 */
async function recordWorkspaceReads(context) {
  await context.addInitScript(() => {
    const getItem = Storage.prototype.getItem;
    window.__workspaceReads = [];
    Storage.prototype.getItem = function (key) {
      if (key === 'rolecase.workspace') window.__workspaceReads.push(/boot\.js/.test(new Error().stack));
      return getItem.call(this, key);
    };
  });
}

describe('activity inventory', () => {
  test('a new user adds three activities through the UI, reloads, and finds them all', async () => {
    const { context, page, watcher } = await env.newPage();
    await openApp(page, env.server.url);
    await page.getByRole('heading', { name: 'Which of these have you already done?' }).waitFor();
    await screenshot(page, 'first-run-desktop');
    await page.setViewportSize(MOBILE);
    await screenshot(page, 'first-run-mobile');
    await page.setViewportSize(DESKTOP);

    await record(page, {
      kind: 'Conference talk', title: 'Idempotency keys, explained', date: '2025-10-02',
      hours: '30', number: '1,800', unit: 'attendees',
    });
    await record(page, { kind: 'Blog post', title: 'Typed errors in Rust', date: '2026-02-01', hours: '4.5' });
    await record(page, {
      kind: 'Answering developer questions', title: 'Forum duty, January', date: '2026-01-31',
      hours: '12', number: '85', unit: 'questions answered',
    });
    await page.getByText('3 activities · 46.5 hours · 2 Oct 2025 to 1 Feb 2026').waitFor();
    await page.getByText('Saved in this browser').waitFor();
    await screenshot(page, 'activities-list-desktop');

    await page.reload();
    await page.getByText('3 activities · 46.5 hours').waitFor();
    const titles = await page.locator('.activity-row__name').allTextContents();
    assert.deepEqual(titles, ['Typed errors in Rust', 'Forum duty, January', 'Idempotency keys, explained']);
    assert.match(await page.locator('tbody').textContent(), /1,800 attendees \(unverified\)/);

    const problems = await watcher.collect();
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.cspViolations, []);
    assert.deepEqual(await seriousViolations(page), []);

    await page.setViewportSize(MOBILE);
    await screenshot(page, 'activities-list-mobile');
    await context.close();
  });

  test('an invalid entry keeps what was typed and says what to fix', async () => {
    const { context, page } = await env.newPage();
    await openApp(page, env.server.url);
    await page.getByRole('button', { name: 'Record an activity' }).click();
    const { field } = editor(page);
    await field('Title').fill('Workshop <b>draft</b>');
    await field('Hours invested').fill('1,5');
    await field('Evidence links').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Save activity' }).click();

    const summary = page.getByRole('alert');
    await summary.waitFor();
    assert.match(await summary.textContent(), /Fix these 2 things before saving/);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'activity-errors');
    assert.equal(await field('Title').inputValue(), 'Workshop <b>draft</b>', 'nothing typed is lost');
    assert.equal(await field('Hours invested').getAttribute('aria-invalid'), 'true');
    assert.match(
      await page.locator('#activity-hours-error').textContent(),
      /not a number/,
    );
    assert.equal(await page.locator('.activity-table').count(), 0, 'nothing was saved');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'activity-editor-errors-desktop');
    await page.setViewportSize(MOBILE);
    await screenshot(page, 'activity-editor-errors-mobile');

    await field('End date').click();
    await page.keyboard.type('03');
    await form_save(page);
    await page.getByText('The end date is not complete: finish it or clear it.').first().waitFor();
    await field('End date').fill('');
    await field('Hours invested').fill('1.5');
    await field('Evidence links').fill('https://example.com/workshop');
    await page.getByRole('button', { name: 'Save activity' }).click();
    await page.getByRole('rowheader', { name: /Workshop <b>draft<\/b>/ }).waitFor();
    await context.close();
  });

  test('delete, then undo with the keyboard shortcut and the button', async () => {
    const { context, page } = await env.newPage();
    await openApp(page, env.server.url);
    await record(page, { kind: 'Video', title: 'Five-minute idempotency', date: '2026-03-01', hours: '6' });
    await page.getByRole('button', { name: 'Delete “Five-minute idempotency”' }).click();
    await page.getByText('Deleted 1 activity.').waitFor();
    await page.getByRole('heading', { name: 'Which of these have you already done?' }).waitFor();

    await page.locator('body').press('Control+z');
    await page.getByRole('rowheader', { name: /Five-minute idempotency/ }).waitFor();
    await page.locator('body').press('Control+Shift+z');
    await page.getByRole('heading', { name: 'Which of these have you already done?' }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('rowheader', { name: /Five-minute idempotency/ }).waitFor();
    await context.close();
  });

  test('ticked kinds become drafts, and completing one saves it in one step', async () => {
    const { context, page } = await env.newPage();
    await openApp(page, env.server.url);
    await page.getByLabel('Meetup talk').check();
    await page.getByLabel('Sample app').check();
    await page.getByRole('button', { name: 'Add 2 drafts to complete' }).click();
    await page.getByRole('heading', { name: 'To complete: 2 drafts' }).waitFor();

    await page.getByRole('button', { name: 'Complete “Meetup talk (untitled)”' }).click();
    const { field } = editor(page);
    assert.equal(await field('Kind').inputValue(), 'meetup-talk');
    await field('Title').fill('Rust error handling at the Leeds meetup');
    await page.getByRole('button', { name: 'Keep as draft' }).click();
    await page.getByRole('button', { name: 'Complete “Rust error handling at the Leeds meetup”' }).click();
    await field('Hours invested').fill('8');
    await page.getByRole('button', { name: 'Save activity' }).click();
    await page.getByRole('rowheader', { name: /Rust error handling at the Leeds meetup/ }).waitFor();
    await page.getByRole('heading', { name: 'To complete: 1 draft' }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
  });

  test('the sample workspace can be explored and cleared again', async () => {
    const { context, page } = await env.newPage();
    await openApp(page, env.server.url);
    await page.getByRole('button', { name: 'Explore a sample workspace' }).click();
    await page.getByText('You are exploring a sample workspace.').waitFor();
    assert.equal(await waitForCount(page, '.activity-row', 17), 17);
    await page.getByLabel('Group', { exact: true }).selectOption({ label: 'Writing' });
    const writing = await page.locator('.activity-row').count();
    assert.ok(writing > 0 && writing < 17, `${writing} writing activities`);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Select “', { exact: false }).first().check();
    await page.getByLabel('Select “', { exact: false }).nth(1).check();
    await page.getByRole('button', { name: 'Delete 2 activities selected' }).click();
    assert.equal(await waitForCount(page, '.activity-row', 15), 15);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'sample-desktop');
    await page.setViewportSize(MOBILE);
    await screenshot(page, 'sample-mobile');
    await page.getByRole('button', { name: 'Clear the sample' }).click();
    await page.getByRole('heading', { name: 'Which of these have you already done?' }).waitFor();
    await context.close();
  });

  test('a kind of the user\'s own can be added from the editor and is kept', async () => {
    const { context, page } = await env.newPage({ viewport: MOBILE });
    await openApp(page, env.server.url);
    await page.getByRole('button', { name: 'Record an activity' }).click();
    const { form, field } = editor(page);
    await form.getByText('Not in the list? Add your own kind').click();
    await field('Name of the kind').fill('Internal hack week');
    await form.getByLabel('Group', { exact: true }).selectOption({ label: 'Culture' });
    await form.getByRole('button', { name: 'Add this kind' }).click();
    await page.getByText('Added the kind “Internal hack week”.').waitFor();
    assert.equal(await field('Kind').inputValue(), 'custom-1');
    await field('Title').fill('Hack week: docs linter (Łódź)');
    await field('Hours invested').fill('20');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `the open editor overflows by ${overflow}px on a phone`);
    await screenshot(page, 'activity-editor-mobile');
    await form.getByRole('button', { name: 'Save activity' }).click();
    await page.getByRole('rowheader', { name: /Hack week: docs linter \(Łódź\).*Internal hack week/ }).waitFor();
    // Stored with Ł and ź escaped (ó is Latin-1), so the browser keeps the text at a byte a
    // character...
    await page.waitForFunction(() => localStorage.getItem('rolecase.workspace')?.includes('\\u0141\u00f3d\\u017a'));
    assert.ok(
      await page.evaluate(() => [...localStorage.getItem('rolecase.workspace')].every((c) => c.charCodeAt(0) <= 0xff)),
      'the stored workspace has no character beyond Latin-1',
    );
    // ...and read back as typed, through boot.js's early read.
    await page.reload();
    await page.getByRole('rowheader', { name: /Hack week: docs linter \(Łódź\).*Internal hack week/ }).waitFor();
    await context.close();
  });

  test('a workspace stored in another script opens with every character as typed', async () => {
    // Mostly Japanese, so its UTF-8 is larger than the first guess at its size: the app takes
    // the text boot.js read in more than one part.
    const title = (n) => `${'開発者向けの長いチュートリアル'.repeat(6)} 🚀 ${n}`;
    const stored = JSON.parse(await storedTalks(40));
    stored.workspace.activities.forEach((activity, i) => (activity.title = title(i + 1)));
    const origin = new URL(env.server.url).origin;
    const { context, page } = await env.newPage({
      storageState: { cookies: [], origins: [{ origin, localStorage: [{ name: 'rolecase.workspace', value: JSON.stringify(stored) }] }] },
    });
    await recordWorkspaceReads(context);
    await openApp(page, env.server.url);
    await waitForCount(page, '.activity-row', 40);
    assert.deepEqual(
      await page.locator('.activity-row__name').allTextContents(),
      Array.from({ length: 40 }, (_, i) => title(40 - i)),
    );
    // The text came through boot.js's early read, which is what takes it in parts.
    assert.deepEqual(await page.evaluate(() => window.__workspaceReads), [true]);
    await context.close();
  });

  test('a long list draws a screenful at once, the rest once typing pauses, and keeps its rows in place', async () => {
    const origin = new URL(env.server.url).origin;
    const stored = await storedTalks(120);
    const { context, page, watcher } = await env.newPage({
      storageState: { cookies: [], origins: [{ origin, localStorage: [{ name: 'rolecase.workspace', value: stored }] }] },
    });
    await recordWorkspaceReads(context);
    await openApp(page, env.server.url);
    // Every row of the first page arrives without the user doing anything.
    await waitForCount(page, '.activity-row', 50);
    // The stored text was read once, by boot.js while the app downloaded (the reading call's
    // stack names it); the app took it and let it go.
    assert.deepEqual(
      await page.evaluate(() => [window.__workspaceReads, 'rolecaseEarlyRead' in globalThis]),
      [[true], false],
    );
    await page.getByRole('button', { name: 'Show 50 more (70 not shown)' }).waitFor();
    const names = () => page.locator('.activity-row__name').allTextContents();
    assert.equal((await names())[0], 'Retries talk 120', 'newest first');

    // Each keystroke updates the list at once: the first rows match as soon as the key is handled.
    const search = page.getByLabel('Search', { exact: true });
    await search.focus();
    await page.keyboard.press('w');
    assert.equal(await page.locator('.activity-row__name').first().textContent(), 'Webhooks talk 118');
    await waitForCount(page, '.activity-row', 40);
    assert.ok((await names()).every((name) => name.startsWith('Webhooks')), 'only matching rows');
    await page.keyboard.press('Backspace');
    assert.equal(await page.locator('.activity-row__name').first().textContent(), 'Retries talk 120');
    await waitForCount(page, '.activity-row', 50);

    // A key draws the rows its first screen shows at once; the rest wait until the box has been
    // still for a moment (150 ms), so that drawing them never holds up the next key. That holds
    // for the first key after the list has filled too. Rows are told apart by the task that
    // drew them, and the later ones are held to a lower bound on time only, so a slow machine
    // cannot fail this.
    await page.evaluate(() => {
      window.__rowsDrawn = [];
      let inKeyTask = false;
      new MutationObserver((changes) => {
        const now = performance.now();
        for (const change of changes) {
          for (const node of change.addedNodes) {
            if (node.classList?.contains('activity-row')) window.__rowsDrawn.push({ now, inKeyTask });
          }
        }
      }).observe(document.querySelector('table.activity-table tbody'), { childList: true });
      addEventListener(
        'input',
        () => {
          window.__keyAt = performance.now();
          inKeyTask = true;
          setTimeout(() => (inKeyTask = false));
        },
        { capture: true, once: true },
      );
    });
    await page.keyboard.press('w');
    await waitForCount(page, '.activity-row', 40);
    const [keyAt, drawn] = await page.evaluate(() => [window.__keyAt, window.__rowsDrawn]);
    const withTheKey = drawn.filter((row) => row.inKeyTask);
    assert.equal(withTheKey.length, 5, 'the key draws a first screen of rows it had not drawn');
    const tooSoon = drawn.filter((row) => !row.inKeyTask && row.now - keyAt < 140);
    assert.deepEqual(tooSoon, [], 'the rest waits for the pause');
    await page.keyboard.press('Backspace');
    await waitForCount(page, '.activity-row', 50);

    // Rows are the same elements across changes: duplicating the 30th keeps focus on its button.
    const thirtieth = (await names())[29];
    const duplicate = await page.getByRole('button', { name: `Duplicate \u201c${thirtieth}\u201d` }).elementHandle();
    await duplicate.focus();
    await page.keyboard.press('Enter');
    await page.getByText('121 activities · ').waitFor();
    assert.ok(await duplicate.evaluate((button) => button.isConnected && button === document.activeElement));
    await waitForCount(page, '.activity-row', 50);

    // Rows coming back above the focused one (undoing a delete of more rows than one frame
    // draws) leave it where it is: rows already drawn are never dropped for a frame.
    for (const checkbox of (await page.locator('tbody .activity-row__select input').all()).slice(0, 7)) {
      await checkbox.check();
    }
    await page.getByRole('button', { name: 'Delete 7 activities selected' }).click();
    await page.getByText('114 activities · ').waitFor();
    await waitForCount(page, '.activity-row', 50);
    const twentieth = (await names())[19];
    const edit = await page.getByRole('button', { name: `Edit \u201c${twentieth}\u201d` }).elementHandle();
    await edit.focus();
    await page.keyboard.press('Control+z');
    await page.getByText('121 activities · ').waitFor();
    assert.ok(await edit.evaluate((button) => button.isConnected && button === document.activeElement));
    await waitForCount(page, '.activity-row', 50);

    // Show more draws the next page of rows the same way.
    await page.getByRole('button', { name: 'Show 50 more (71 not shown)' }).click();
    await waitForCount(page, '.activity-row', 100);

    const problems = await watcher.collect();
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
  });

  test('a half-filled form survives moving to another area and reloading', async () => {
    const { context, page } = await env.newPage();
    await openApp(page, env.server.url);
    await page.getByRole('button', { name: 'Record an activity' }).click();
    await editor(page).field('Title').fill('Half-written workshop notes');
    await page.getByRole('link', { name: 'Proposal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Proposal' }).waitFor();
    await page.getByRole('link', { name: 'Activities', exact: true }).click();
    await page.getByText('Restored the form you had not finished.').waitFor();
    assert.equal(await editor(page).field('Title').inputValue(), 'Half-written workshop notes');
    await page.reload();
    await page.getByText('Restored the form you had not finished.').waitFor();
    assert.equal(await editor(page).field('Title').inputValue(), 'Half-written workshop notes');
    await editor(page).form.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(
      await page.evaluate(() => document.activeElement.id),
      'record-activity',
      'focus returns to the button that opened the form',
    );
    await page.reload();
    await page.locator('h1#main-heading').waitFor();
    assert.equal(await page.locator('form.editor').count(), 0, 'a cancelled form stays closed');
    await context.close();
  });
});
