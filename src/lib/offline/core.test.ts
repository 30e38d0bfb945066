import { describe, expect, it } from 'vitest';
import { corePages, moduleImports, pageAssets } from './core.ts';

const page = (base: string) => `<html><head><link rel="icon" href="${base}favicon.svg">
<script type="module" src="${base}_astro/sw-register.AbC123xy.js"></script></head><body>
<a href="${base}">Trang chủ</a>
<ul><li><a href="${base}huong-dan/gop-y-qua-vneid/" data-offline-core>Góp ý</a>
<p><a href="${base}huong-dan/gop-y-qua-vneid/ap-phich/" data-offline-core>áp phích</a></p></li>
<li><a data-offline-core href="${base}so-lieu/">Số liệu</a></li>
<li><a href="${base}" data-offline-core>Trang chủ</a></li>
<li><a href="${base}so-lieu/" data-offline-core>Số liệu (again)</a></li>
<li><a href="https://example.com/" data-offline-core>elsewhere</a></li>
<li><a href="${base}kich-ban/" data-offline-core-not>not core</a></li></ul>
<img src="${base}_astro/poster.Xy12Ab34.svg"><script type="module" src="${base}_astro/offline.Qw12Er34.js"></script></body></html>`;

describe.each(['/', '/gopy/'])('under base %s', (base) => {
  it('core pages: the links marked data-offline-core, as site paths, once each', () =>
    expect(corePages(page(base), base)).toEqual(['huong-dan/gop-y-qua-vneid/', 'huong-dan/gop-y-qua-vneid/ap-phich/', 'so-lieu/', '']));
  it('assets: the hashed files the page uses', () =>
    expect(pageAssets(page(base), base).sort()).toEqual(['_astro/offline.Qw12Er34.js', '_astro/poster.Xy12Ab34.svg', '_astro/sw-register.AbC123xy.js']));
});

describe('moduleImports: what a built module loads', () => {
  it.each([
    ['import{a as b}from"./chunk.Ab12Cd34.js";b()', ['./chunk.Ab12Cd34.js']],
    ['import "./side.Xy.js";', ['./side.Xy.js']],
    ['const p=()=>import("./listen-player.Qw12.js")', ['./listen-player.Qw12.js']],
    ['export{x}from"../y.js"', ['../y.js']],
    ['fetch("./data.json");const s="from nowhere"', []],
    ['import x from "chart.js"', []],
  ])('%s', (code, out) => expect(moduleImports(code)).toEqual(out));
});
