// DOM helpers both Gangmu webviews load before their own script (src/vscode/webviewPage.ts):
// elements and SVG nodes whose text goes in only as textContent or attributes, never as HTML, and
// messages with {0} placeholders filled in.
// @ts-check
(function () {
  'use strict';
  const SVG_NS = 'http://www.w3.org/2000/svg';

  function fmt(s, ...args) {
    return String(s || '').replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
  }

  /** @template {keyof HTMLElementTagNameMap} T @param {T} tag @returns {HTMLElementTagNameMap[T]} */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v === undefined || v === null || v === false) continue;
        if (k === 'text') node.textContent = String(v);
        else if (k === 'className') node.className = v;
        else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
        else node.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children) if (c) node.append(c);
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  /** @type {any} */ (window).gangmuDom = { fmt, el, svg };
})();
