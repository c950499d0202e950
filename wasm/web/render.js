// render.js: the page's only hand-written script. It loads the Go WebAssembly module, sends
// the visitor's actions to it (one call per action) and patches the DOM from the view-model
// the Go side returns: a tree of {t: tag, a: {attribute: value}, c: [children]} and strings
// for text. Text is only ever set as text and attributes only through setAttribute; no HTML
// is parsed. See docs/demo.md.
'use strict';
(() => {
  const SVG = 'http://www.w3.org/2000/svg';
  // The regions, in the order they are drawn when several wait: the header and the editor's
  // side first, then the panels from the top of the page down.
  const REGIONS = ['top', 'editor-head', 'issues', 'lineage', 'timeline', 'status', 'people', 'diff', 'sources'];
  // A task that draws waiting regions stops taking more after this many milliseconds.
  const TASK_BUDGET_MS = 30;
  // Attributes the view-model may set. Event handlers and style are not among them, and
  // href must be http or https.
  const ALLOWED = /^(class|id|title|role|tabindex|lang|dir|for|type|min|max|step|name|value|placeholder|href|rel|target|datetime|viewBox|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|dx|dy|width|height|d|points|transform|text-anchor|dominant-baseline|marker-end|marker-start|markerWidth|markerHeight|refX|refY|orient|direction|preserveAspectRatio|selected|checked|disabled|hidden|open|aria-[a-z]+|data-[a-z-]+)$/;
  const longTasks = [];
  const timings = [];
  const last = {};
  let dispatch = null;
  const pending = new Set(); // regions an action changed that are not drawn yet
  const onScreen = new Set(); // regions in or near the viewport
  const settledWaiters = [];

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

  // same reports whether node can be patched into v. An input of another type is replaced,
  // not patched: changing a date field into a slider would first give it the slider's value,
  // which the browser rejects with a console warning.
  function same(node, v, ns) {
    if (typeof v === 'string') return node.nodeType === 3;
    const inner = v.t === 'svg' ? SVG : ns;
    return node.nodeType === 1 && node.localName === v.t &&
      (node.namespaceURI === SVG) === (inner === SVG) &&
      (v.t !== 'input' || node.getAttribute('type') === ((v.a || {}).type || null));
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
      if (json !== undefined) pending.delete(id);
      if (json === undefined || last[id] === json) continue;
      last[id] = json;
      const t0 = performance.now();
      patchChildren(document.getElementById(id), JSON.parse(json), null);
      performance.measure('dom ' + id, { start: t0 });
    }
    const source = document.getElementById('source');
    if (typeof result.text === 'string' && source.value !== result.text) {
      const t0 = performance.now();
      // Scrolling lays the editor's lines out at once, so only a replaced text scrolls back;
      // a first text is laid out with the next frame, outside this task.
      const replacing = source.value !== '';
      source.value = result.text;
      if (replacing) source.scrollTop = 0;
      performance.measure('dom editor text', { start: t0 });
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

  // apply sends one action to Go and renders the answer; it returns the time taken in ms. Go
  // draws at once only the regions on screen; the others the action changed are drawn in
  // later tasks (drain), so that an edit does not wait for panels the visitor cannot see.
  function apply(act, val) {
    if (!dispatch) return 0;
    const t0 = performance.now();
    const result = dispatch(act, String(val), [...onScreen].join(','));
    const t1 = performance.now();
    performance.measure('dispatch ' + act, { start: t0, end: t1 });
    if (typeof result.steps === 'string') {
      for (const [name, start, end] of JSON.parse(result.steps)) performance.measure(name, { start, end });
    }
    render(result);
    const t2 = performance.now();
    timings.push({ act, ms: t2 - t0, go: t1 - t0, dom: t2 - t1 });
    for (const id of result.dirty || []) pending.add(id);
    if (pending.size > 0) drain();
    return t2 - t0;
  }

  // drain draws the waiting regions, those on screen first, a few per task: a task stops
  // taking regions after TASK_BUDGET_MS, so that input and frames get their turn.
  let draining = false;
  async function drain() {
    if (draining) return;
    draining = true;
    try {
      while (pending.size > 0) {
        await nextTask();
        const deadline = performance.now() + TASK_BUDGET_MS;
        const drawn = [];
        while (pending.size > 0 && performance.now() < deadline) {
          const id = REGIONS.find((r) => pending.has(r) && onScreen.has(r)) || REGIONS.find((r) => pending.has(r));
          pending.delete(id);
          apply('region', id);
          drawn.push(id);
        }
        // Lay the page out now rather than in the next frame, so that its cost is measured.
        const t = performance.now();
        void document.body.offsetHeight;
        performance.measure('layout ' + drawn.join(' '), { start: t });
        afterDrawing();
      }
    } finally {
      draining = false;
    }
    while (settledWaiters.length > 0) settledWaiters.shift()();
  }

  // settled resolves once every region the actions so far changed is drawn.
  function settled() {
    if (pending.size === 0 && !draining) return Promise.resolve();
    return new Promise((resolve) => settledWaiters.push(resolve));
  }

  // afterDrawing sets the start-up marks: "jscd-first-screen" once the header, the editor's
  // side and enough panels to fill the window are drawn, and "jscd-ready" once all are.
  let started = false;
  function afterDrawing() {
    if (!started) return;
    const root = document.documentElement;
    if (!root.dataset.firstScreen && !['top', 'editor-head', 'issues'].some((r) => pending.has(r)) &&
        (pending.size === 0 || document.querySelector('.panels').getBoundingClientRect().bottom >= innerHeight)) {
      root.dataset.firstScreen = 'true';
      document.getElementById('loading')?.remove();
      performance.mark('jscd-first-screen');
    }
    if (pending.size === 0 && !root.dataset.ready) {
      root.dataset.ready = 'true';
      performance.mark('jscd-ready');
    }
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

  // Buttons and the SVG elements that act as buttons (lineage nodes, timeline marks) send
  // their action when clicked; the SVG ones also on Enter and Space, as a button would.
  const ACTOR = 'button[data-act], [role="button"][data-act]';
  document.addEventListener('click', (e) => {
    const el = e.target.closest(ACTOR);
    if (el) apply(el.dataset.act, el.dataset.val || '');
  });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const el = e.target.closest(ACTOR);
    if (!el || el.localName === 'button') return;
    e.preventDefault();
    apply(el.dataset.act, el.dataset.val || '');
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

  // start decodes and checks the document in one task, then draws the page region by region
  // in the tasks that follow (drain).
  async function start() {
    if ('IntersectionObserver' in window) {
      const observer = new IntersectionObserver((entries) => {
        for (const e of entries) {
          if (e.isIntersecting) onScreen.add(e.target.id); else onScreen.delete(e.target.id);
        }
        if (pending.size > 0) drain();
      }, { rootMargin: '200px 0px' });
      for (const id of REGIONS) observer.observe(document.getElementById(id));
    } else {
      for (const id of REGIONS) onScreen.add(id);
    }
    started = true;
    apply('start', location.search);
  }

  // jscdDemo is what the Go side and the browser tests see: Go calls attach once it has
  // registered its dispatch function.
  window.jscdDemo = Object.freeze({
    attach(fn) {
      performance.mark('jscd-go-started');
      dispatch = fn;
      nextTask().then(start).catch((err) => fatal('jscd: ' + err));
    },
    fail: fatal,
    apply,
    settled,
    idle: () => pending.size === 0 && !draining,
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
