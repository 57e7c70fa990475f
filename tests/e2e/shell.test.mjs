// End-to-end tests of the app shell against the release build in dist/.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DESKTOP,
  MOBILE,
  openApp,
  screenshot,
  serveDist,
  seriousViolations,
  useServerAndBrowser,
  wasmExportName,
  watchPage,
} from './support.mjs';

const AREAS = [
  { slug: 'activities', heading: 'Activities' },
  { slug: 'proposal', heading: 'Proposal' },
  { slug: 'export', heading: 'Export & share' },
];

const env = useServerAndBrowser();

function assertHealthy(problems) {
  assert.deepEqual(problems.consoleErrors, [], 'console errors');
  assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(problems.cspViolations, [], 'Content-Security-Policy violations');
  assert.deepEqual(problems.foreignRequests, [], 'requests that leave this origin');
}

describe('security baseline', () => {
  test('index.html carries a strict CSP and no inline script', async () => {
    // Read the page as the browser parses it, before any script runs.
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.server.url);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.ok(csp, 'a CSP meta tag');
    const directives = Object.fromEntries(
      csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]),
    );
    assert.deepEqual(directives['default-src'], ["'none'"]);
    assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
    assert.ok(!/'unsafe-eval'|'unsafe-inline'|https?:|\*|data:/.test(csp), `no loosening in: ${csp}`);
    const inline = await page.$$eval('script', (scripts) =>
      scripts.filter((s) => !s.src || s.textContent.trim() !== '').map((s) => s.outerHTML),
    );
    assert.deepEqual(inline, [], 'every script is an external file');
    await context.close();
  });

  test('the app starts under that CSP with no errors, violations or foreign requests', async () => {
    const { context, page, watcher } = await env.newPage();
    await openApp(page, env.server.url);
    assert.equal(await page.locator('h1').textContent(), 'Activities');
    assertHealthy(await watcher.collect());
    await context.close();
  });
});

describe('hosting and failure', () => {
  test('the build runs unchanged under a sub-path of a static server', async () => {
    const nested = await serveDist({ base: '/wiki/tools/rolecase/' });
    try {
      const context = await env.browser.newContext({ viewport: DESKTOP });
      const page = await context.newPage();
      const watcher = await watchPage(page, new URL(nested.url).origin);
      await openApp(page, `${nested.url}#/proposal`);
      assert.equal(await page.locator('h1').textContent(), 'Proposal');
      assertHealthy(await watcher.collect());
      await context.close();
    } finally {
      await nested.close();
    }
  });

  test('if the app cannot load, the page says so instead of staying blank', async () => {
    const broken = await serveDist({ withhold: /\.wasm$/ });
    try {
      const context = await env.browser.newContext({ viewport: DESKTOP });
      const page = await context.newPage();
      await page.goto(broken.url);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.textContent(), /Rolecase could not start/);
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, 'load-failure-desktop');
      await context.close();
    } finally {
      await broken.close();
    }
  });
});

describe('error screen', () => {
  // The browser tests cause a real panic in a debug build, where the panic hook shows the screen
  // with the panic's message. In this release build a panic stops the wasm without running any
  // hook, and the screen comes from the browser's report of the trap: here a real one, made by
  // asking the app's wasm for an allocation no layout allows, which aborts like a panic does.
  for (const [label, viewport] of [['desktop', DESKTOP], ['mobile', MOBILE]]) {
    test(`a stopped app shows an accessible error screen that takes focus (${label})`, async () => {
      const { context, page } = await env.newPage({ viewport });
      await openApp(page, env.server.url);
      const malloc = await wasmExportName('__wbindgen_malloc');
      await page.evaluate(async (malloc) => {
        const script = document.querySelector('script[data-rolecase-js]');
        const { default: init } = await import(new URL(script.dataset.rolecaseJs, document.baseURI));
        const wasm = await init(); // already started: returns the running instance's exports
        setTimeout(() => wasm[malloc](8, 3)); // an alignment of 3 is no layout
      }, malloc);
      const dialog = page.getByRole('alertdialog', { name: 'Rolecase stopped working' });
      await dialog.waitFor();
      assert.equal(
        await page.evaluate(() => document.activeElement.textContent),
        'Reload Rolecase',
      );
      assert.match(await page.locator('#rolecase-fatal pre').textContent(), /^RuntimeError: unreachable/);
      assert.equal(await page.locator('#app[inert]').count(), 1, 'the stopped app cannot be used');
      assert.deepEqual(await seriousViolations(page, '#rolecase-fatal'), []);
      await screenshot(page, `panic-${label}`, { fullPage: false });
      await context.close();
    });
  }
});

describe('navigation', () => {
  test('each area has its own URL, title and current link', async () => {
    const { context, page, watcher } = await env.newPage();
    await openApp(page, env.server.url);
    for (const { slug, heading } of AREAS) {
      await page.getByRole('link', { name: heading }).click();
      await page.waitForURL(`**#/${slug}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      assert.equal(await page.title(), `${heading} · Rolecase`);
      const current = page.locator('nav a[aria-current="page"]');
      assert.equal(await current.count(), 1);
      assert.match(await current.textContent(), new RegExp(heading));
    }
    assertHealthy(await watcher.collect());
    await context.close();
  });

  test('back and forward move between areas, and a deep link opens its area', async () => {
    const { context, page, watcher } = await env.newPage();
    await openApp(page, `${env.server.url}#/export`);
    assert.equal(await page.locator('h1').textContent(), 'Export & share');
    await page.getByRole('link', { name: 'Proposal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Proposal' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Export & share' }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Proposal' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Proposal' }).waitFor();
    assertHealthy(await watcher.collect());
    await context.close();
  });

  test('the keyboard alone reaches every area, with a visible focus ring', async () => {
    const { context, page, watcher } = await env.newPage();
    await openApp(page, env.server.url);
    const focusedLink = async () =>
      page.evaluate(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        return {
          text: el.textContent,
          outline: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
        };
      });
    await page.keyboard.press('Tab');
    let focused = await focusedLink();
    assert.match(focused.text, /Activities/, 'the first stop is the first area link');
    assert.notEqual(focused.outline, 'none', 'the focused link shows a focus ring');
    assert.ok(focused.width >= 2, `focus ring is ${focused.width}px wide`);
    const ringInsideList = await page.evaluate(() => {
      const link = document.activeElement;
      const style = getComputedStyle(link);
      const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      const ring = link.getBoundingClientRect();
      const list = link.closest('ul').getBoundingClientRect();
      return (
        ring.top - reach >= list.top &&
        ring.bottom + reach <= list.bottom &&
        ring.left - reach >= list.left &&
        ring.right + reach <= list.right
      );
    });
    assert.ok(ringInsideList, 'the focus ring is not clipped by the scrolling nav list');
    await screenshot(page, 'keyboard-focus-desktop', { fullPage: false });
    await page.keyboard.press('Tab');
    focused = await focusedLink();
    assert.match(focused.text, /Proposal/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Proposal' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main-heading');
    assertHealthy(await watcher.collect());
    await context.close();
  });

  test('an unknown address shows a not-found page with the way back', async () => {
    const { context, page, watcher } = await env.newPage();
    await openApp(page, `${env.server.url}#/%3Cimg%20src%3Dx%3E`);
    assert.equal(await page.locator('h1').textContent(), 'Page not found');
    assert.equal(await page.locator('main code').textContent(), '<img src=x>');
    assert.equal(await page.locator('main img').count(), 0, 'the path is shown as text only');
    assert.deepEqual(await seriousViolations(page), []);
    await page.getByRole('link', { name: 'Go to your activities' }).click();
    await page.getByRole('heading', { level: 1, name: 'Activities' }).waitFor();
    assertHealthy(await watcher.collect());
    await context.close();
  });
});

describe('accessibility and layout', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no serious or critical violations (${colorScheme})`, async () => {
      const { context, page } = await env.newPage({ colorScheme });
      for (const { slug } of AREAS) {
        await openApp(page, `${env.server.url}#/${slug}`);
        assert.deepEqual(await seriousViolations(page), [], `${slug} in ${colorScheme}`);
      }
      await context.close();
    });
  }

  test('nothing overflows sideways from 360 px up', async () => {
    for (const width of [360, 390, 768, 1280]) {
      const { context, page } = await env.newPage({ viewport: { width, height: 800 } });
      for (const { slug } of AREAS) {
        await openApp(page, `${env.server.url}#/${slug}`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.ok(overflow <= 0, `${slug} at ${width}px overflows by ${overflow}px`);
      }
      await context.close();
    }
  });

  test('the dark theme follows the system setting', async () => {
    const background = async (colorScheme) => {
      const { context, page } = await env.newPage({ colorScheme });
      await openApp(page, env.server.url);
      const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await context.close();
      return color;
    };
    assert.notEqual(await background('dark'), await background('light'));
  });

  test('screenshots of every area at desktop and mobile widths', async () => {
    const shots = [
      ['desktop', DESKTOP, 'light'],
      ['mobile', MOBILE, 'light'],
      ['desktop-dark', DESKTOP, 'dark'],
    ];
    for (const [label, viewport, colorScheme] of shots) {
      const { context, page } = await env.newPage({ viewport, colorScheme });
      for (const { slug } of AREAS) {
        await openApp(page, `${env.server.url}#/${slug}`);
        await screenshot(page, `${slug}-${label}`);
      }
      await context.close();
    }
  });
});
