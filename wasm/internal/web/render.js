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
  const REGIONS = ['top', 'summary', 'detail', 'editor-head', 'issues', 'lineage', 'instruments', 'timeline', 'status',
    'people', 'assessments', 'map', 'places', 'diff', 'sources'];
  // A task that draws waiting regions stops taking more after this many milliseconds.
  const TASK_BUDGET_MS = 30;
  // Attributes the view-model may set. Event handlers and style are not among them, and
  // href must be http or https, or a link within the page: a query of the page's own address
  // (?dataset=…&focus=…) or a fragment (#timeline).
  const ALLOWED = /^(class|id|title|role|tabindex|lang|dir|for|type|min|max|step|name|value|placeholder|href|rel|target|datetime|viewBox|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|dx|dy|width|height|d|points|transform|text-anchor|dominant-baseline|marker-end|marker-start|markerWidth|markerHeight|refX|refY|orient|direction|preserveAspectRatio|selected|checked|disabled|hidden|open|aria-[a-z]+|data-[a-z-]+)$/;
  const longTasks = [];
  const timings = [];
  const last = {};
  let dispatch = null;
  const pending = new Set(); // regions an action changed that are not drawn yet
  const onScreen = new Set(); // regions in or near the viewport
  const settledWaiters = [];
  // Actions taken before the module is ready, replayed in order when it takes over.
  const queued = [];
  // While true, a result's text does not replace the editor's (takeOver).
  let keepText = false;

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ at: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { /* long task timing is optional */ }

  function safe(name, value) {
    if (!ALLOWED.test(name)) return false;
    if (name === 'href') return /^https?:\/\//i.test(value) || /^\?[\w=&.-]*$/.test(value) || /^#[\w-]+$/.test(value) || value === 'world.svg';
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
      // A group of issues the visitor opened stays open when the list is drawn again, and a
      // scroller keeps the data-more this script gave it (markMore).
      if (!(name in a) && !(name === 'open' && el.localName === 'details') && name !== 'data-more') el.removeAttribute(name);
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
    // Setting lang or dir, even to the value it has, makes the browser restyle every element
    // of the page, so only a change is set.
    const root = document.documentElement;
    if (result.lang && root.lang !== result.lang) root.lang = result.lang;
    if (result.dir && root.dir !== result.dir) root.dir = result.dir;
    const regions = result.regions || {};
    // The module names the regions it drew unchanged instead of sending them again.
    for (const id of result.same || []) pending.delete(id);
    for (const id of REGIONS) {
      const json = regions[id];
      if (json !== undefined) pending.delete(id);
      if (json === undefined || last[id] === json) continue;
      last[id] = json;
      const t0 = performance.now();
      const region = document.getElementById(id);
      patchChildren(region, JSON.parse(json), null);
      fitScrollers(region);
      performance.measure('dom ' + id, { start: t0 });
    }
    const source = document.getElementById('source');
    if (typeof result.text === 'string' && !keepText && source.value !== result.text) {
      const t0 = performance.now();
      // Scrolling lays the editor's lines out at once, so only a replaced text scrolls back;
      // a first text is laid out with the next frame, outside this task.
      const replacing = source.value !== '';
      source.value = result.text;
      if (replacing) source.scrollTop = 0;
      performance.measure('dom editor text', { start: t0 });
    }
    if (result.editor) root.dataset.editor = result.editor;
    if (result.select) select(source, result.select);
    if (typeof result.address === 'string') address(result.address, result.push);
    if (result.debug) console.debug(result.debug);
    if (result.error) fatal(result.error);
  }

  // address puts the view's address in the location bar, so that the view can be linked and
  // survives a reload: a new history entry for a new view (a language, a framework, an
  // entity's card), the current entry adjusted otherwise (the day, which a slider moves many
  // times a second: adjusted after a pause, as the browser limits how often it may be).
  function address(query, push) {
    if (query === location.search) return;
    if (push) {
      clearTimeout(timers.address);
      history.pushState(null, '', query + location.hash);
    } else {
      debounce('address', 300, () => {
        if (query !== location.search) history.replaceState(null, '', query + location.hash);
      });
    }
  }

  // A drawing wider than its panel scrolls sideways inside a .scroller (style.css). When it
  // is first drawn, or its focus moves, it is scrolled so that its data-focus (a fraction of
  // its width from the left, where the most recent activity is) is in view, unless the
  // visitor has scrolled it; data-more on the .scroller names the sides with more to see,
  // which style.css shades and says in words.
  const focused = new WeakMap(); // .scroll -> the focus it was scrolled to
  const scrolledTo = new WeakMap(); // .scroll -> the scrollLeft this script gave it
  const scrolledByVisitor = new WeakSet();
  function fitScrollers(root) {
    for (const box of root.querySelectorAll('.scroll[data-focus]')) {
      watchSize(box);
      const focus = parseFloat(box.dataset.focus);
      const room = box.scrollWidth - box.clientWidth;
      if (room > 1 && focused.get(box) !== focus && !scrolledByVisitor.has(box)) {
        focused.set(box, focus);
        const left = Math.min(Math.max(focus * box.scrollWidth - box.clientWidth / 2, 0), room);
        box.scrollLeft = getComputedStyle(box).direction === 'rtl' ? left - room : left;
        scrolledTo.set(box, box.scrollLeft);
      }
      markMore(box);
    }
  }
  function markMore(box) {
    const outer = box.parentElement;
    if (!outer || !outer.classList.contains('scroller')) return;
    const room = box.scrollWidth - box.clientWidth;
    const left = getComputedStyle(box).direction === 'rtl' ? box.scrollLeft + room : box.scrollLeft;
    const more = [left > 1 ? 'left' : '', left < room - 1 ? 'right' : ''].filter(Boolean).join(' ');
    if ((outer.getAttribute('data-more') || '') !== more) outer.setAttribute('data-more', more);
  }
  document.addEventListener('scroll', (e) => {
    const box = e.target;
    if (!(box instanceof Element) || !box.matches('.scroll[data-focus]')) return;
    // A scroll event comes a frame after the scroll: one to where this script put the box is
    // its own.
    if (Math.abs(box.scrollLeft - (scrolledTo.get(box) ?? NaN)) > 1) scrolledByVisitor.add(box);
    markMore(box);
  }, { capture: true, passive: true });
  // A drawing's box changes size as the page around it settles (its panel's legends wrap, a
  // font arrives) and when the window turns: scroll it to its focus again, unless the visitor
  // has scrolled it.
  const resized = 'ResizeObserver' in window ? new ResizeObserver((entries) => {
    for (const e of entries) {
      if (!scrolledByVisitor.has(e.target)) focused.delete(e.target);
      if (e.target.parentElement) fitScrollers(e.target.parentElement);
    }
  }) : null;
  const watched = new WeakSet();
  function watchSize(box) {
    if (resized && !watched.has(box)) {
      watched.add(box);
      resized.observe(box);
    }
  }

  // select puts the editor's cursor on a range given in UTF-16 code units (JavaScript string
  // indices) and scrolls its line into view.
  function select(source, s) {
    document.documentElement.dataset.editor = 'open';
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
  function apply(act, val, replay = false) {
    if (!dispatch || (replaying && !replay && act !== 'region')) {
      hold(act, String(val));
      return 0;
    }
    const t0 = performance.now();
    const result = dispatch(act, String(val), [...onScreen].join(','));
    const t1 = performance.now();
    performance.measure('dispatch ' + act, { start: t0, end: t1 });
    if (typeof result.steps === 'string') {
      for (const [name, start, end] of JSON.parse(result.steps)) performance.measure(name, { start, end });
    }
    render(result);
    const t2 = performance.now();
    timings.push({ act, ms: t2 - t0, go: t1 - t0, dom: t2 - t1, at: t2 });
    for (const id of result.dirty || []) pending.add(id);
    // An action that took less than the task budget draws the regions it left waiting in its
    // own task, for up to the budget again: one layout and one frame for the whole change,
    // instead of a frame for the regions on screen and, a frame later, the rest.
    if (act !== 'region' && !draining && pending.size > 0 && t2 - t0 < TASK_BUDGET_MS) drawWaiting(t2 + TASK_BUDGET_MS);
    if (pending.size > 0) drain();
    // The module's idle work may come in parts ("more": each part waits for an idle moment).
    if (act !== 'idle' || result.more) askIdle();
    if (act === 'idle' && !result.more) warm();
    return t2 - t0;
  }

  // askIdle has the module do its idle work when the page next has nothing to do: after the
  // start it rehearses an edit twenty times (wasm/app), so that the browser optimises the
  // edit's code before the visitor edits, and then Go collects its garbage, if an action has
  // run since it last did, rather than in the middle of the visitor's next edit (WebAssembly
  // has one thread, so a collection inside an action is the action's time; see
  // docs/performance.md). A page still drawing waits for the next idle moment.
  let idleAsked = false;
  function askIdle() {
    if (typeof requestIdleCallback !== 'function') {
      warm(); // no idle moments to work in
      return;
    }
    if (idleAsked) return;
    idleAsked = true;
    requestIdleCallback(() => {
      idleAsked = false;
      if (!dispatch) return;
      if (replaying || pending.size > 0 || draining) askIdle();
      else apply('idle', '');
    }, { timeout: 2000 });
  }

  // warmed resolves once the module's idle work after start-up (its rehearsals) is done: the
  // page is then as fast as it gets.
  let isWarm = false;
  const warmWaiters = [];
  function warm() {
    if (isWarm) return;
    isWarm = true;
    performance.mark('jscd-warm');
    while (warmWaiters.length > 0) warmWaiters.shift()();
  }
  function warmed() {
    return isWarm ? Promise.resolve() : new Promise((resolve) => warmWaiters.push(resolve));
  }

  // drawWaiting draws waiting regions, those on screen first, until the deadline.
  function drawWaiting(deadline) {
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

  // drain draws the waiting regions, those on screen first, a few per task: a task stops
  // taking regions after TASK_BUDGET_MS, so that input and frames get their turn.
  let draining = false;
  async function drain() {
    if (draining) return;
    draining = true;
    try {
      while (pending.size > 0) {
        await nextTask();
        drawWaiting(performance.now() + TASK_BUDGET_MS);
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

  // afterDrawing sets the "jscd-ready" mark once the module has drawn, or found unchanged,
  // every region the start changed: from then on the page is the module's (data-ready).
  let started = false;
  function afterDrawing() {
    if (!started || pending.size > 0) return;
    const root = document.documentElement;
    if (!root.dataset.ready) {
      root.dataset.ready = 'true';
      document.getElementById('validator')?.remove();
      performance.mark('jscd-ready');
      if (!root.dataset.firstRender) markFirstRender(); // there was no first view to draw
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

  // Buttons, links and the SVG elements that act as buttons (lineage nodes, timeline marks)
  // send their action when clicked; the SVG ones also on Enter and Space, as a button would.
  const ACTOR = 'button[data-act], a[data-act], [role="button"][data-act], [data-act="focus"]';
  let opener = null; // what opened the detail card, to go back to when it closes
  document.addEventListener('click', (e) => {
    const el = e.target.closest(ACTOR);
    if (!el) return;
    const act = el.dataset.act;
    const val = el.dataset.val || '';
    if (el.localName === 'a') {
      // A link opened in another tab or window is the browser's.
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      // Before the module runs, a language link loads the page prerendered in that language,
      // keeping the rest of this address, unless the visitor has already edited the text,
      // which that would lose; other links wait for the module.
      if (!dispatch && act === 'lang' && !queued.some((q) => q[0] === 'edit')) {
        e.preventDefault();
        const q = new URLSearchParams(location.search);
        q.set('lang', val);
        location.search = '?' + q.toString();
        return;
      }
      e.preventDefault();
    }
    if (act === 'editor') openEditor(val === 'open');
    if (act === 'focus' && val !== '') opener = el;
    apply(act, val);
    if (act === 'focus') afterFocus(val);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && document.getElementById('detail').childElementCount > 0) {
      apply('focus', '');
      afterFocus('');
      return;
    }
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const el = e.target.closest(ACTOR);
    if (!el || el.localName === 'button' || el.localName === 'a') return;
    e.preventDefault();
    if (el.dataset.act === 'focus' && el.dataset.val) opener = el;
    apply(el.dataset.act, el.dataset.val || '');
    if (el.dataset.act === 'focus') afterFocus(el.dataset.val || '');
  });
  window.addEventListener('popstate', () => apply('address', location.search));

  // openEditor shows or hides the document's text at once, before the module answers.
  function openEditor(open) {
    document.documentElement.dataset.editor = open ? 'open' : 'closed';
    if (open) document.querySelector('.editor')?.scrollIntoView({ block: 'start' });
  }

  // afterFocus moves the keyboard to the detail card once it is drawn, and back to what
  // opened it when it closes.
  function afterFocus(id) {
    settled().then(() => {
      if (id !== '') document.getElementById('detail-title')?.focus();
      else if (opener && opener.isConnected) opener.focus();
    });
  }
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
    // Before the module is ready an edit is held at once, so that its take-over knows the
    // editor has the visitor's text; after, edits wait for a pause in typing.
    if (el.id === 'source' && !dispatch) hold('edit', el.value);
    else if (el.id === 'source') debounce('edit', 200, () => apply('edit', el.value));
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

  // hold keeps an action taken before the module is ready, to replay when it takes over. A
  // later edit replaces an earlier one that nothing followed; placing the cursor waits for
  // nothing (the module does not know the document yet, and a jump seconds later would
  // surprise).
  function hold(act, val) {
    if (act === 'locate' || act === 'locate-path' || act === 'region') return;
    const last = queued[queued.length - 1];
    if (act === 'edit' && last && last[0] === 'edit') queued.pop();
    queued.push([act, val]);
    document.getElementById('validator')?.classList.add('waiting');
  }

  // takeOver is the module's first action: it decodes the document the address names (the one
  // the first view shows), then replays what the visitor did meanwhile, each action in a task
  // of its own (the first, cold, takes a good part of the 200 ms a task may take). The regions
  // they change are drawn in the tasks that follow (drain); where they equal the first view's,
  // nothing is patched. The editor keeps what the visitor typed: a text an action would put
  // there is skipped while a later held edit is to be replayed. What the visitor does during
  // the replay is held too, and replayed after.
  let replaying = false;
  async function takeOver() {
    replaying = true;
    const actions = [['start', location.search], ...queued.splice(0)];
    try {
      while (actions.length > 0) {
        const [act, val] = actions.shift();
        keepText = actions.some((a) => a[0] === 'edit');
        apply(act, val, true);
        await nextTask();
        actions.push(...queued.splice(0));
      }
    } finally {
      keepText = false;
      replaying = false;
    }
  }

  // start watches which regions are on screen, then lets the module take over.
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
    await takeOver();
    started = true;
    afterDrawing();
  }

  // wantedView names the first view this address asks for (?dataset=, ?lang=), chosen as the
  // module chooses: the last dataset named that is bundled, else the first bundled one; the
  // last language named, if the page has it, else the first. The site lists what it
  // prerendered in a meta element ("datasets;languages").
  function wantedView() {
    const meta = document.querySelector('meta[name="jscd-first-views"]');
    const [datasets, langs] = (meta ? meta.content : '').split(';').map((s) => s.split(' ').filter(Boolean));
    if (!datasets || !langs || datasets.length === 0 || langs.length === 0) return null;
    let dataset = datasets[0];
    let lang = langs[0];
    for (const kv of location.search.replace(/^\?/, '').split('&')) {
      const [k, v] = kv.split('=', 2);
      if (k === 'dataset' && datasets.includes(v)) dataset = v;
      if (k === 'lang') lang = langs.includes(v) ? v : langs[0];
    }
    return dataset + ' ' + lang;
  }

  // wantedFocus returns the ID of the card the address asks for (?focus=), or null for none.
  function wantedFocus() {
    const q = new URLSearchParams(location.search);
    const id = q.get('focus');
    return id && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? id : null;
  }

  // showCard draws the card the address asks for from the prerendered cards, with the header
  // whose language links keep the focus, unless the module was quicker. The cards are as of
  // the document's own day: an address that names another day (?asof=) waits for the module.
  async function showCard(cards) {
    const all = await cards;
    const id = wantedFocus();
    const day = new URLSearchParams(location.search).get('asof');
    if (!all || dispatch || !id || (day !== null && day !== all.asof)) return;
    const card = all.cards && all.cards[id];
    if (card) render({ regions: card });
  }

  // showFirstView shows the prerendered first view and resolves once it is painted. The page
  // as served holds one first view as HTML (data-first-view on the root names it): the one
  // the address asks for when the site's own server chose it, so the browser drew it while
  // parsing. A static host serves the same page whatever the address; then the view asked for
  // is fetched as JSON (fetched) and drawn over it, unless the module was quicker. Either
  // way the editor first gets only the lines its window can show: on a cold load, laying out
  // all of a document's lines takes time in proportion to their number, whatever they hold,
  // so the rest is added once the first view is painted.
  async function showFirstView(inPage, fetched, cards) {
    if (inPage) fitScrollers(document);
    const source = document.getElementById('source');
    let head = null;
    let text = null;
    let loading = null;
    if (inPage) {
      const data = document.getElementById('jscd-text');
      text = data ? JSON.parse(data.textContent) : null;
      data?.remove();
      head = text !== null && source.value !== text ? source.value : null;
    } else {
      const view = await fetched;
      delete document.documentElement.dataset.replacing;
      if (!view || dispatch) {
        source.readOnly = false; // the module puts its own text in
        return;
      }
      const t0 = performance.now();
      // Whatever the visitor typed before the first view came stays (a page without a
      // first view of its own has an empty, writable editor).
      const typed = !source.readOnly && source.value !== '';
      head = typed ? null : firstLines(view.text, Math.ceil(innerHeight / EDITOR_LINE_PX) + 10);
      render({ lang: view.lang, dir: view.dir, regions: view.regions, text: typed ? undefined : (head ?? view.text) });
      text = view.text;
      loading = view.loading;
      performance.measure('first view', { start: t0 });
    }
    // The rest of the text goes in after the first paint, or at once if the visitor reaches
    // the editor before (focus comes before any key); until then the editor is read-only.
    const complete = () => {
      source.removeEventListener('focus', complete);
      source.readOnly = false;
      if (head === null || source.value !== head) return; // the visitor's text stays
      const t1 = performance.now();
      const [start, end] = [source.selectionStart, source.selectionEnd];
      source.value = text;
      if (document.activeElement === source) source.setSelectionRange(start, end);
      head = null;
      performance.measure('dom editor rest', { start: t1 });
    };
    if (head !== null) {
      source.readOnly = true;
      source.addEventListener('focus', complete);
      if (document.activeElement === source) complete();
    } else {
      source.readOnly = false;
    }
    const note = document.getElementById('validator');
    if (note && typeof loading === 'string') note.textContent = loading;
    await showCard(cards);
    // A page that holds its first view does not render before every region is parsed
    // (index.html: link rel="expect" blocking="render" on #end-of-view), so its first
    // contentful paint is its first complete render (a browser test compares that frame with
    // the settled page); a view drawn here is complete once the next frame is.
    markFirstRender(inPage ? await firstContentfulPaint() : (await painted(), performance.now()));
    complete();
  }

  // firstContentfulPaint resolves with the time of the page's first contentful paint, as the
  // browser reports it.
  function firstContentfulPaint() {
    const entry = () => performance.getEntriesByName('first-contentful-paint')[0];
    return new Promise((resolve) => {
      if (entry()) {
        resolve(entry().startTime);
        return;
      }
      try {
        const observer = new PerformanceObserver(() => {
          if (!entry()) return;
          observer.disconnect();
          resolve(entry().startTime);
        });
        observer.observe({ type: 'paint', buffered: true });
      } catch (e) {
        painted().then(() => resolve(performance.now())); // no paint timing
      }
    });
  }

  // The editor's line height in CSS pixels (style.css).
  const EDITOR_LINE_PX = 18;

  // firstLines returns the first n lines of text, or null if it has no more than n.
  function firstLines(text, n) {
    let at = -1;
    for (let i = 0; i < n; i++) {
      at = text.indexOf('\n', at + 1);
      if (at < 0) return null;
    }
    return text.slice(0, at);
  }

  function markFirstRender(at = performance.now()) {
    document.documentElement.dataset.firstRender = 'true';
    performance.mark('jscd-first-render', { startTime: at });
  }

  // painted resolves after the next frame has been laid out and painted.
  function painted() {
    return new Promise((resolve) => requestAnimationFrame(() => nextTask().then(resolve)));
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
    warmed,
    idle: () => pending.size === 0 && !draining,
    longTasks,
    timings,
  });

  // The first view is fetched at once; the module is fetched, compiled and started only once
  // the first view is painted: receiving and compiling it does part of its work on the page's
  // thread (even a preload of it delayed the first view), and starting Go is one long task. This script is async, so that the first view's request leaves as soon as the
  // script has arrived; it draws once the page is parsed, and wasm_exec.js (deferred) has run
  // by then.
  const root = document.documentElement;
  const wanted = wantedView();
  const inPage = wanted !== null && root.dataset.firstView === wanted;
  // The page holds another view than the one asked for (a static host): it stays hidden
  // (style.css) until the one asked for is drawn, rather than showing the wrong one.
  if (wanted !== null && !inPage && root.dataset.firstView) root.dataset.replacing = 'true';
  const file = wanted !== null && !inPage ? 'first-view-' + wanted.replace(' ', '-') + '.json' : null;
  const fetched = file ? fetch(file).then((r) => (r.ok ? r.json() : null)).catch(() => null) : Promise.resolve(null);
  // An address with ?focus=ID shows that entity's card: the site prerendered the cards of
  // every entity of the view (cards-<dataset>-<lang>.json, site.Cards), drawn with the first
  // view, so a linked card is there before the module is.
  const focus = wanted !== null ? wantedFocus() : null;
  const cards = focus ? fetch('cards-' + wanted.replace(' ', '-') + '.json').then((r) => (r.ok ? r.json() : null)).catch(() => null) : Promise.resolve(null);
  performance.mark('jscd-fetch');
  // Deferred scripts run after readyState turns "interactive" and before DOMContentLoaded.
  const parsed = document.readyState === 'loading' || (document.readyState === 'interactive' && typeof Go !== 'function')
    ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
    : Promise.resolve();
  let go = null;
  parsed
    .then(() => showFirstView(inPage, fetched, cards))
    .then(() => {
      go = new Go();
      return WebAssembly.instantiateStreaming(fetch('jscd.wasm'), go.importObject);
    })
    .then((r) => {
      performance.mark('jscd-compiled');
      return go.run(r.instance);
    })
    .catch((err) => fatal('WebAssembly: ' + err));
})();
