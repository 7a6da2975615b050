// The module that starts the app; external, so the CSP needs no inline
// script. `cargo xtask build` fills in the names in double braces and
// minifies it.
import init, { start as run } from './{{js}}';

const root = document.documentElement;
// The app puts a reader back where they were on Back, once the page is drawn.
history.scrollRestoration = 'manual';
// The saved look, and whether Lantern hides from Back, before the first
// paint where the script is early enough (the app applies them again).
let hideFromBack = true;
try {
  const saved = JSON.parse(localStorage.getItem('{{settings_key}}') || 'null');
  const d = saved && saved.v === {{settings_version}} && saved.data;
  const themes = new Map([{{themes}}]);
  if (d && themes.has(d.theme)) root.dataset.theme = themes.get(d.theme);
  if (d && Number.isInteger(d.text_size) && d.text_size >= 0 && d.text_size <= {{largest_text}}) root.dataset.textSize = String(d.text_size);
  if (d && d.reduce_motion === true) root.dataset.reduceMotion = 'on';
  if (d && d.hide_from_back === false) hideFromBack = false;
} catch (e) {
  // Blocked storage or a damaged record: the app reports those.
}

// The static shell in the user's language, from its stored words: the
// inline script in <head> hid it until now (never English first).
if (root.dataset.shell === 'wait') {
  try {
    // Where the shell's messages sit in a catalogue of this build's layout.
    const shell = {{shell_ids}};
    // A catalogue is [lang, layout, message…] (core/src/catalogue.rs).
    const c = JSON.parse(localStorage.getItem('{{ui_prefix}}' + root.lang)).data.data;
    if (c[1] !== shell.layout) throw new Error('an older layout');
    const m = (id) => c[shell.at[id] + 2];
    for (const el of document.querySelectorAll('[data-m]')) if (m(el.dataset.m)) el.textContent = m(el.dataset.m);
    for (const el of document.querySelectorAll('[data-m-label]')) if (m(el.dataset.mLabel)) el.setAttribute('aria-label', m(el.dataset.mLabel));
    // Only home's title is made of shell words; another page's waits for the app.
    if (root.dataset.path === '' && !('frame' in root.dataset) && m('app-name') && m('title-home')) document.title = m('app-name') + ' — ' + m('title-home');
    const list = (document.querySelector('meta[name="lantern:langs"]') || {}).content || '';
    const mine = list.split(';').map((l) => l.split('|')).find((l) => l[0] === root.lang);
    for (const name of document.querySelectorAll('[data-lang-name]')) {
      if (!mine) break;
      name.textContent = mine[1];
      name.lang = root.lang;
    }
  } catch (e) {
    // A damaged copy: the shell stays English, and the app mends the copy.
    root.lang = 'en';
  }
  delete root.dataset.shell;
}

// Until the app takes over the static shell, quick exit and its links work
// here, as the app does them: the shell is what a slow phone shows longest.
const shellUp = () => !!document.querySelector('#app[data-boot]');
const exit = () => {
  document.title = '';
  root.setAttribute('data-exiting', '');
  document.body.textContent = '';
  try {
    sessionStorage.removeItem('lantern.trail');
  } catch (e) {
    // Blocked storage: nothing was kept there.
  }
  location.replace(navigator.onLine ? '{{neutral_online}}' : '{{neutral_offline}}');
};
document.addEventListener('click', (e) => {
  if (!shellUp() || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.target.closest && e.target.closest('a[href]');
  if (!a) return;
  if (a.classList.contains('quick-exit')) {
    e.preventDefault();
    exit();
  } else if (hideFromBack && a.origin === location.origin) {
    // One history entry for Lantern, as in the app.
    e.preventDefault();
    location.replace(a.href);
  }
});
let shifts = [];
document.addEventListener('keydown', (e) => {
  if (!shellUp()) return;
  if (e.key !== 'Shift') {
    shifts = [];
    return;
  }
  if (e.repeat) return;
  shifts = [...shifts.slice(-2), e.timeStamp];
  if (shifts.length === 3 && shifts[2] - shifts[0] <= {{shift_window_ms}}) exit();
});

// Compiling and running are two tasks, so neither holds the page long.
const start = () => init({ module_or_path: new URL('./{{wasm}}', import.meta.url) })
  .then(() => new Promise((r) => setTimeout(r, 0)))
  .then(() => run())
  .catch((e) => {
    // As with scripts off: what needs the app goes, and the status says so.
    delete root.dataset.js;
    console.error(e);
  });
// The app replaces the static shell, so it waits until the shell's largest
// text has been painted (a fast load could otherwise swap it out unseen), or
// the next frame where that cannot be observed, and never longer than a
// second. Hidden tabs paint nothing: start at once.
const lcp = self.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).includes('largest-contentful-paint');
if (document.visibilityState === 'hidden') start();
else if (!lcp) requestAnimationFrame(() => setTimeout(start, 0));
else {
  let started = false;
  const go = () => {
    if (!started) {
      started = true;
      seen.disconnect();
      setTimeout(start, 0);
    }
  };
  const seen = new PerformanceObserver(go);
  seen.observe({ type: 'largest-contentful-paint', buffered: true });
  setTimeout(go, 1000);
}
