/**
 * Copy controls and the feedback form, loaded on first use (src/scripts/boot.ts):
 * - a section's "Link" control offers the bare link or the link with its title, always on the
 *   configured site URL (body[data-page-url]), never the host the page was opened on;
 * - "Copy reply" copies a paste-ready reply;
 * - "Was this page helpful?" posts in the background and thanks in place.
 * Its words are the small table of src/i18n/en-copy.ts, not the whole strings table.
 */

import { copyEn } from '../i18n/en-copy.ts';

const region = () => document.getElementById('announcer')!;
const say = (key: keyof typeof copyEn) => copyEn[key];

function announce(message: string) {
  region().textContent = '';
  // A fresh text node makes screen readers announce the same message twice in a row.
  setTimeout(() => (region().textContent = message), 50);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Shows a short label on a control, then its own label again (however often it is clicked). */
function flash(el: HTMLElement, label: string) {
  el.dataset.label ??= el.textContent ?? '';
  el.textContent = label;
  clearTimeout(Number(el.dataset.timer));
  el.dataset.timer = String(setTimeout(() => (el.textContent = el.dataset.label!), 2000));
}

function button(label: string, onClick: () => void) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

let menu: HTMLElement | undefined;
const closeMenu = () => {
  menu?.remove();
  menu = undefined;
};

/** The two ways to copy a section's link, shown under its heading. */
function openMenu(link: HTMLAnchorElement) {
  closeMenu();
  const id = link.hash.slice(1);
  const url = `${document.body.dataset.pageUrl}#${id}`;
  const page = document.querySelector('h1')?.textContent?.trim() ?? '';
  const section = document.getElementById(id)?.textContent?.trim() ?? '';
  const titled = `${page}${section && section !== page ? `: ${section}` : ''} - ${url}`;
  const done = async (b: HTMLButtonElement, text: string) => {
    const ok = await copy(text);
    flash(b, say(ok ? 'copy.copied' : 'copy.failed'));
    announce(say(ok ? 'copy.linkDone' : 'copy.linkFailed'));
  };
  menu = document.createElement('div');
  menu.className = 'copy-menu';
  menu.setAttribute('role', 'group');
  menu.setAttribute('aria-label', link.getAttribute('aria-label') ?? '');
  const plain = button(say('copy.url'), () => done(plain, url));
  const withTitle = button(say('copy.titled'), () => done(withTitle, titled));
  const preview = document.createElement('code');
  preview.textContent = url;
  menu.append(plain, withTitle, preview);
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      closeMenu();
      link.focus();
    }
  });
  link.closest('.heading')!.after(menu);
  plain.focus();
}

/** Handles a click on a section's link control, a "Copy reply" button, or anywhere else while the link menu is open. */
export async function onClick(target: HTMLElement) {
  const link = target.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (link) {
    history.replaceState(null, '', link.hash);
    openMenu(link);
    return;
  }
  if (menu && !menu.contains(target)) closeMenu();
  const replyButton = target.closest<HTMLButtonElement>('button[data-copy-reply]');
  if (replyButton) {
    const text = replyButton.parentElement?.querySelector('[data-reply-text]')?.textContent ?? '';
    const ok = await copy(text);
    flash(replyButton, say(ok ? 'copy.copied' : 'copy.failed'));
    announce(say(ok ? 'copy.replyDone' : 'copy.replyFailed'));
  }
}

/** Sends a "Was this page helpful?" answer in the background and thanks in place. */
export async function sendFeedback(form: HTMLFormElement, submitter: HTMLElement | null) {
  const data = new FormData(form, submitter);
  const status = form.querySelector<HTMLElement>('[data-feedback-status]')!;
  const body = new URLSearchParams([...data].map(([k, v]) => [k, String(v)]));
  const ok = await fetch(form.action, { method: 'POST', body })
    .then((r) => r.ok)
    .catch(() => false);
  status.textContent = ok ? status.dataset.thanks! : status.dataset.failed!;
  if (ok) form.querySelector('fieldset')!.disabled = true;
}
