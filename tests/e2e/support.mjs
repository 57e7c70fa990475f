// Shared helpers for the end-to-end tests: a loopback static server for dist/, the system
// Chromium, and a watcher that records console errors, page errors and CSP violations.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = process.env.ROLECASE_DIST ?? join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'artifacts');

/**
 * The name the release build's wasm exports `name` under: the build shortens export names
 * (scripts/short-names.mjs) and keeps the list of old and new names in wasm-names.json in
 * cargo's target folder (scripts/shrink-release.sh).
 */
export async function wasmExportName(name) {
  const target = resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target');
  const { exports } = JSON.parse(await readFile(join(target, 'wasm-names.json'), 'utf8'));
  const found = exports.find(([old]) => old === name);
  if (!found) throw new Error(`the release build exports no ${name}`);
  return found[1];
}

export const DESKTOP = { width: 1280, height: 800 };
export const MOBILE = { width: 390, height: 844 };

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Serves `dir` on 127.0.0.1 at an ephemeral port, optionally under a sub-path; paths matching
 * `withhold` answer 404, to simulate a failed download.
 */
export async function serveDist({ dir = DIST, base = '/', withhold = null } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (!path.startsWith(base) || withhold?.test(path)) {
      response.writeHead(404).end();
      return;
    }
    let relative = normalize(path.slice(base.length));
    if (relative === '.' || relative.endsWith('/')) relative = join(relative, 'index.html');
    const file = join(dir, relative);
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** The system Chromium, headless, with everything that would reach the network turned off. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Records everything that should never happen on a healthy page. */
export async function watchPage(page, origin) {
  const problems = { consoleErrors: [], pageErrors: [], cspViolations: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.foreignRequests.push(url);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return {
    async collect() {
      problems.cspViolations = await page.evaluate(() => window.__cspViolations ?? []);
      return problems;
    },
  };
}

/** Opens `url` and waits until the app has rendered its first page heading. */
export async function openApp(page, url) {
  await page.goto(url);
  await page.locator('h1#main-heading').waitFor();
}

/**
 * Waits until `selector` matches exactly `count` elements and returns that count: the activity
 * list draws its rows a screenful per frame, so a count read at once may be one frame early.
 */
export async function waitForCount(page, selector, count) {
  await page.waitForFunction(
    ([selector, count]) => document.querySelectorAll(selector).length === count,
    [selector, count],
  );
  return count;
}

/** Saves a PNG in artifacts/screenshots; the whole page unless `fullPage` is false. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  const dir = join(ARTIFACTS, 'screenshots');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
}

/**
 * Starts the loopback server and Chromium before a test file's tests and stops them after;
 * the returned object's `server` and `browser` are set by the time the tests run, and its
 * `newPage(options)` opens a watched page in a fresh context (desktop size unless told).
 */
export function useServerAndBrowser() {
  const env = {
    async newPage(options = {}) {
      const context = await env.browser.newContext({ viewport: DESKTOP, ...options });
      const page = await context.newPage();
      const watcher = await watchPage(page, new URL(env.server.url).origin);
      return { context, page, watcher };
    },
  };
  before(async () => {
    env.server = await serveDist();
    env.browser = await launchChromium();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** axe's serious and critical findings on the page (or inside `include`), one line each. */
export async function seriousViolations(page, include) {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
}
