/**
 * Copy controls: section links copy the absolute URL with its anchor; "Copy reply" copies the
 * paste-ready reply. Both announce the result in the page's live region.
 */

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
      flash(link, ok ? 'Copied' : 'Link in address bar');
      announce(ok ? 'Link copied to the clipboard.' : 'Copying failed: the link is in the address bar.');
      return;
    }
    const button = target.closest<HTMLButtonElement>('button[data-copy-reply]');
    if (button) {
      const text = button.parentElement?.querySelector('[data-reply-text]')?.textContent ?? '';
      const ok = await copy(text);
      flash(button, ok ? 'Copied' : 'Copy failed');
      announce(ok ? 'Reply copied to the clipboard.' : 'Copying failed: select the text and copy it.');
    }
  });
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-copy-reply]')) b.hidden = false;
}
