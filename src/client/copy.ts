/**
 * "Copy" buttons, added only where they can work: after each element with data-copy-label (the
 * embed code, the citation: its text is copied) and in each share line (its address is copied).
 * Their words come from the page. If the clipboard is refused, the text is selected instead.
 */

function button(label: string, copied: string, text: () => string, select: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'btn btn--secondary chart__copy';
  b.textContent = label;
  b.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text());
      b.textContent = copied;
    } catch {
      select();
    }
  });
  return b;
}

function selectContents(el: Element): void {
  const range = document.createRange();
  range.selectNodeContents(el);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
}

export function startCopyButtons(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-copy-label]')) {
    const { copyLabel, copiedLabel } = el.dataset;
    if (!copyLabel || !copiedLabel || el.dataset.copyReady !== undefined) continue;
    el.dataset.copyReady = '';
    el.after(button(copyLabel, copiedLabel, () => (el.textContent ?? '').replace(/\s+/g, ' ').trim(), () => selectContents(el)));
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-share]')) {
    const { share, copyLinkLabel, copiedLinkLabel } = el.dataset;
    if (!share || !copyLinkLabel || !copiedLinkLabel || el.dataset.copyReady !== undefined) continue;
    el.dataset.copyReady = '';
    el.append(button(copyLinkLabel, copiedLinkLabel, () => share, () => selectContents(el)));
  }
}

/** The citation's "accessed on" date: today in Vietnam, written with the page's template. */
export function fillToday(root: ParentNode = document): void {
  const now = new Date(Date.now() + 7 * 3_600_000);
  const [y, m, d] = [now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()];
  for (const el of root.querySelectorAll<HTMLTimeElement>('time[data-today]')) {
    el.dateTime = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    el.textContent = (el.dataset.today ?? '').replace('{d}', String(d)).replace('{m}', String(m)).replace('{y}', String(y));
  }
}
