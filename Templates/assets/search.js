// Search over the index in search-index.js (window.atlasSearch). Hand-written, no framework.
// The form is hidden in the HTML and shown here, so a reader without JavaScript sees no dead box.
(function () {
  "use strict";
  // A div, not a form: Enter is handled here, and the page has no form to submit anywhere.
  var form = document.querySelector(".site-search");
  var index = window.atlasSearch;
  if (!form || !index) return;
  var input = form.querySelector("input");
  var list = form.querySelector("ul");
  var status = form.querySelector(".site-search-status");
  var root = form.getAttribute("data-root") || "";
  var kindLabel = { models: "Model", series: "Series", benchmarks: "Benchmark", organizations: "Organization" };
  var limit = 12;

  // "DeepSeek V3", "deepseek-v3" and "DeepSeek‑V3" read the same: lower case, letters and digits only.
  function key(text) {
    return text.toLowerCase().normalize("NFKC").replace(/[^\p{L}\p{N}]+/gu, "");
  }

  var entries = index.entries.map(function (entry) {
    return { entry: entry, keys: [entry.name].concat(entry.aliases).map(key) };
  });

  // 0: a name is the query, 1: a name starts with it, 2: a name contains it; -1: no match.
  function rank(item, query) {
    var best = -1;
    item.keys.forEach(function (name) {
      var r = name === query ? 0 : name.indexOf(query) === 0 ? 1 : name.indexOf(query) > 0 ? 2 : -1;
      if (r >= 0 && (best < 0 || r < best)) best = r;
    });
    return best;
  }

  function matches(text) {
    var query = key(text);
    if (!query) return [];
    return entries
      .map(function (item, order) { return { item: item, rank: rank(item, query), order: order }; })
      .filter(function (m) { return m.rank >= 0; })
      .sort(function (a, b) { return a.rank - b.rank || a.item.entry.name.length - b.item.entry.name.length || a.order - b.order; })
      .map(function (m) { return m.item.entry; });
  }

  function show(text) {
    var found = matches(text);
    list.textContent = "";
    found.slice(0, limit).forEach(function (entry) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + entry.href;
      a.textContent = entry.name;
      var kind = document.createElement("span");
      kind.className = "site-search-kind";
      kind.textContent = kindLabel[entry.kind] || entry.kind;
      a.appendChild(kind);
      li.appendChild(a);
      list.appendChild(li);
    });
    if (!key(text)) status.textContent = "";
    else if (!found.length) status.textContent = "Nothing found.";
    else status.textContent = found.length + (found.length === 1 ? " result" : " results") +
      (found.length > limit ? ", first " + limit + " shown" : "") + ".";
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

  input.addEventListener("input", function () { show(input.value); });
  input.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    event.preventDefault();
    var first = links()[0];
    if (first) window.location.href = first.href;
  });
  // Arrow keys move between the input and the results.
  form.addEventListener("keydown", function (event) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    var all = [input].concat(links());
    var at = all.indexOf(document.activeElement);
    if (at < 0) return;
    var next = at + (event.key === "ArrowDown" ? 1 : -1);
    if (next >= 0 && next < all.length) { all[next].focus(); event.preventDefault(); }
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { input.value = ""; show(""); }
  });
  form.hidden = false;
})();
