// The figures panel's webview: a sortable, filterable table of figures and a bar chart of money
// and percentages by section. Plain DOM, no framework. Document text is only ever inserted with
// textContent (or SVG attributes holding numbers): never as HTML.
// @ts-check
(function () {
  'use strict';
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();

  /** Rendering everything above this many rows would stall the webview: draw a window instead. */
  const VIRTUAL_THRESHOLD = 2000;
  const OVERSCAN = 30;
  const MAX_BARS = 400;
  const KIND_ORDER = ['money', 'percent', 'percentage-point', 'count', 'area', 'length', 'mass', 'volume', 'energy', 'duration', 'date', 'ratio', 'other'];
  const COLUMNS = ['line', 'text', 'value', 'unit', 'kind', 'indicator', 'relation', 'section'];

  /** @type {{uri?: string, view: 'table'|'chart', sortKey: string, sortDir: 1|-1, kind: string, query: string, scrollTop: number, current: number, furniture: boolean}} */
  const state = Object.assign(
    { view: 'table', sortKey: 'line', sortDir: 1, kind: '', query: '', scrollTop: 0, current: -1, furniture: false },
    vscode.getState() || {},
  );

  /** @type {Record<string,string>} */
  let S = {};
  /** @type {Record<string,string>} */
  let K = {};
  /** @type {any[]} */
  let rows = [];
  /** @type {Record<number,string>} */
  let tops = {};
  let version = 0;
  let fileName = '';
  /** @type {any[]} rows after filter and sort */
  let shown = [];
  let rowHeight = 24;
  /** Index into `shown` of the row holding the roving tab stop. */
  let focusPos = 0;
  let built = false;
  /** Rows of a list still arriving in chunks (`figuresMore`): drawn once the last one is in. */
  /** @type {{uri: string, version: number, total: number, rows: any[], tops: Record<number,string>, fileName: string} | null} */
  let incoming = null;

  const collator = new Intl.Collator(document.documentElement.lang || 'zh-CN', { numeric: true, sensitivity: 'base' });

  function save() {
    vscode.setState(state);
  }

  // fmt, el and svg: media/dom.js, loaded before this script (webviewPage.ts)
  const { fmt, el, svg } = /** @type {any} */ (window).gangmuDom;

  // ---- layout -------------------------------------------------------------------------------

  const app = /** @type {HTMLElement} */ (document.getElementById('app'));
  /** @type {Record<string, any>} */
  const ui = {};

  function build() {
    app.textContent = '';
    ui.file = el('h1', { className: 'file' });
    ui.count = el('span', { className: 'count', role: 'status', 'aria-live': 'polite' });

    ui.tableTab = el('button', { type: 'button', role: 'tab', id: 'tab-table', 'aria-controls': 'table-view', text: S.table, onclick: () => setView('table') });
    ui.chartTab = el('button', { type: 'button', role: 'tab', id: 'tab-chart', 'aria-controls': 'chart-view', text: S.chart, onclick: () => setView('chart') });
    const tabs = el('div', { className: 'tabs', role: 'tablist', 'aria-label': S.views }, ui.tableTab, ui.chartTab);
    tabs.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        setView(state.view === 'table' ? 'chart' : 'table');
        (state.view === 'table' ? ui.tableTab : ui.chartTab).focus();
        e.preventDefault();
      }
    });

    ui.query = el('input', {
      type: 'search', id: 'filter', className: 'filter', placeholder: S.filterPlaceholder, 'aria-label': S.filter, spellcheck: 'false',
    });
    ui.query.value = state.query;
    let queryTimer = 0;
    ui.query.addEventListener('input', () => {
      clearTimeout(queryTimer);
      queryTimer = setTimeout(() => {
        state.query = ui.query.value;
        save();
        refresh(true);
      }, 120);
    });

    const actions = el(
      'div',
      { className: 'actions', role: 'group', 'aria-label': S.actions },
      el('button', { type: 'button', id: 'export-csv', className: 'secondary', text: S.exportCsv, onclick: () => send('export', { format: 'csv' }) }),
      el('button', { type: 'button', id: 'export-json', className: 'secondary', text: S.exportJson, onclick: () => send('export', { format: 'json' }) }),
      el('button', { type: 'button', id: 'copy-md', className: 'secondary', text: S.copyMarkdown, onclick: () => send('copyMarkdown', {}) }),
    );

    ui.chips = el('div', { className: 'chips', role: 'group', 'aria-label': S.kinds });

    const header = el(
      'header',
      { className: 'toolbar' },
      el('div', { className: 'heading' }, ui.file, ui.count),
      el('div', { className: 'controls' }, tabs, ui.query, actions),
      ui.chips,
    );

    // Table
    ui.thead = el('thead');
    const headRow = el('tr');
    ui.ths = {};
    for (const key of COLUMNS) {
      const button = el('button', { type: 'button', className: 'sort', text: S[key], onclick: () => sortBy(key) });
      const th = el('th', { scope: 'col', className: 'col-' + key, 'data-key': key }, button);
      ui.ths[key] = th;
      headRow.append(th);
    }
    ui.thead.append(headRow);
    ui.tbody = el('tbody');
    ui.table = el('table', { id: 'figures', className: 'figures', 'aria-label': S.table }, ui.thead, ui.tbody);
    ui.tableView = el('div', { id: 'table-view', className: 'view table-view', role: 'tabpanel', 'aria-labelledby': 'tab-table' }, ui.table);
    ui.tableView.addEventListener('scroll', onScroll, { passive: true });
    ui.tbody.addEventListener('click', onRowClick);
    ui.tbody.addEventListener('keydown', onRowKey);

    // Chart
    ui.chartView = el('div', { id: 'chart-view', className: 'view chart-view', role: 'tabpanel', 'aria-labelledby': 'tab-chart' });
    ui.chartView.addEventListener('click', onBarActivate);
    ui.chartView.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') onBarActivate(e, e.key === ' ');
    });

    ui.empty = el('p', { className: 'empty', id: 'empty', role: 'note' });

    app.append(header, el('main', null, ui.empty, ui.tableView, ui.chartView));
    app.removeAttribute('aria-busy');
    built = true;
    applyView();
  }

  // ---- data -----------------------------------------------------------------------------------

  function sectionText(r) {
    return r.section.join(' › ');
  }

  function matches(r, q) {
    if (!q) return true;
    const hay = [r.text, r.value, r.readable, r.unit, K[r.kind] || r.kind, r.indicator, r.relation, sectionText(r), r.approx || ''].join('\u0000').toLowerCase();
    return hay.includes(q);
  }

  function compare(a, b) {
    const key = state.sortKey;
    const dir = state.sortDir;
    let c = 0;
    switch (key) {
      case 'line':
        c = a.line - b.line || a.col - b.col;
        break;
      case 'value': {
        const x = a.sortValue;
        const y = b.sortValue;
        // Rows without a number go last whichever way the column is sorted.
        if (x === null && y === null) c = collator.compare(a.value, b.value);
        else if (x === null) return 1;
        else if (y === null) return -1;
        else c = x - y;
        break;
      }
      case 'kind':
        c = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
        break;
      case 'section': {
        // Document order of the parts (headings are in text order), not the alphabet.
        const x = a.sectionIndex === null ? -1 : a.sectionIndex;
        const y = b.sectionIndex === null ? -1 : b.sectionIndex;
        c = x - y;
        break;
      }
      default: {
        const x = String(a[key] || '');
        const y = String(b[key] || '');
        if (!x && y) return 1;
        if (x && !y) return -1;
        c = collator.compare(x, y);
      }
    }
    return c * dir || a.line - b.line || a.col - b.col;
  }

  function recompute() {
    const q = state.query.trim().toLowerCase();
    const kind = state.kind;
    // Figures in page furniture (a site's footer, page numbers) are not the document's: shown on request.
    shown = rows.filter((r) => (state.furniture || !r.furniture) && (!kind || r.kind === kind) && matches(r, q));
    shown.sort(compare);
  }

  // ---- rendering ------------------------------------------------------------------------------

  function refresh(resetScroll) {
    if (!built) return;
    recompute();
    renderHeader();
    renderChips();
    if (resetScroll) {
      ui.tableView.scrollTop = 0;
      focusPos = 0;
    }
    if (state.view === 'table') renderTable();
    else renderChart();
    const total = rows.length;
    ui.count.textContent = shown.length === total ? fmt(S.all, total) : fmt(S.shown, shown.length, total);
    ui.empty.textContent = !fileName ? S.noDocument : total === 0 ? S.noFigures : shown.length === 0 ? S.noMatch : '';
    ui.empty.hidden = !ui.empty.textContent;
    vscode.postMessage({ type: 'rendered', version, rows: state.view === 'table' ? shown.length : countBars(), view: state.view });
  }

  function renderHeader() {
    ui.file.textContent = fileName;
    for (const key of COLUMNS) {
      const th = ui.ths[key];
      th.setAttribute('aria-sort', state.sortKey === key ? (state.sortDir === 1 ? 'ascending' : 'descending') : 'none');
    }
  }

  function renderChips() {
    const counts = new Map();
    let furniture = 0;
    let content = 0;
    for (const r of rows) {
      if (r.furniture) furniture++;
      if (r.furniture && !state.furniture) continue;
      content++;
      counts.set(r.kind, (counts.get(r.kind) || 0) + 1);
    }
    const had = document.activeElement && ui.chips.contains(document.activeElement) ? document.activeElement.getAttribute('data-kind') : null;
    ui.chips.textContent = '';
    const chip = (kind, label, n) => {
      const b = el(
        'button',
        { type: 'button', className: 'chip', 'data-kind': kind, 'aria-pressed': String(state.kind === kind), onclick: () => setKind(kind) },
        el('span', { className: 'chip-label', text: label }),
        el('span', { className: 'chip-count', text: String(n) }),
      );
      ui.chips.append(b);
      if (had === kind) b.focus();
    };
    chip('', S.allKinds, content);
    for (const k of KIND_ORDER) if (counts.has(k)) chip(k, K[k] || k, counts.get(k));
    if (furniture > 0) {
      const b = el(
        'button',
        { type: 'button', className: 'chip chip-furniture', id: 'toggle-furniture', title: S.furnitureHint, 'aria-pressed': String(state.furniture), onclick: toggleFurniture },
        el('span', { className: 'chip-label', text: S.furniture }),
        el('span', { className: 'chip-count', text: String(furniture) }),
      );
      ui.chips.append(b);
      if (ui.focusFurniture) b.focus();
      ui.focusFurniture = false;
    }
  }

  function toggleFurniture() {
    state.furniture = !state.furniture;
    ui.focusFurniture = true;
    save();
    refresh(true);
  }

  function setKind(kind) {
    state.kind = state.kind === kind ? '' : kind;
    save();
    refresh(true);
  }

  function sortBy(key) {
    if (state.sortKey === key) state.sortDir = state.sortDir === 1 ? -1 : 1;
    else {
      state.sortKey = key;
      state.sortDir = 1;
    }
    save();
    refresh(false);
  }

  function setView(view) {
    if (state.view === view) return;
    state.view = view;
    save();
    applyView();
    refresh(false);
  }

  function applyView() {
    const table = state.view === 'table';
    ui.tableView.hidden = !table;
    ui.chartView.hidden = table;
    ui.tableTab.setAttribute('aria-selected', String(table));
    ui.chartTab.setAttribute('aria-selected', String(!table));
    ui.tableTab.tabIndex = table ? 0 : -1;
    ui.chartTab.tabIndex = table ? -1 : 0;
  }

  /** The 万/亿 reading adds something only when the text does not already say it that way. */
  function showReadable(r) {
    return !!r.readable && !r.text.replace(/[,，\s]/g, '').startsWith(r.readable);
  }

  /** `134.9万亿` + `元` → `134.9万亿元`; a Latin unit gets a space (`3 km`). */
  function withUnit(value, unit) {
    if (!unit) return value;
    return /^[A-Za-z]/.test(unit) ? value + ' ' + unit : value + unit;
  }

  function makeRow(r, pos) {
    const tr = el('tr', {
      'data-line': r.line,
      'data-col': r.col,
      'data-index': r.index,
      'data-pos': pos,
      tabindex: pos === focusPos ? 0 : -1,
      'aria-rowindex': pos + 2,
      className: r.index === state.current ? 'current' : undefined,
      'aria-selected': r.index === state.current ? 'true' : undefined,
    });
    const value = el(
      'td',
      { className: 'col-value num', title: r.value ? (r.readable ? `${r.value} (${r.readable})` : r.value) : undefined },
      el('span', { className: 'value', text: r.value }),
    );
    if (showReadable(r)) value.append(el('span', { className: 'readable', text: r.readable }));
    const section = sectionText(r);
    tr.append(
      el('td', { className: 'col-line num', text: r.line }),
      el('td', { className: 'col-text' }, el('span', { className: 'figure', text: r.text })),
      value,
      el('td', { className: 'col-unit', text: r.unit }),
      el('td', { className: 'col-kind' }, el('span', { className: 'kind kind-' + r.kind, text: K[r.kind] || r.kind })),
      el('td', { className: 'col-indicator', text: r.indicator, title: r.indicator || undefined }),
      el('td', { className: 'col-relation', text: r.relation }),
      el('td', { className: 'col-section', text: r.sectionBrief, title: section || undefined }),
    );
    return tr;
  }

  let windowStart = -1;
  let windowEnd = -1;

  function renderTable() {
    ui.table.setAttribute('aria-rowcount', String(shown.length + 1));
    windowStart = windowEnd = -1;
    if (focusPos >= shown.length) focusPos = Math.max(0, shown.length - 1);
    if (shown.length <= VIRTUAL_THRESHOLD) {
      const frag = document.createDocumentFragment();
      shown.forEach((r, i) => frag.append(makeRow(r, i)));
      ui.tbody.textContent = '';
      ui.tbody.append(frag);
      ui.table.classList.remove('virtual');
      if (state.scrollTop) {
        ui.tableView.scrollTop = state.scrollTop;
        state.scrollTop = 0;
      }
      return;
    }
    ui.table.classList.add('virtual');
    if (state.scrollTop) {
      ui.tableView.scrollTop = state.scrollTop;
      state.scrollTop = 0;
    }
    renderWindow(true);
  }

  /** Draws only the rows near the viewport, with spacer rows keeping the scroll height right. */
  function renderWindow(force) {
    const viewport = ui.tableView.clientHeight || 600;
    const headH = ui.thead.offsetHeight || rowHeight;
    const top = Math.max(0, ui.tableView.scrollTop - headH);
    let start = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
    let end = Math.min(shown.length, Math.ceil((top + viewport) / rowHeight) + OVERSCAN);
    // Keep the focused row drawn so the keyboard never loses its place.
    if (focusPos < start) start = Math.max(0, focusPos - 1);
    if (focusPos >= end) end = Math.min(shown.length, focusPos + 2);
    if (!force && start === windowStart && end === windowEnd) return;
    const hadFocus = ui.tbody.contains(document.activeElement);
    windowStart = start;
    windowEnd = end;
    const frag = document.createDocumentFragment();
    const spacer = (h) => {
      const tr = el('tr', { className: 'spacer', 'aria-hidden': 'true' }, el('td', { colspan: COLUMNS.length }));
      tr.style.height = h + 'px';
      return tr;
    };
    if (start > 0) frag.append(spacer(start * rowHeight));
    for (let i = start; i < end; i++) frag.append(makeRow(shown[i], i));
    if (end < shown.length) frag.append(spacer((shown.length - end) * rowHeight));
    ui.tbody.textContent = '';
    ui.tbody.append(frag);
    const first = ui.tbody.querySelector('tr[data-line]');
    if (first && first.offsetHeight && Math.abs(first.offsetHeight - rowHeight) > 0.5) {
      rowHeight = first.offsetHeight;
      renderWindow(true);
      return;
    }
    if (hadFocus) focusRow(focusPos, false);
  }

  function onScroll() {
    if (state.view !== 'table') return;
    if (shown.length > VIRTUAL_THRESHOLD) requestAnimationFrame(() => renderWindow(false));
    saveScroll();
  }

  let scrollTimer = 0;
  function saveScroll() {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => {
      state.scrollTop = ui.tableView.scrollTop;
      save();
      state.scrollTop = 0;
    }, 200);
  }

  function rowOf(target) {
    const t = /** @type {Element|null} */ (target);
    return t && t.closest ? t.closest('tr[data-line]') : null;
  }

  /** Highlights the row (and bar) of figure `index`; from the editor's cursor, scrolls it into view. */
  function markCurrent(index, scroll) {
    state.current = index;
    save();
    for (const node of app.querySelectorAll('.current[data-index]')) {
      node.classList.remove('current');
      node.removeAttribute('aria-selected');
    }
    for (const node of app.querySelectorAll(`[data-index="${index | 0}"]`)) {
      node.classList.add('current');
      if (node.tagName === 'TR') node.setAttribute('aria-selected', 'true');
      if (scroll && !node.closest('[hidden]')) node.scrollIntoView({ block: 'nearest' });
    }
  }

  /** Selects the figure in the editor; `preserveFocus` keeps the keyboard in the panel (Space). */
  function reveal(r, preserveFocus) {
    markCurrent(r.index, false);
    vscode.postMessage({ type: 'reveal', line: r.line, col: r.col, length: r.length, preserveFocus: !!preserveFocus });
  }

  function onRowClick(e) {
    const tr = rowOf(e.target);
    if (!tr) return;
    const pos = Number(tr.getAttribute('data-pos'));
    setFocusPos(pos);
    reveal(shown[pos]);
  }

  function setFocusPos(pos) {
    const old = ui.tbody.querySelector('tr[tabindex="0"]');
    if (old) old.tabIndex = -1;
    focusPos = pos;
    const tr = ui.tbody.querySelector(`tr[data-pos="${pos}"]`);
    if (tr) tr.tabIndex = 0;
  }

  function focusRow(pos, scroll) {
    if (!shown.length) return;
    pos = Math.max(0, Math.min(shown.length - 1, pos));
    setFocusPos(pos);
    let tr = ui.tbody.querySelector(`tr[data-pos="${pos}"]`);
    if (!tr && shown.length > VIRTUAL_THRESHOLD) {
      ui.tableView.scrollTop = pos * rowHeight;
      renderWindow(true);
      tr = ui.tbody.querySelector(`tr[data-pos="${pos}"]`);
    }
    if (tr) {
      tr.focus({ preventScroll: !scroll });
      if (scroll) tr.scrollIntoView({ block: 'nearest' });
    }
  }

  function onRowKey(e) {
    const tr = rowOf(e.target);
    if (!tr) return;
    const pos = Number(tr.getAttribute('data-pos'));
    const page = Math.max(1, Math.floor(ui.tableView.clientHeight / rowHeight) - 2);
    let next = -1;
    switch (e.key) {
      case 'Enter':
        reveal(shown[pos], false);
        e.preventDefault();
        return;
      case ' ':
        reveal(shown[pos], true);
        e.preventDefault();
        return;
      case 'ArrowDown': next = pos + 1; break;
      case 'ArrowUp': next = pos - 1; break;
      case 'PageDown': next = pos + page; break;
      case 'PageUp': next = pos - page; break;
      case 'Home': next = 0; break;
      case 'End': next = shown.length - 1; break;
      default: return;
    }
    e.preventDefault();
    focusRow(next, true);
  }

  // ---- chart ----------------------------------------------------------------------------------

  let barCount = 0;
  function countBars() {
    return barCount;
  }

  function barValue(r) {
    const s = r.sortValue;
    if (s === null || s === undefined) return null;
    return s;
  }

  function renderChart() {
    ui.chartView.textContent = '';
    barCount = 0;
    const money = shown.filter((r) => r.kind === 'money' && barValue(r) !== null);
    const pct = shown.filter((r) => (r.kind === 'percent' || r.kind === 'percentage-point') && barValue(r) !== null);
    ui.chartView.append(
      chart('money', S.moneyChart, S.noMoney, money),
      chart('percent', S.percentChart, S.noPercent, pct),
      el('p', { className: 'note', text: S.scale }),
    );
  }

  function chart(id, title, emptyText, list) {
    const section = el('section', { className: 'chart chart-' + id, 'aria-labelledby': 'chart-title-' + id });
    section.append(el('h2', { id: 'chart-title-' + id, text: title }));
    if (!list.length) {
      section.append(el('p', { className: 'empty-chart', text: emptyText }));
      return section;
    }
    // Group by top-level part, in document order.
    const byDoc = list.slice().sort((a, b) => a.line - b.line || a.col - b.col);
    const capped = byDoc.slice(0, MAX_BARS);
    let max = 0;
    for (const r of capped) max = Math.max(max, Math.abs(barValue(r)), Math.abs(r.high || 0));
    if (!(max > 0)) max = 1;
    const groups = [];
    for (const r of capped) {
      const key = r.top === null ? -1 : r.top;
      let g = groups[groups.length - 1];
      if (!g || g.key !== key) groups.push((g = { key, rows: [] }));
      g.rows.push(r);
    }
    for (const g of groups) {
      const label = g.key < 0 ? S.beforeFirst : tops[g.key] || '';
      const list = el('ul', { className: 'bars', 'aria-label': label });
      for (const r of g.rows) list.append(bar(r, max, id));
      section.append(el('h3', { className: 'group', text: label, title: label }), list);
    }
    if (byDoc.length > capped.length) section.append(el('p', { className: 'note', text: fmt(S.capped, capped.length, byDoc.length) }));
    return section;
  }

  function bar(r, max, id) {
    // Magnitudes from zero; a range is drawn from its low to its high end.
    const a = Math.abs(barValue(r));
    const b = r.high === null || r.high === undefined ? null : Math.abs(r.high);
    const lo = b === null ? 0 : Math.min(a, b);
    const hi = b === null ? a : Math.max(a, b);
    const x = (lo / max) * 100;
    const w = Math.max(0.6, ((hi - lo) / max) * 100);
    const label = r.indicator || r.relation || r.text;
    const shownValue = withUnit(r.readable || r.value, r.unit);
    const graphic = svg('svg', { class: 'bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' });
    graphic.append(svg('rect', { class: 'track', x: 0, y: 0, width: 100, height: 10 }));
    graphic.append(svg('rect', { class: 'fill fill-' + r.kind, x: x.toFixed(3), y: 0, width: Math.min(100 - x, w).toFixed(3), height: 10 }));
    barCount++;
    const item = el(
      'li',
      {
        className: 'bar-row' + (r.index === state.current ? ' current' : ''),
        tabindex: 0,
        role: 'button',
        'data-line': r.line,
        'data-col': r.col,
        'data-index': r.index,
        'aria-label': `${label}: ${r.text}`,
      },
      el('span', { className: 'bar-label', text: label, title: `${label} — ${r.text} (${S.line} ${r.line})` }),
      el('span', { className: 'bar-track' }, graphic),
      el('span', { className: 'bar-value num', text: shownValue }),
    );
    if (r.relation && label !== r.relation) item.querySelector('.bar-label').append(el('span', { className: 'relation', text: ' ' + r.relation }));
    return item;
  }

  function onBarActivate(e, preserveFocus) {
    const t = /** @type {Element|null} */ (e.target);
    const li = t && t.closest ? t.closest('li[data-index]') : null;
    if (!li) return;
    const index = Number(li.getAttribute('data-index'));
    const r = rows.find((x) => x.index === index);
    if (!r) return;
    e.preventDefault();
    reveal(r, preserveFocus === true);
  }

  // ---- messages -------------------------------------------------------------------------------

  function send(type, extra) {
    // The current filter and order go along, so exports match what the reader sees.
    const filtered = shown.length !== rows.length || state.sortKey !== 'line' || state.sortDir !== 1;
    vscode.postMessage(Object.assign({ type, rows: filtered ? shown.map((r) => r.index) : null }, extra));
  }

  /** Shows a complete list of rows; the view keeps its place when the document is the same. */
  function show(next) {
    const same = next.uri === state.uri;
    if (!same) {
      state.uri = next.uri;
      state.current = -1;
      state.scrollTop = 0;
    }
    save();
    rows = next.rows;
    tops = next.tops;
    version = next.version;
    fileName = next.fileName;
    refresh(!same);
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m !== 'object') return;
    switch (m.type) {
      case 'init':
        S = m.strings || {};
        K = m.kinds || {};
        build();
        break;
      case 'figures': {
        if (!built) return;
        const list = Array.isArray(m.rows) ? m.rows : [];
        const total = typeof m.total === 'number' && m.total > list.length ? m.total : list.length;
        const next = { uri: m.uri, version: m.version | 0, total, rows: list.slice(), tops: m.tops || {}, fileName: String(m.fileName || '') };
        incoming = null;
        if (next.rows.length < total) incoming = next;
        else show(next);
        break;
      }
      case 'figuresMore': {
        // A chunk of the list being received; one of another list or out of order ends it.
        if (!incoming || m.uri !== incoming.uri || (m.version | 0) !== incoming.version || m.offset !== incoming.rows.length || !Array.isArray(m.rows)) return;
        for (const r of m.rows) incoming.rows.push(r);
        if (incoming.rows.length >= incoming.total) {
          const done = incoming;
          incoming = null;
          show(done);
        }
        break;
      }
      case 'select': {
        if (!built || typeof m.index !== 'number') return;
        markCurrent(m.index, true);
        break;
      }
      case 'empty':
        if (!built) return;
        incoming = null;
        rows = [];
        fileName = '';
        refresh(true);
        break;
    }
  });

  vscode.postMessage({ type: 'ready' });
})();
