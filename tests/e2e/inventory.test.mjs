// End-to-end: recording activities through the UI, and finding them again after a reload.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { DESKTOP, MOBILE, launchChromium, openApp, screenshot, serveDist, watchPage } from './support.mjs';

let browser;
let server;

before(async () => {
  server = await serveDist();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function seriousViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
}

async function record(page, { kind, title, date, hours, number, unit }) {
  await page.getByRole('button', { name: 'Record an activity' }).click();
  await page.getByLabel('Kind').selectOption({ label: kind });
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Date', { exact: true }).fill(date);
  await page.getByLabel('Hours invested').fill(hours);
  if (number) {
    await page.getByRole('button', { name: 'Add a number' }).click();
    await page.getByLabel('Number 1', { exact: true }).fill(number);
    await page.getByLabel('Unit 1', { exact: true }).fill(unit);
  }
  await page.getByRole('button', { name: 'Save activity' }).click();
  await page.getByRole('rowheader', { name: new RegExp(title) }).waitFor();
}

describe('activity inventory', () => {
  test('a new user adds three activities through the UI, reloads, and finds them all', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const watcher = await watchPage(page, new URL(server.url).origin);
    await openApp(page, server.url);
    await page.getByRole('heading', { name: 'Nothing recorded yet' }).waitFor();

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
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Record an activity' }).click();
    await page.getByLabel('Title').fill('Workshop <b>draft</b>');
    await page.getByLabel('Hours invested').fill('1,5');
    await page.getByLabel('Evidence links').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Save activity' }).click();

    const summary = page.getByRole('alert');
    await summary.waitFor();
    assert.match(await summary.textContent(), /Fix these 2 things before saving/);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'activity-errors');
    assert.equal(await page.getByLabel('Title').inputValue(), 'Workshop <b>draft</b>', 'nothing typed is lost');
    assert.equal(await page.getByLabel('Hours invested').getAttribute('aria-invalid'), 'true');
    assert.match(
      await page.locator('#activity-hours-error').textContent(),
      /not a number/,
    );
    assert.equal(await page.locator('.activity-table').count(), 0, 'nothing was saved');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'activity-editor-errors-desktop');
    await page.setViewportSize(MOBILE);
    await screenshot(page, 'activity-editor-errors-mobile');

    await page.getByLabel('Hours invested').fill('1.5');
    await page.getByLabel('Evidence links').fill('https://example.com/workshop');
    await page.getByRole('button', { name: 'Save activity' }).click();
    await page.getByRole('rowheader', { name: /Workshop <b>draft<\/b>/ }).waitFor();
    await context.close();
  });

  test('delete, then undo with the keyboard shortcut and the button', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await openApp(page, server.url);
    await record(page, { kind: 'Video', title: 'Five-minute idempotency', date: '2026-03-01', hours: '6' });
    await page.getByRole('button', { name: 'Delete “Five-minute idempotency”' }).click();
    await page.getByText('Deleted 1 activity.').waitFor();
    await page.getByRole('heading', { name: 'Nothing recorded yet' }).waitFor();

    await page.locator('body').press('Control+z');
    await page.getByRole('rowheader', { name: /Five-minute idempotency/ }).waitFor();
    await page.locator('body').press('Control+Shift+z');
    await page.getByRole('heading', { name: 'Nothing recorded yet' }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('rowheader', { name: /Five-minute idempotency/ }).waitFor();
    await context.close();
  });
});
