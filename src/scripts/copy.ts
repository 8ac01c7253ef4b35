/**
 * Copy controls: section links copy the absolute URL with its anchor; "Copy reply" copies the
 * paste-ready reply. Both announce the result in the page's live region. The words they show
 * come from that region's data attributes (written by Base.astro from src/i18n/), so this
 * script, loaded on every page, carries no strings table.
 */

const say = (key: string) => document.getElementById('announcer')?.dataset[key] ?? '';

function announce(message: string) {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A fresh text node makes screen readers announce the same message twice in a row.
  setTimeout(() => (region.textContent = message), 50);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function flash(el: HTMLElement, label: string) {
  const before = el.textContent;
  el.textContent = label;
  setTimeout(() => (el.textContent = before), 2000);
}

export function wireCopyControls() {
  document.addEventListener('click', async (e) => {
    const target = e.target as HTMLElement;
    const link = target.closest<HTMLAnchorElement>('a[data-copy-link]');
    if (link) {
      e.preventDefault();
      const url = new URL(link.getAttribute('href')!, location.href).href;
      history.replaceState(null, '', url);
      const ok = await copy(url);
      flash(link, say(ok ? 'copied' : 'inAddressBar'));
      announce(say(ok ? 'linkDone' : 'linkFailed'));
      return;
    }
    const button = target.closest<HTMLButtonElement>('button[data-copy-reply]');
    if (button) {
      const text = button.parentElement?.querySelector('[data-reply-text]')?.textContent ?? '';
      const ok = await copy(text);
      flash(button, say(ok ? 'copied' : 'failed'));
      announce(say(ok ? 'replyDone' : 'replyFailed'));
    }
  });
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-copy-reply]')) b.hidden = false;
}
