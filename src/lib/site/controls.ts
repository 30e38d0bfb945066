/**
 * The buttons that need JavaScript, as markup: each in a <template> that its script puts on the
 * page (src/client/listen.ts, src/client/print.ts), so that without JavaScript nothing is hidden in
 * the page and no button is there that cannot work. Listen.astro and PrintButton.astro, and the
 * pages the build's workers write (src/files/broadcast-pages.ts), share them.
 */
import { attr, html, type Html } from '../text/html.ts';

export interface ListenWords {
  listen: string;
  pause: string;
  resume: string;
  stop: string;
  progress: string;
  hint: string;
}

/** The "Nghe" button for the element whose id is `target`: shown only where there is a Vietnamese voice. */
export function listenTemplateHtml(target: string, w: ListenWords): Html {
  const labels = { listen: w.listen, pause: w.pause, resume: w.resume, progress: w.progress };
  const hint = `${target}-listen-hint`;
  return html`<template data-listen-template${attr('data-listen-for', target)}${attr('data-labels', JSON.stringify(labels))}>\
<div class="listen no-print" data-listen data-listen-skip data-pagefind-ignore="all">\
<button type="button" class="btn" data-listen-play${attr('aria-describedby', hint)}>${w.listen}</button>\
<button type="button" class="btn btn--secondary" data-listen-stop hidden>${w.stop}</button>\
<span class="listen__status" data-listen-status></span>\
<p class="listen__hint muted"${attr('id', hint)}>${w.hint}</p></div></template>`;
}

/** "In trang này". */
export function printButtonHtml(label: string): Html {
  return html`<template data-print-template><button type="button" class="btn no-print" data-print-button>${label}</button></template>`;
}
