/**
 * A chart's four parts as tabs (WAI-ARIA tabs pattern, automatic activation): arrow keys, Home
 * and End move between tabs, Tab goes into the panel. The chosen part is kept in the address
 * (#bieu-do-…-bang) without a history entry per click, and an address naming a part, or anything
 * inside one (a row of the table: #so-lieu-…), opens that part. Without JavaScript the parts stay
 * on the page in order, under their headings. Tab names come from the page (data-tab-label).
 */

/** Calls `shown(panel)` whenever a panel becomes visible (the chart part draws then). */
export function startTabs(figure: HTMLElement, shown: (panel: HTMLElement) => void): void {
  const panels = [...figure.querySelectorAll<HTMLElement>(':scope > [data-part]')];
  if (panels.length < 2) return;
  const list = document.createElement('div');
  list.className = 'chart__tabs';
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-label', figure.dataset.tabsLabel ?? '');
  const tabs = panels.map((panel) => {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.className = 'chart__tab';
    tab.id = `${panel.id}-tab`;
    tab.textContent = panel.dataset.tabLabel ?? '';
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', panel.id);
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    panel.tabIndex = 0;
    list.append(tab);
    return tab;
  });
  panels[0]!.before(list);
  figure.classList.add('chart--tabs');

  const select = (i: number, opts: { focus?: boolean; remember?: boolean } = {}) => {
    tabs.forEach((tab, j) => {
      const on = i === j;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      panels[j]!.hidden = !on;
    });
    if (opts.focus) tabs[i]!.focus();
    if (opts.remember) history.replaceState(history.state, '', `#${panels[i]!.id}`);
    shown(panels[i]!);
  };

  /** The part the address points at, itself or something inside it; -1 for none. */
  const fromHash = (): number => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return -1;
    const target = document.getElementById(id);
    return target ? panels.findIndex((p) => p === target || p.contains(target)) : -1;
  };
  const follow = () => {
    const i = fromHash();
    if (i < 0) return false;
    select(i);
    // The browser could not scroll to a target that was hidden: scroll now that it shows.
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    return true;
  };
  if (!follow()) select(0);
  addEventListener('hashchange', follow);

  tabs.forEach((tab, i) => tab.addEventListener('click', () => select(i, { remember: true })));
  list.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    select((next + tabs.length) % tabs.length, { focus: true, remember: true });
  });
}
