// render.js: the page's only hand-written script. It loads the Go WebAssembly module, sends
// the visitor's actions to it (one call per action) and patches the DOM from the view-model
// the Go side returns: a tree of {t: tag, a: {attribute: value}, c: [children]} and strings
// for text. Text is only ever set as text and attributes only through setAttribute; no HTML
// is parsed. See docs/demo.md.
'use strict';
(() => {
  const SVG = 'http://www.w3.org/2000/svg';
  const REGIONS = ['top', 'lineage', 'timeline', 'status', 'people', 'diff', 'sources', 'editor-head', 'issues'];
  // Attributes the view-model may set. Event handlers and style are not among them, and
  // href must be http or https.
  const ALLOWED = /^(class|id|title|role|tabindex|lang|dir|for|type|min|max|step|name|value|placeholder|href|rel|target|datetime|viewBox|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|dx|dy|width|height|d|points|transform|text-anchor|dominant-baseline|marker-end|marker-start|markerWidth|markerHeight|refX|refY|orient|preserveAspectRatio|selected|checked|disabled|hidden|open|aria-[a-z]+|data-[a-z-]+)$/;
  const longTasks = [];
  const timings = [];
  const last = {};
  let dispatch = null;

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { /* long task timing is optional */ }

  function safe(name, value) {
    if (!ALLOWED.test(name)) return false;
    if (name === 'href') return /^https?:\/\//i.test(value);
    return true;
  }

  function create(v, ns) {
    if (typeof v === 'string') return document.createTextNode(v);
    const inner = v.t === 'svg' ? SVG : ns;
    const el = inner ? document.createElementNS(inner, v.t) : document.createElement(v.t);
    setAttributes(el, v.a || {});
    patchChildren(el, v.c || [], inner);
    setProperties(el, v.a || {});
    return el;
  }

  function same(node, v, ns) {
    if (typeof v === 'string') return node.nodeType === 3;
    const inner = v.t === 'svg' ? SVG : ns;
    return node.nodeType === 1 && node.localName === v.t &&
      (node.namespaceURI === SVG) === (inner === SVG);
  }

  function setAttributes(el, a) {
    for (const name of el.getAttributeNames()) {
      if (!(name in a)) el.removeAttribute(name);
    }
    for (const name in a) {
      const value = a[name];
      if (safe(name, value) && el.getAttribute(name) !== value) el.setAttribute(name, value);
    }
  }

  // setProperties makes form controls show the model's value, except while the visitor is
  // using the control.
  function setProperties(el, a) {
    if ('value' in a && el.value !== a.value && el !== document.activeElement) el.value = a.value;
    if (el.localName === 'input' && el.type === 'checkbox') el.checked = 'checked' in a;
  }

  function update(node, v, ns) {
    if (typeof v === 'string') {
      if (node.data !== v) node.data = v;
      return;
    }
    const inner = v.t === 'svg' ? SVG : ns;
    setAttributes(node, v.a || {});
    patchChildren(node, v.c || [], inner);
    setProperties(node, v.a || {});
  }

  function patchChildren(parent, kids, ns) {
    for (let i = 0; i < kids.length; i++) {
      const cur = parent.childNodes[i];
      if (cur && same(cur, kids[i], ns)) update(cur, kids[i], ns);
      else if (cur) parent.replaceChild(create(kids[i], ns), cur);
      else parent.appendChild(create(kids[i], ns));
    }
    while (parent.childNodes.length > kids.length) parent.lastChild.remove();
  }

  function render(result) {
    if (result.lang) {
      document.documentElement.lang = result.lang;
      document.documentElement.dir = result.dir;
    }
    const regions = result.regions || {};
    for (const id of REGIONS) {
      const json = regions[id];
      if (json === undefined || last[id] === json) continue;
      last[id] = json;
      patchChildren(document.getElementById(id), JSON.parse(json), null);
    }
    const source = document.getElementById('source');
    if (typeof result.text === 'string' && source.value !== result.text) {
      source.value = result.text;
      source.scrollTop = 0;
    }
    if (result.select) select(source, result.select);
    if (result.error) fatal(result.error);
  }

  // select puts the editor's cursor on a range given in UTF-16 code units (JavaScript string
  // indices) and scrolls its line into view.
  function select(source, s) {
    source.focus();
    source.setSelectionRange(s[0], s[1]);
    const lineHeight = parseFloat(getComputedStyle(source).lineHeight) || 18;
    source.scrollTop = Math.max(0, (s[2] - 4) * lineHeight);
  }

  function fatal(message) {
    const top = document.getElementById('top');
    const p = document.createElement('p');
    p.className = 'fatal';
    p.setAttribute('role', 'alert');
    p.textContent = String(message);
    top.appendChild(p);
  }

  // apply sends one action to Go and renders the answer; it returns the time taken in ms.
  function apply(act, val) {
    if (!dispatch) return 0;
    const t0 = performance.now();
    const result = dispatch(act, String(val));
    const t1 = performance.now();
    render(result);
    const t2 = performance.now();
    timings.push({ act, ms: t2 - t0, go: t1 - t0, dom: t2 - t1 });
    return t2 - t0;
  }

  const timers = {};
  function debounce(key, ms, fn) {
    clearTimeout(timers[key]);
    timers[key] = setTimeout(fn, ms);
  }
  let framePending = null;
  function onFrame(fn) {
    if (framePending === null) requestAnimationFrame(() => { const f = framePending; framePending = null; f(); });
    framePending = fn;
  }

  document.addEventListener('click', (e) => {
    const el = e.target.closest('button[data-act]');
    if (el) apply(el.dataset.act, el.dataset.val || '');
  });
  document.addEventListener('change', (e) => {
    const el = e.target;
    if (el.dataset && el.dataset.act && (el.localName === 'select' || el.type === 'date')) apply(el.dataset.act, el.value);
  });
  document.addEventListener('input', (e) => {
    const el = e.target;
    if (el.id === 'source') debounce('edit', 200, () => apply('edit', el.value));
    else if (el.type === 'range') onFrame(() => apply(el.dataset.act, el.value));
    else if (el.type === 'search') debounce('search', 120, () => apply(el.dataset.act, el.value));
  });
  window.addEventListener('pagehide', (e) => {
    if (!e.persisted && dispatch) {
      dispatch('quit', '');
      dispatch = null;
    }
  });

  // nextTask resolves in a new task of the event loop, at once (a MessageChannel is not
  // throttled as nested timers are), so long work can be split into tasks.
  const channel = new MessageChannel();
  const waiting = [];
  channel.port1.onmessage = () => waiting.shift()();
  function nextTask() {
    return new Promise((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    });
  }

  // start draws the page one region per task, so that no task is long.
  async function start() {
    apply('load', ''); // Go decodes the bundled frameworks on its first action
    await nextTask();
    apply('start', location.search);
    for (const id of REGIONS) {
      await nextTask();
      apply('region', id);
    }
    document.getElementById('loading')?.remove();
    document.documentElement.dataset.ready = 'true';
    performance.mark('jscd-ready');
  }

  // jscdDemo is what the Go side and the browser tests see: Go calls attach once it has
  // registered its dispatch function.
  window.jscdDemo = Object.freeze({
    attach(fn) {
      performance.mark('jscd-go-started');
      dispatch = fn;
      nextTask().then(start).catch((err) => fatal('jscd: ' + err));
    },
    apply,
    longTasks,
    timings,
  });

  const go = new Go();
  performance.mark('jscd-fetch');
  WebAssembly.instantiateStreaming(fetch('jscd.wasm'), go.importObject)
    .then((r) => {
      performance.mark('jscd-compiled');
      return go.run(r.instance);
    })
    .catch((err) => fatal('WebAssembly: ' + err));
})();
