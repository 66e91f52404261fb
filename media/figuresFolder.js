// The figures panel's folder mode: every indicator of a folder's documents with its document
// count; the chosen one as a line chart (SVG drawn here, no library) and a table of its values by
// document, each row linking back to its place. Plain DOM. Document text only ever goes in with
// textContent or as SVG attributes holding numbers, never as HTML.
// @ts-check
(function () {
  'use strict';
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();

  /** @type {{folder?: string, selected?: string|null, query: string, onlyOne: boolean}} */
  const state = Object.assign({ query: '', onlyOne: false, selected: null }, vscode.getState() || {});
  /** @type {Record<string,string>} */
  let S = {};
  /** @type {{name: string, date: string|null}[]} */
  let documents = [];
  /** @type {{key: string, name: string, kind: string, kindLabel: string, unit: string, documents: number, values: number}[]} */
  let groups = [];
  /** @type {any} */
  let group = null;

  function save() {
    vscode.setState(state);
  }
  // fmt, el and svg: media/dom.js, loaded before this script (webviewPage.ts)
  const { fmt, el, svg } = /** @type {any} */ (window).gangmuDom;

  const app = /** @type {HTMLElement} */ (document.getElementById('app'));
  const ui = {
    status: el('span', { className: 'status', role: 'status', 'aria-live': 'polite' }),
    folder: el('h1', { className: 'folder' }),
    filter: /** @type {HTMLInputElement} */ (el('input', { type: 'search', className: 'filter' })),
    onlyOne: /** @type {HTMLInputElement} */ (el('input', { type: 'checkbox', id: 'only-one' })),
    onlyOneLabel: el('label', { for: 'only-one' }),
    list: el('ul', { className: 'indicators', role: 'listbox' }),
    detail: el('section', { className: 'detail', 'aria-live': 'polite' }),
    exportBtn: el('button', { type: 'button', className: 'secondary', onclick: () => vscode.postMessage({ type: 'export' }) }),
    pickBtn: el('button', { type: 'button', className: 'secondary', onclick: () => vscode.postMessage({ type: 'pick' }) }),
    skipped: el('p', { className: 'skipped', hidden: true }),
  };
  ui.filter.value = state.query;
  ui.onlyOne.checked = state.onlyOne;
  ui.filter.addEventListener('input', () => {
    state.query = ui.filter.value;
    save();
    drawList();
  });
  ui.onlyOne.addEventListener('change', () => {
    state.onlyOne = ui.onlyOne.checked;
    save();
    drawList();
  });
  app.append(
    el('header', { className: 'toolbar' }, el('div', { className: 'heading' }, ui.folder, ui.status, el('span', { className: 'spacer' }), ui.pickBtn, ui.exportBtn), ui.skipped),
    el('main', { className: 'split' }, el('nav', { className: 'side' }, ui.filter, el('div', { className: 'check' }, ui.onlyOne, ui.onlyOneLabel), ui.list), ui.detail),
  );

  function applyStrings() {
    ui.filter.placeholder = S.filter;
    ui.filter.setAttribute('aria-label', S.filter);
    ui.onlyOneLabel.textContent = S.onlyOne;
    ui.list.setAttribute('aria-label', S.indicators);
    ui.exportBtn.textContent = S.exportCsv;
    ui.pickBtn.textContent = S.pick;
  }

  // ---- the list of indicators ------------------------------------------------------------

  function visibleGroups() {
    const q = state.query.trim().toLowerCase();
    const min = documents.length > 1 && !state.onlyOne ? 2 : 1;
    return groups.filter((g) => g.documents >= min && (!q || g.name.toLowerCase().includes(q) || g.kindLabel.toLowerCase().includes(q)));
  }

  function drawList() {
    const shown = visibleGroups();
    ui.list.replaceChildren();
    shown.forEach((g) => {
      const selected = g.key === state.selected;
      const item = el(
        'li',
        { role: 'option', tabindex: selected || (!state.selected && g === shown[0]) ? 0 : -1, 'aria-selected': selected ? 'true' : 'false', 'data-key': g.key, className: selected ? 'selected' : '' },
        el('span', { className: 'name', text: g.name }),
        el('span', { className: 'meta', text: g.unit ? `${g.kindLabel} · ${g.unit}` : g.kindLabel }),
        el('span', { className: 'badge', text: String(g.documents), title: fmt(S.docs, g.documents), 'aria-label': fmt(S.docs, g.documents) }),
      );
      item.addEventListener('click', () => choose(g.key, true));
      item.addEventListener('keydown', (e) => onListKey(e, item));
      ui.list.append(item);
    });
  }

  /** @param {KeyboardEvent} e @param {HTMLElement} item */
  function onListKey(e, item) {
    const items = /** @type {HTMLElement[]} */ ([...ui.list.children]);
    const at = items.indexOf(item);
    let to = -1;
    if (e.key === 'ArrowDown') to = Math.min(items.length - 1, at + 1);
    else if (e.key === 'ArrowUp') to = Math.max(0, at - 1);
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = items.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(String(item.dataset.key), false);
      return;
    } else return;
    e.preventDefault();
    for (const it of items) it.tabIndex = -1;
    items[to].tabIndex = 0;
    items[to].focus();
  }

  function choose(key, fromClick) {
    state.selected = key;
    save();
    vscode.postMessage({ type: 'select', key });
    for (const it of /** @type {HTMLElement[]} */ ([...ui.list.children])) {
      const on = it.dataset.key === key;
      it.classList.toggle('selected', on);
      it.setAttribute('aria-selected', on ? 'true' : 'false');
      it.tabIndex = on ? 0 : -1;
      if (on && fromClick) it.focus();
    }
  }

  // ---- the chosen indicator: chart and table ----------------------------------------------

  /** Short numbers for axis labels: 1.2万, 3.4亿, 5.6万亿. */
  function shortNumber(n) {
    const a = Math.abs(n);
    const trim = (x) => String(Number(x.toPrecision(4)));
    if (a >= 1e12) return trim(n / 1e12) + '万亿';
    if (a >= 1e8) return trim(n / 1e8) + '亿';
    if (a >= 1e4) return trim(n / 1e4) + '万';
    return trim(n);
  }

  function docLabel(d) {
    return d.date ? `${d.date} ${d.name}` : d.name;
  }

  /** Even steps covering [lo, hi] (1, 2 or 5 times a power of ten). */
  function ticks(lo, hi) {
    if (lo === hi) {
      const pad = Math.abs(lo) * 0.1 || 1;
      lo -= pad;
      hi += pad;
    }
    const raw = (hi - lo) / 4;
    const p = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) || raw;
    const start = Math.floor(lo / step) * step;
    const out = [];
    for (let v = start; v <= hi + step * 0.5 && out.length < 12; v += step) out.push(Number(v.toPrecision(12)));
    return out;
  }

  /** A document date (`2025`, `2025-03`, `2025-03-05`) as a time (UTC ms): the start of its period; NaN when none. */
  function timeOf(date) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date || '');
    return m ? Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1) : NaN;
  }

  /**
   * The x axis: by date when documents give dates (a time scale, ticks on 1 January of the years
   * in view, or on months when the documents lie within a year or so), evenly spaced in document
   * order only when no document has a date. On a time scale, documents without a date have no
   * place: their values stay in the table and a line under the chart says so.
   */
  function xAxis(left, right) {
    const times = documents.map((d) => timeOf(d.date));
    const dated = times.filter((t) => !isNaN(t));
    const n = documents.length;
    if (!dated.length) {
      const x = (doc) => left + (n === 1 ? (right - left) / 2 : (doc * (right - left)) / (n - 1));
      const ticks = documents.map((d, i) => ({ x: x(i), label: d.name.length > 14 ? d.name.slice(0, 13) + '…' : d.name }));
      return { scale: 'even', x, ticks, undated: 0 };
    }
    const first = Math.min(...dated);
    const hi = Math.max(...dated);
    const y0 = new Date(first).getUTCFullYear();
    const y1 = new Date(hi).getUTCFullYear();
    const m0 = y0 * 12 + new Date(first).getUTCMonth();
    const m1 = y1 * 12 + new Date(hi).getUTCMonth();
    // the axis starts on the first tick (1 January of the first year, or the first of its month), so
    // every point has a labelled tick at or before it
    const byYear = y1 - y0 >= 2;
    const yearStep = [1, 2, 5, 10, 20, 50, 100].find((s) => (y1 - y0) / s <= 10) || 100;
    const monthStep = [1, 2, 3, 6].find((s) => (m1 - m0) / s <= 8) || 6;
    const lo = hi === first ? first : byYear ? Date.UTC(Math.floor(y0 / yearStep) * yearStep, 0, 1) : Date.UTC(y0, m0 % 12, 1);
    const at = (t) => (hi === lo ? (left + right) / 2 : left + ((t - lo) * (right - left)) / (hi - lo));
    const x = (doc) => (isNaN(times[doc]) ? NaN : at(times[doc]));
    const ticks = [];
    if (hi === lo) ticks.push({ x: at(lo), label: documents[times.indexOf(lo)].date });
    else if (byYear) {
      for (let y = Math.floor(y0 / yearStep) * yearStep; y <= y1; y += yearStep) ticks.push({ x: at(Date.UTC(y, 0, 1)), label: String(y) });
    } else {
      for (let m = m0; m <= m1; m += monthStep) {
        ticks.push({ x: at(Date.UTC(Math.floor(m / 12), m % 12, 1)), label: `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}` });
      }
    }
    return { scale: 'time', x, ticks, undated: n - dated.length };
  }

  function drawChart(g) {
    const W = 640;
    const H = 260;
    const M = { l: 64, r: 24, t: 12, b: 56 };
    const axis = xAxis(M.l, W - M.r);
    const points = [];
    g.series.forEach((vi, doc) => {
      if (vi >= 0 && !isNaN(axis.x(doc))) points.push({ doc, v: g.values[vi] });
    });
    const unit = g.unit || '';
    const desc = points.map((p) => fmt(S.point, docLabel(documents[p.doc]), p.v.text)).join('; ');
    const fig = el('figure', { className: 'chart' });
    const title = fmt(S.chartTitle, g.unit ? fmt(S.withUnit, g.name, g.unit) : g.name);
    fig.append(el('figcaption', { text: title, id: 'chart-title' }));
    const undatedValues = g.series.filter((vi, doc) => vi >= 0 && isNaN(axis.x(doc))).length;
    const undatedNote = undatedValues ? el('p', { className: 'chart-note', text: fmt(S.chartUndated, undatedValues) }) : null;
    if (!points.length) {
      fig.append(el('p', { className: 'empty', text: S.chartNoPoints }));
      if (undatedNote) fig.append(undatedNote);
      return { node: fig, points: 0, axis, xs: [] };
    }
    const nums = points.map((p) => p.v.number);
    const lo0 = Math.min(...nums);
    const hi0 = Math.max(...nums);
    // levels start at zero, so a change is not overstated; rates may go below it
    const ys = ticks(Math.min(0, lo0), Math.max(0, hi0));
    const ylo = ys[0];
    const yhi = ys[ys.length - 1];
    const x = axis.x;
    const y = (v) => M.t + (H - M.t - M.b) * (1 - (v - ylo) / (yhi - ylo || 1));
    const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc', class: 'line-chart' });
    const d = svg('desc', { id: 'chart-desc' });
    d.textContent = fmt(S.chartDesc, desc);
    root.append(d);
    for (const t of ys) {
      root.append(svg('line', { x1: M.l, x2: W - M.r, y1: y(t), y2: y(t), class: 'grid' }));
      const lab = svg('text', { x: M.l - 6, y: y(t) + 4, 'text-anchor': 'end', class: 'axis' });
      lab.textContent = shortNumber(t) + (unit === '%' ? '%' : '');
      root.append(lab);
    }
    for (const t of axis.ticks) {
      if (axis.scale === 'time') root.append(svg('line', { x1: t.x, x2: t.x, y1: H - M.b, y2: H - M.b + 4, class: 'tick' }));
      const lab = svg('text', { x: t.x, y: H - M.b + 16, 'text-anchor': 'middle', class: 'axis' });
      lab.textContent = t.label;
      root.append(lab);
    }
    root.append(svg('polyline', { points: points.map((p) => `${x(p.doc)},${y(p.v.number)}`).join(' '), class: 'series' }));
    for (const p of points) {
      const g2 = svg('g', { class: 'point', tabindex: 0, role: 'button', 'aria-label': fmt(S.point, docLabel(documents[p.doc]), p.v.text) });
      const t = svg('title', {});
      t.textContent = fmt(S.point, docLabel(documents[p.doc]), p.v.text);
      g2.append(t, svg('circle', { cx: x(p.doc), cy: y(p.v.number), r: 4.5 }));
      const v = svg('text', { x: x(p.doc), y: y(p.v.number) - 9, 'text-anchor': 'middle', class: 'value' });
      // the value as filed (74.4万亿元 even where the text wrote 74.4 and its scale apart)
      v.textContent = (p.v.readable || p.v.value) + unit;
      g2.append(v);
      const open = () => reveal(p.v);
      g2.addEventListener('click', open);
      g2.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          open();
        }
      });
      root.append(g2);
    }
    fig.append(root);
    if (undatedNote) fig.append(undatedNote);
    return { node: fig, points: points.length, axis, xs: points.map((p) => Math.round(x(p.doc) * 10) / 10) };
  }

  function reveal(v) {
    vscode.postMessage({ type: 'reveal', doc: v.doc, line: v.line, col: v.col, length: v.text.length });
  }

  function drawTable(g) {
    const head = el('tr', null, ...[S.date, S.document, S.asWritten, S.value, S.relation, S.written].map((h) => el('th', { scope: 'col', text: h })));
    const body = el('tbody');
    for (const v of g.values) {
      const d = documents[v.doc];
      const link = el('a', { href: '#', text: d.name, title: fmt(S.open, d.name, v.line), 'aria-label': fmt(S.open, d.name, v.line) });
      link.addEventListener('click', (e) => {
        e.preventDefault();
        reveal(v);
      });
      body.append(
        el(
          'tr',
          null,
          el('td', { text: d.date || '—' }),
          el('td', null, link),
          el('td', { text: v.text }),
          el('td', { className: 'num', text: v.readable ? `${v.value} (${v.readable})` : v.value }),
          el('td', { text: v.relation || '' }),
          el('td', { text: v.written }),
        ),
      );
    }
    return el('table', { className: 'values' }, el('thead', null, head), body);
  }

  function drawDetail() {
    ui.detail.replaceChildren();
    if (!groups.length) {
      ui.detail.append(el('p', { className: 'empty', text: documents.length ? S.none : '' }));
      return;
    }
    if (!group || group.key !== state.selected) {
      ui.detail.append(el('p', { className: 'empty', text: S.choose }));
      return;
    }
    const chart = drawChart(group);
    const table = drawTable(group);
    ui.detail.append(el('h2', { text: group.unit ? `${group.name} · ${group.kindLabel} · ${group.unit}` : `${group.name} · ${group.kindLabel}` }), chart.node, table);
    vscode.postMessage({
      type: 'rendered',
      key: group.key,
      points: chart.points,
      rows: group.values.length,
      labels: documents.map((d) => d.date || d.name),
      scale: chart.axis.scale,
      ticks: chart.axis.ticks.map((t) => t.label),
      xs: chart.xs,
    });
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m !== 'object') return;
    switch (m.type) {
      case 'init':
        S = m.strings || {};
        applyStrings();
        break;
      case 'progress':
        state.folder = m.folder;
        save();
        ui.folder.textContent = m.folderName;
        ui.status.textContent = m.total ? fmt(S.reading, m.done, m.total) : S.finding;
        app.setAttribute('aria-busy', 'true');
        break;
      case 'result':
        state.folder = m.folder;
        documents = m.documents || [];
        groups = m.groups || [];
        save();
        ui.folder.textContent = m.folderName;
        ui.status.textContent = fmt(S.summary, documents.length, groups.filter((g) => g.documents >= (documents.length > 1 ? 2 : 1)).length);
        ui.skipped.hidden = !m.skippedCount;
        ui.skipped.textContent = m.skippedCount ? `${fmt(S.skipped, m.skippedCount)}: ${(m.skipped || []).join('; ')}` : '';
        app.setAttribute('aria-busy', 'false');
        drawList();
        // the host sends the chosen indicator's values after the list when it knows the choice
        if (m.selected) state.selected = m.selected;
        else if (state.selected && groups.some((g) => g.key === state.selected)) vscode.postMessage({ type: 'select', key: state.selected });
        drawDetail();
        break;
      case 'group':
        group = m;
        state.selected = m.key;
        save();
        drawDetail();
        break;
    }
  });

  vscode.postMessage({ type: 'ready' });
})();
