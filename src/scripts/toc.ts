/** Marks, in the "On this page" list beside the text, the section being read. Loaded on the first scroll. */
const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc-side a')];
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting)
        for (const l of links) l.toggleAttribute('aria-current', l.hash === `#${entry.target.id}`);
    }
  },
  { rootMargin: '0px 0px -75% 0px' },
);
for (const l of links) {
  const el = document.getElementById(l.hash.slice(1));
  if (el) observer.observe(el);
}

export {};
