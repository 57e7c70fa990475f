// End-to-end: the proposal is written from what the user records, follows its settings, and
// lets any section be rewritten and reset.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MOBILE,
  openApp,
  screenshot,
  seriousViolations,
  useServerAndBrowser,
} from './support.mjs';

const env = useServerAndBrowser();

function proposalLink(page) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Proposal/ });
}

describe('proposal', () => {
  test('activities entered through the UI change the document at once', async () => {
    const { context, page, watcher } = await env.newPage();
    await openApp(page, env.server.url);
    await proposalLink(page).click();
    await page.getByRole('heading', { name: 'No proposal yet' }).waitFor();

    await page.goto(`${env.server.url}#/activities`);
    await page.getByRole('button', { name: 'Record an activity' }).click();
    const form = page.locator('form.editor');
    await form.getByLabel('Kind', { exact: true }).selectOption({ label: 'Conference talk' });
    await form.getByLabel('Title', { exact: true }).fill('Zero downtime with feature flags');
    await form.getByLabel('Date', { exact: true }).fill('2026-09-14');
    await form.getByLabel('Hours invested', { exact: true }).fill('24');
    await form.getByRole('button', { name: 'Add a number' }).click();
    await form.getByLabel('Number 1', { exact: true }).fill('310');
    await form.getByLabel('Unit 1', { exact: true }).fill('attendees');
    await form.getByRole('button', { name: 'Save activity' }).click();
    await page.getByRole('rowheader', { name: /Zero downtime/ }).waitFor();

    await proposalLink(page).click();
    const doc = page.locator('article.doc');
    await doc.getByText('1 activity from 14 Sep 2026: 24 hours in all.').waitFor();
    await doc.getByText(/310 attendees/).first().waitFor();
    const evidence = doc.getByRole('table', { name: 'Evidence, strongest first' });
    assert.match(await evidence.innerText(), /Zero downtime with feature flags/);

    // A second activity shows up without a reload.
    await page.goto(`${env.server.url}#/activities`);
    await page.getByRole('button', { name: 'Record an activity' }).click();
    await form.getByLabel('Kind', { exact: true }).selectOption({ label: 'Product feedback loop' });
    await form.getByLabel('Title', { exact: true }).fill('Carried webhook retry complaints to product');
    await form.getByLabel('Date', { exact: true }).fill('2026-10-02');
    await form.getByLabel('Hours invested', { exact: true }).fill('6');
    await form.getByRole('button', { name: 'Save activity' }).click();
    await page.getByRole('rowheader', { name: /webhook retry/ }).waitFor();
    await proposalLink(page).click();
    await doc.getByText('2 activities from 14 Sep 2026 to 2 Oct 2026: 30 hours in all.').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    const problems = await watcher.collect();
    assert.deepEqual(problems.cspViolations, []);
    await context.close();
  });

  test('settings shape the document, and a rewritten section can be reset', async () => {
    const { context, page } = await env.newPage();
    await openApp(page, env.server.url);
    await page.getByRole('button', { name: 'Explore a sample workspace' }).click();
    await page.getByText('You are exploring a sample workspace.').waitFor();
    await proposalLink(page).click();
    const doc = page.locator('article.doc');
    await doc.getByRole('heading', { name: 'Executive summary' }).waitFor();
    // The page draws the executive summary first and the other sections a frame later.
    await page.locator('article.doc:not([aria-busy])').waitFor();
    await screenshot(page, 'proposal-desktop');
    assert.deepEqual(await seriousViolations(page), []);

    // The reader changes the ask and the order of the sections.
    await page.getByLabel('Who will read it').selectOption({ label: 'Talent or HR' });
    await doc.getByText(/I am asking to define a Developer Advocate role within the engineering levels/).waitFor();
    const order = await doc.locator('.doc__section h3').allInnerTexts();
    assert.deepEqual(order.slice(0, 3), ['Executive summary', 'Role definition', 'Levels and performance review']);

    // One page drops the detail; a section left out disappears.
    const fullLength = (await doc.innerText()).length;
    await page.getByLabel('One page').check();
    await page.waitForFunction((before) => document.querySelector('article.doc').innerText.length < before, fullLength);
    await page.getByText('Sections and their order').click();
    await page.getByRole('checkbox', { name: 'Risks and boundaries' }).uncheck();
    await doc.getByRole('heading', { name: 'Risks and boundaries' }).waitFor({ state: 'detached' });

    // Moving a section keeps keyboard focus on the control that moved it.
    await page.getByRole('button', { name: 'Move “The asks” up' }).click();
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    assert.equal(focused, 'Move “The asks” up');

    // The title and share asked for reach the asks.
    await page.getByLabel('Title to ask for').selectOption({ label: 'Developer Relations Engineer' });
    await page.getByLabel('Share of the week to ask for (%)').fill('150');
    await page.getByLabel('Share of the week to ask for (%)').press('Tab');
    await page.getByText('The share is a percentage above 0 and at most 100.').waitFor();
    await page.getByLabel('Share of the week to ask for (%)').fill('40');
    await page.getByLabel('Share of the week to ask for (%)').press('Tab');
    // Still on one page, where the asks are short.
    await doc.getByText('Time: 40% of my 40-hour week, about 16 hours.').waitFor();
    await doc.getByText('Title: Developer Relations Engineer.').waitFor();

    // Rewrite a section, see it kept after a reload, then reset it.
    await doc.getByRole('button', { name: 'Edit “The asks”' }).click();
    const text = page.getByLabel('Your text for “The asks”');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'section-text');
    await text.fill('I ask for the title.\n\n- Time to do it well\n- A review that counts it');
    await page.reload();
    await page.getByLabel('Your text for “The asks”').waitFor();
    assert.match(await page.getByLabel('Your text for “The asks”').inputValue(), /Time to do it well/);
    await page.getByRole('button', { name: 'Save section' }).click();
    await doc.getByText('Time to do it well').waitFor();
    await doc.getByText('Your text').waitFor();
    await doc.getByRole('button', { name: 'Reset “The asks” to generated' }).click();
    await doc.getByText('Title: Developer Relations Engineer.').waitFor();
    assert.equal(await doc.getByText('Time to do it well').count(), 0);

    await page.getByLabel('Full').check();
    await page.setViewportSize(MOBILE);
    await screenshot(page, 'proposal-mobile');
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
  });

  test('charts have a text alternative and draw gaps without relying on colour', async () => {
    const { context, page } = await env.newPage({ colorScheme: 'dark' });
    await openApp(page, env.server.url);
    await page.getByRole('button', { name: 'Explore a sample workspace' }).click();
    await page.getByText('You are exploring a sample workspace.').waitFor();
    await proposalLink(page).click();
    const charts = page.getByRole('img');
    await charts.first().waitFor();
    await page.locator('article.doc:not([aria-busy])').waitFor();
    const names = await charts.evaluateAll((svgs) => svgs.map((svg) => ({
      name: svg.getAttribute('aria-label'),
      summary: document.getElementById(svg.getAttribute('aria-describedby'))?.textContent ?? '',
    })));
    assert.deepEqual(names.map((n) => n.name), [
      'Recorded hours by area',
      'Activities per quarter, last 8',
      'Activities by journey stage',
    ]);
    for (const { name, summary } of names) {
      assert.ok(summary.length > 20, `${name} has a summary: ${summary}`);
    }
    await screenshot(page, 'proposal-dark', { fullPage: false });
    await page.locator('.chart').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'proposal-dark-chart', { fullPage: false });
    await context.close();
  });
});
