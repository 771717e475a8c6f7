/* corpusclean report: page list, filters and page viewer.
 * Page text is hostile: it only ever reaches the DOM through textContent, title and value.
 * Page data sits in <script type="application/json" id="p<N>"> blocks and is parsed only
 * when a page is opened or a text search reads it; the list shows PER pages at a time. */
(function () {
  "use strict";
  var PER = 100;
  var idx = JSON.parse(document.getElementById("index").textContent);
  var pages = idx.pages.map(function (p, i) {
    var cats = {};
    p[4].forEach(function (r) { cats[idx.rules[r][0]] = true; });
    if (p[6]) { cats[idx.cats.indexOf("error")] = true; }
    var title = p[7] || "", url = p[8] || "";
    return { i: i, name: p[0], title: title, url: url,
             lname: (p[0] + "\n" + title + "\n" + url).toLowerCase(), kept: p[1], removed: p[2], rows: p[3],
             rules: p[4], langs: p[5], err: p[6], cats: cats,
             share: p[2] + p[1] > 0 ? p[2] / (p[2] + p[1]) : 0 };
  });
  var state = { cat: -1, rule: -1, lang: -1, name: "", text: "", hits: null, sort: "share", at: 0, open: -1 };
  var searchToken = 0;
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function catClass(c) { return idx.catClass[c] || "cx"; }
  function fmt(n) { return n.toLocaleString("en-US"); }
  function pct(x) { return (x * 100).toFixed(1) + "%"; }

  function matches(p) {
    if (state.cat >= 0 && !p.cats[state.cat]) { return false; }
    if (state.rule >= 0 && p.rules.indexOf(state.rule) < 0) { return false; }
    if (state.lang === -2 && p.langs.length) { return false; }
    if (state.lang >= 0 && p.langs.indexOf(state.lang) < 0) { return false; }
    if (state.name && p.lname.indexOf(state.name) < 0) { return false; }
    if (state.hits && !state.hits[p.i]) { return false; }
    return true;
  }
  var SORTS = {
    share: function (a, b) { return b.share - a.share || b.removed - a.removed || a.i - b.i; },
    removed: function (a, b) { return b.removed - a.removed || a.i - b.i; },
    rows: function (a, b) { return b.rows - a.rows || a.i - b.i; },
    name: function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; },
    order: function (a, b) { return a.i - b.i; }
  };
  var view = [];
  function refilter() {
    view = pages.filter(matches);
    view.sort(SORTS[state.sort]);
    state.at = 0;
    renderList();
    // the viewer follows the list: a page the filter took away is closed, an open page is
    // shown again with the current highlights (category, rule, text search)
    if (state.open >= 0) {
      if (view.some(function (p) { return p.i === state.open; })) { openPage(state.open); }
      else { closePage(); }
    }
  }
  function closePage() {
    state.open = -1;
    $("viewer").replaceChildren(el("p", "empty", "The page you had open is not in the filtered list; open one from the list."));
    renderList();
  }

  function chips(p) {
    var span = el("span");
    Object.keys(p.cats).forEach(function (c) {
      span.appendChild(el("span", "chip " + catClass(+c), idx.cats[+c]));
    });
    return span;
  }
  function renderList() {
    var body = $("list").tBodies[0];
    var rows = document.createDocumentFragment();
    view.slice(state.at, state.at + PER).forEach(function (p) {
      var tr = el("tr");
      if (p.i === state.open) { tr.className = "open"; }
      var name = el("button", "link", p.name);
      name.type = "button";
      name.dataset.i = p.i;
      name.title = p.name;
      var td = el("td", "t");
      td.appendChild(name);
      if (p.title || p.url) {
        var sub = el("div", "sub");
        if (p.title) { sub.appendChild(el("span", "title", p.title)); }
        if (p.url) { sub.appendChild(el("span", "url", p.url)); }
        td.appendChild(sub);
      }
      tr.appendChild(td);
      var share = el("td", "n");
      var bg = el("span", "barbg"), bar = el("span", "bar");
      bar.style.width = Math.round(p.share * 60) + "px";
      bg.appendChild(bar);
      share.appendChild(bg);
      share.appendChild(document.createTextNode(p.err ? "error" : pct(p.share)));
      tr.appendChild(share);
      tr.appendChild(el("td", "n", fmt(p.removed)));
      var cats = el("td");
      cats.appendChild(chips(p));
      tr.appendChild(cats);
      rows.appendChild(tr);
    });
    body.replaceChildren(rows);
    var last = Math.min(state.at + PER, view.length);
    $("count").textContent = view.length ? (state.at + 1) + "–" + last + " of " + fmt(view.length) +
      " pages" + (view.length < pages.length ? " (filtered from " + fmt(pages.length) + ")" : "") : "no pages match";
    $("prev").disabled = state.at === 0;
    $("next").disabled = last >= view.length;
  }

  function pageData(i, then) {
    var block = document.getElementById("p" + i);
    if (block) { then(JSON.parse(block.textContent)); return; }
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", function () { pageData(i, then); }, { once: true });
      return;
    }
    then({ note: "this page's data is missing from the report" });
  }

  function openPage(i) {
    var p = pages[i];
    state.open = i;
    renderList();
    var v = $("viewer");
    v.replaceChildren(el("p", "empty", "loading " + p.name + " …"));
    pageData(i, function (d) {
      var out = document.createDocumentFragment();
      out.appendChild(el("h3", null, p.name));
      if (p.title) { out.appendChild(el("div", "meta", "title: " + p.title)); }
      var meta = p.err ? "could not be cleaned" :
        fmt(p.removed) + " characters removed in " + fmt(p.rows) + " segments; " + fmt(p.kept) + " kept (" + pct(p.share) + " removed)";
      out.appendChild(el("div", "meta", meta));
      if (d.url) { out.appendChild(el("div", "meta", "url: " + d.url)); }
      if (d.err) { out.appendChild(el("div", "note", "error: " + d.err)); }
      if (d.note) { out.appendChild(el("div", "note", d.note)); }
      var legend = el("div", "legend");
      idx.cats.forEach(function (c, k) { legend.appendChild(el("span", "chip " + catClass(k), c)); });
      out.appendChild(legend);
      var src = el("div", "src");
      src.id = "src";
      var pieces = d.p || [];
      var hits = hitRanges(pieces, state.text), at = 0;
      pieces.forEach(function (piece) {
        var r = piece[0], text = piece[1];
        var start = at;
        at += text.length;
        if (r < 0) { appendWithHits(src, text, start, hits); return; }
        var rule = idx.rules[r], lang = piece.length > 2 && piece[2] >= 0 ? idx.langs[piece[2]] : null;
        var label = idx.cats[rule[0]] + "/" + rule[1] + (lang ? " (" + lang + ")" : "");
        var detail = piece.length > 3 ? " — " + piece[3] : "";
        var on = (state.cat < 0 || state.cat === rule[0]) && (state.rule < 0 || state.rule === r);
        src.appendChild(el("span", "tag", label));
        var m = el("mark", on ? catClass(rule[0]) : "dim");
        appendWithHits(m, text, start, hits);
        m.title = label + detail;
        m.dataset.rule = label;
        src.appendChild(m);
      });
      out.appendChild(src);
      if (hits.length) {
        out.insertBefore(el("div", "meta", fmt(hits.length) + " match" + (hits.length > 1 ? "es" : "") +
                            " of the text search, highlighted"), src);
      }
      v.replaceChildren(out);
      var first = src.querySelector(".hit");
      if (first) { v.scrollTop = Math.max(0, first.offsetTop - v.offsetTop - 40); } else { v.scrollTop = 0; }
    });
  }

  // [start, end) of every occurrence of the search text (lower-cased) in the page's text,
  // pieces joined as the search read them
  function hitRanges(pieces, q) {
    if (!q) { return []; }
    var all = pieces.map(function (x) { return x[1]; }).join("").toLowerCase(), out = [], k = all.indexOf(q);
    while (k >= 0 && out.length < 1000) { out.push([k, k + q.length]); k = all.indexOf(q, k + q.length); }
    return out;
  }
  // text (which starts at `start` in the joined page text) into `parent`, search hits marked
  function appendWithHits(parent, text, start, hits) {
    var end = start + text.length, pos = start;
    hits.forEach(function (h) {
      var a = Math.max(h[0], start), b = Math.min(h[1], end);
      if (a >= b || a < pos) { return; }
      if (a > pos) { parent.appendChild(document.createTextNode(text.slice(pos - start, a - start))); }
      parent.appendChild(el("span", "hit", text.slice(a - start, b - start)));
      pos = b;
    });
    if (pos < end) { parent.appendChild(document.createTextNode(text.slice(pos - start))); }
  }

  function pageText(i) {
    var block = document.getElementById("p" + i);
    if (!block) { return ""; }
    var d = JSON.parse(block.textContent);
    return (d.p || []).map(function (x) { return x[1]; }).join("").toLowerCase();
  }
  function searchText(q) {
    var token = ++searchToken;
    if (!q) { state.hits = null; $("status").textContent = ""; refilter(); return; }
    var hits = {}, i = 0, n = pages.length;
    function step() {
      if (token !== searchToken) { return; }
      var stop = Math.min(i + 400, n);
      for (; i < stop; i++) { if (pageText(i).indexOf(q) >= 0) { hits[i] = true; } }
      $("status").textContent = i < n ? "searching text … " + fmt(i) + " / " + fmt(n) : "";
      if (i < n) { setTimeout(step, 0); return; }
      state.hits = hits;
      refilter();
    }
    step();
  }

  function debounce(fn, ms) {
    var t = null;
    return function () { clearTimeout(t); t = setTimeout(fn, ms); };
  }

  function buildFilters() {
    var box = $("catfilter");
    function btn(label, c, cls) {
      var b = el("button", "catbtn " + cls, label);
      b.type = "button";
      b.dataset.cat = c;
      b.setAttribute("aria-pressed", c === state.cat ? "true" : "false");
      box.appendChild(b);
    }
    var counts = idx.cats.map(function () { return 0; });
    pages.forEach(function (p) { Object.keys(p.cats).forEach(function (c) { counts[+c] += 1; }); });
    btn("all (" + fmt(pages.length) + ")", -1, "");
    idx.cats.forEach(function (c, k) { if (counts[k]) { btn(c + " (" + fmt(counts[k]) + ")", k, catClass(k)); } });
    box.addEventListener("click", function (e) {
      var b = e.target.closest("button");
      if (!b) { return; }
      state.cat = +b.dataset.cat;
      box.querySelectorAll("button").forEach(function (x) {
        x.setAttribute("aria-pressed", x === b ? "true" : "false");
      });
      fillRules();
      state.rule = -1;
      refilter();
    });
    fillRules();
    var lang = $("lang");
    lang.appendChild(new Option("no foreign-language removals", "-2"));
    idx.langs.forEach(function (l, k) { lang.appendChild(new Option("removed text in " + l, String(k))); });
    lang.addEventListener("change", function () { state.lang = +lang.value; refilter(); });
    $("rule").addEventListener("change", function () { state.rule = +$("rule").value; refilter(); });
    $("sort").addEventListener("change", function () { state.sort = $("sort").value; refilter(); });
    $("name").addEventListener("input", debounce(function () {
      state.name = $("name").value.trim().toLowerCase(); refilter();
    }, 150));
    $("text").addEventListener("input", debounce(function () {
      state.text = $("text").value.trim().toLowerCase(); searchText(state.text);
    }, 300));
    $("prev").addEventListener("click", function () { state.at = Math.max(0, state.at - PER); renderList(); });
    $("next").addEventListener("click", function () {
      if (state.at + PER < view.length) { state.at += PER; renderList(); }
    });
    document.addEventListener("click", function (e) {
      var b = e.target.closest("button.link");
      if (b && b.dataset.i !== undefined) { openPage(+b.dataset.i); }
    });
  }
  function fillRules() {
    var sel = $("rule");
    var rules = [];
    idx.rules.forEach(function (r, k) {
      if (state.cat < 0 || r[0] === state.cat) { rules.push([idx.cats[r[0]] + "/" + r[1], k]); }
    });
    rules.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
    sel.replaceChildren.apply(sel, [new Option("all rules", "-1")].concat(rules.map(function (r) {
      return new Option(r[0], String(r[1]));
    })));
  }

  buildFilters();
  refilter();
  if (window.performance && performance.mark) { performance.mark("corpusclean:list-rendered"); }
  window.corpuscleanReport = { openPage: openPage, pages: pages.length, ready: true };
})();
