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

try {
  const { default: init } = await import(script.dataset.rolecaseJs);
  await init({ module_or_path: script.dataset.rolecaseWasm });
} catch (error) {
  console.error(error);
  showLoadFailure(error);
}
