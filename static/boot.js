// Starts Rolecase. This file replaces the inline loader Trunk would inject, so the page's
// Content-Security-Policy can forbid every inline script. Trunk fills in the data attributes.

const script = document.querySelector('script[data-rolecase-wasm]');

function showLoadFailure(error) {
  if (document.getElementById('rolecase-fatal')) return; // a panic already explained itself
  const app = document.getElementById('app');
  if (!app) return;
  const message = document.createElement('div');
  message.className = 'load-failure';
  message.setAttribute('role', 'alert');
  const title = document.createElement('h2');
  title.textContent = 'Rolecase could not start';
  const text = document.createElement('p');
  text.textContent =
    'This browser could not load the app. Rolecase needs a current browser with WebAssembly ' +
    'enabled; reloading the page may also help.';
  const detail = document.createElement('pre');
  detail.textContent = String(error);
  message.append(title, text, detail);
  app.replaceChildren(message);
}

// Start compiling the app while it downloads, on the browser's compiler threads. Once the glue
// code has arrived, read the saved workspace: the browser's first localStorage read loads the
// whole storage area and holds this thread for 10-30 ms with a large workspace, and the
// compilation under way now fills that wait instead of following it. The app takes the text
// once (src/services/storage.rs, `early_text`; the key is its WORKSPACE_KEY) and reads storage
// itself when it is missing. This file runs as soon as it arrives (`async` in Trunk.toml's
// `pattern_script`) rather than after the style sheet, which still holds back the first paint.
const wasmUrl = script.dataset.rolecaseWasm;
// Streaming compilation needs the server to label the file application/wasm; without that,
// `init` downloads it again and compiles it the slow way, or says why it cannot.
const wasm = WebAssembly.compileStreaming(fetch(wasmUrl)).catch(() => fetch(wasmUrl));
wasm.catch(() => {}); // a failed download is reported by `init` below
const app = import(script.dataset.rolecaseJs);

function readStorageEarly() {
  try {
    globalThis.rolecaseEarlyRead = { workspace: localStorage.getItem('rolecase.workspace') };
    // Another tab saving before the app has taken the copy makes it stale: drop it, so the app
    // reads what is really stored when it starts watching for other tabs.
    addEventListener('storage', (event) => {
      if (event.key === 'rolecase.workspace' || event.key === null) delete globalThis.rolecaseEarlyRead;
    });
  } catch {
    // Storage is blocked: the app finds that out for itself and says so.
  }
}

try {
  const { default: init } = await app;
  readStorageEarly();
  const module = await wasm;
  // This script is async, so in principle it can get here before the page's #app is parsed;
  // the app mounts there, so wait for it (in practice it has long been there).
  if (document.readyState === 'loading') {
    await new Promise((parsed) => document.addEventListener('DOMContentLoaded', parsed, { once: true }));
  }
  await init({ module_or_path: module });
} catch (error) {
  if (error instanceof WebAssembly.RuntimeError) {
    // The app started and stopped in its first steps (a panic traps the wasm in the release
    // build): report it like any uncaught error, so the error screen the app installed first
    // (src/services/fatal.js) says so, rather than claiming the browser could not load it.
    reportError(error);
  } else {
    console.error(error);
    showLoadFailure(error);
  }
}
