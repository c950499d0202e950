// dombench.js: the JavaScript half of wasm/dombench. renderJSON creates the elements of a
// view-model the way the demo's render.js does.
'use strict';
function create(v) {
  if (typeof v === 'string') return document.createTextNode(v);
  const el = document.createElement(v.t);
  for (const k in v.a || {}) el.setAttribute(k, v.a[k]);
  for (const c of v.c || []) el.appendChild(create(c));
  return el;
}
window.renderJSON = (parent, json) => {
  for (const v of JSON.parse(json)) parent.appendChild(create(v));
};
window.domBenchReady = () => { document.documentElement.dataset.ready = 'true'; };
const go = new Go();
WebAssembly.instantiateStreaming(fetch('dombench.wasm'), go.importObject).then((r) => go.run(r.instance));
