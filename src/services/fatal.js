// The error screen shown after a Rust panic. Plain DOM and textContent only: it must work when the
// wasm instance can no longer be called, and the panic text must never be parsed as HTML.
//
// Two ways lead here. Where a panic runs a hook (tests and debug builds), src/services/panic.rs
// shows the screen with the panic's message. In the release build a panic stops the wasm at once
// without running any hook (`immediate-abort`, see release_trunk in scripts/setup.sh): the
// browser then reports a WebAssembly.RuntimeError to whichever event, timer or promise had called
// into the app, and `showFatalOnTrap` turns that into the same screen.

const PANEL_ID = 'rolecase-fatal';

function element(tag, attributes, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function showFatalError(detail) {
  if (document.getElementById(PANEL_ID)) return;

  const app = document.getElementById('app');
  if (app) app.setAttribute('inert', '');

  const panel = element('div', {
    id: PANEL_ID,
    class: 'fatal',
    role: 'alertdialog',
    'aria-modal': 'true',
    'aria-labelledby': `${PANEL_ID}-title`,
    'aria-describedby': `${PANEL_ID}-text`,
  });
  const card = element('div', { class: 'fatal__card' });
  card.append(
    element('h2', { id: `${PANEL_ID}-title`, class: 'fatal__title' }, 'Rolecase stopped working'),
    element(
      'p',
      { id: `${PANEL_ID}-text` },
      'Something went wrong inside Rolecase and this page can no longer respond to you. ' +
        'Reloading starts the app again.',
    ),
  );

  const reload = element('button', { type: 'button', class: 'button button--primary' }, 'Reload Rolecase');
  reload.addEventListener('click', () => window.location.reload());
  card.append(reload);

  const details = element('details', { class: 'fatal__details' });
  details.append(
    element('summary', {}, 'Technical details'),
    element('pre', {}, String(detail)),
  );
  card.append(details);

  panel.append(card);
  document.body.append(panel);
  reload.focus();
}

export function showFatalOnTrap() {
  const onTrap = (error) => {
    if (error instanceof WebAssembly.RuntimeError) showFatalError(`${error}\n${error.stack ?? ''}`.trim());
  };
  addEventListener('error', (event) => onTrap(event.error));
  addEventListener('unhandledrejection', (event) => onTrap(event.reason));
}
