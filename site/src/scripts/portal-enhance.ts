/**
 * The portal's progressive enhancement, loaded on portal pages only. Every page works without it
 * (forms post and redirect); with it:
 * - a form is sent once: a second click while the first submission travels is ignored, and the
 *   button that sent it says so (`aria-disabled`, `aria-busy` on the form) — no double requests,
 *   no "already asked" errors from an impatient click;
 * - answer countdowns (`[data-due]`, server-rendered) keep counting while the page stays open, with
 *   the same words as the server (`dueIn`).
 */
import { dueIn } from '../lib/pairs/display';

/** A submission that never leaves the page (a download, a blocked navigation) must not lock the form. */
const RELEASE_AFTER_MS = 10_000;
const COUNTDOWN_EVERY_MS = 30_000;

function release(form: HTMLFormElement): void {
  delete form.dataset.submitting;
  form.removeAttribute('aria-busy');
  form.querySelectorAll('[data-pending]').forEach((button) => {
    button.removeAttribute('aria-disabled');
    button.removeAttribute('data-pending');
  });
}

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || event.defaultPrevented) return;
  if (form.dataset.submitting === 'true') {
    event.preventDefault();
    return;
  }
  form.dataset.submitting = 'true';
  form.setAttribute('aria-busy', 'true');
  // Not `disabled`: a disabled submitter would drop its name and value from what the form sends.
  const submitter = (event as SubmitEvent).submitter;
  if (submitter instanceof HTMLButtonElement) {
    submitter.setAttribute('aria-disabled', 'true');
    submitter.setAttribute('data-pending', '');
  }
  window.setTimeout(() => release(form), RELEASE_AFTER_MS);
});

// Back to a page from the browser's cache: its forms are free again.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) document.querySelectorAll<HTMLFormElement>('form[data-submitting]').forEach(release);
});

function tick(): void {
  document.querySelectorAll<HTMLElement>('[data-due]').forEach((element) => {
    const due = element.dataset.due;
    if (due) element.textContent = dueIn(due);
  });
}
window.setInterval(tick, COUNTDOWN_EVERY_MS);
