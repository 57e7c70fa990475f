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

// Start downloading the app, then read the saved workspace while it downloads and compiles:
// the browser's first localStorage read loads the whole storage area from disk, which would
// otherwise hold up the app's start. The app takes the text once (src/services/storage.rs,
// `early_text`; the key is its WORKSPACE_KEY) and reads storage itself when it is missing.
const wasm = fetch(script.dataset.rolecaseWasm);
wasm.catch(() => {}); // a failed download is reported by `init` below
const app = import(script.dataset.rolecaseJs);
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

try {
  const { default: init } = await app;
  await init({ module_or_path: wasm });
} catch (error) {
  console.error(error);
  showLoadFailure(error);
}
