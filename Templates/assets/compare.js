// The compare page: pick models, see their scores side by side on the benchmarks they share.
// Data from compare-data.js (window.atlasCompare); the choice lives in the address
// (compare.html#m=a,b or ?m=a,b), so a comparison can be shared. Hand-written, no framework.
(function () {
  "use strict";
  var data = window.atlasCompare;
  var app = document.getElementById("compare-app");
  if (!data || !app) return;
  document.getElementById("compare-needs-js").hidden = true;
  app.hidden = false;

  var list = document.getElementById("compare-models");
  var filter = document.getElementById("compare-filter");
  var status = document.getElementById("compare-status");
  var share = document.getElementById("compare-share");
  var shareLink = document.getElementById("compare-link");
  var chartBox = document.getElementById("compare-chart");
  var tableBox = document.getElementById("compare-table");
  var pickedList = document.getElementById("compare-picked");
  var chartRows = 12;

  var byId = Object.create(null);  // no inherited keys: a model may be named `constructor`
  data.models.forEach(function (model, index) { byId[model.id] = index; });
  // scoreOf[model][measure] = [value, text]
  var scoreOf = data.models.map(function () { return {}; });
  data.scores.forEach(function (s) { scoreOf[s[0]][s[1]] = [s[2], s[3]]; });

  function el(name, attributes, text) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The ids in the address: the fragment first, then the query.
  function idsFromAddress() {
    var match = /(?:^|[#&?])m=([^&]*)/.exec(location.hash) || /(?:^|[?&])m=([^&]*)/.exec(location.search);
    if (!match) return [];
    var seen = Object.create(null);
    return decodeURIComponent(match[1]).split(",").filter(function (id) {
      if (!(id in byId) || seen[id]) return false;
      seen[id] = true;
      return true;
    });
  }

  var picked = idsFromAddress();

  function writeAddress() {
    var hash = picked.length ? "#m=" + picked.join(",") : "";
    var target = location.pathname + location.search.replace(/([?&])m=[^&]*&?/, "$1").replace(/[?&]$/, "") + hash;
    try { history.replaceState(null, "", target || location.pathname); } catch (e) { location.hash = hash; }
    shareLink.href = "compare.html" + hash;
    shareLink.textContent = "compare.html" + hash;
    share.hidden = picked.length < 2;
  }

  function key(text) { return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ""); }

  function buildPicker() {
    data.models.forEach(function (model) {
      var item = el("li", { "data-key": key(model.name) });
      var id = "pick-" + model.id;
      var box = el("input", { type: "checkbox", id: id, value: model.id });
      box.checked = picked.indexOf(model.id) >= 0;
      box.addEventListener("change", function () {
        if (box.checked) picked.push(model.id);
        else picked = picked.filter(function (other) { return other !== model.id; });
        update();
      });
      item.appendChild(box);
      item.appendChild(el("label", { for: id }, model.name));
      list.appendChild(item);
    });
    filter.addEventListener("input", function () {
      var query = key(filter.value);
      Array.prototype.forEach.call(list.children, function (item) {
        var box = item.querySelector("input");
        item.hidden = query !== "" && item.getAttribute("data-key").indexOf(query) < 0 && !box.checked;
      });
    });
  }

  // Measures at least two picked models report, most-shared first, then by name.
  function sharedMeasures(models) {
    var rows = [];
    data.measures.forEach(function (measure, index) {
      var count = models.filter(function (m) { return scoreOf[m][index]; }).length;
      if (count >= 2) rows.push({ index: index, measure: measure, count: count });
    });
    return rows.sort(function (a, b) { return b.count - a.count || a.index - b.index; });
  }

  function measureName(measure) { return measure.setting ? measure.name + " · " + measure.setting : measure.name; }

  // The best value of a row, by the measure's direction.
  function bestValue(row, models) {
    var values = models.map(function (m) { return (scoreOf[m][row.index] || [])[0]; })
      .filter(function (v) { return typeof v === "number"; });
    return row.measure.lower ? Math.min.apply(null, values) : Math.max.apply(null, values);
  }

  function renderTable(rows, models) {
    var table = el("table", { "data-compare": "" });
    var head = el("tr");
    head.appendChild(el("th", { scope: "col" }, "Benchmark"));
    models.forEach(function (m) {
      var th = el("th", { scope: "col", class: "number" });
      th.appendChild(el("a", { href: data.models[m].href }, data.models[m].name));
      head.appendChild(th);
    });
    table.appendChild(el("thead")).appendChild(head);
    var body = table.appendChild(el("tbody"));
    rows.forEach(function (row) {
      var tr = body.appendChild(el("tr"));
      var th = tr.appendChild(el("th", { scope: "row" }));
      th.appendChild(el("a", { href: row.measure.href }, measureName(row.measure)));
      if (row.measure.lower) th.appendChild(el("span", { class: "detail" }, " (lower is better)"));
      var best = bestValue(row, models);
      models.forEach(function (m) {
        var score = scoreOf[m][row.index];
        var td = tr.appendChild(el("td", { class: "number" }));
        if (!score) { td.appendChild(el("span", { class: "not-reported" }, "–")); return; }
        td.appendChild(score[0] === best ? el("strong", { title: "best of these" }, score[1]) : document.createTextNode(score[1]));
      });
    });
    var scroll = el("div", { class: "table-scroll", role: "region", "aria-label": "Scores side by side (scrolls sideways)", tabindex: "0" });
    scroll.appendChild(table);
    tableBox.appendChild(scroll);
  }

  // A bar per picked model per benchmark, as a list (readable and reachable without a canvas).
  function renderChart(rows, models) {
    var shown = rows.slice(0, chartRows);
    chartBox.appendChild(el("h2", {}, "Chart"));
    var legend = chartBox.appendChild(el("ul", { class: "compare-legend", "aria-label": "Legend" }));
    models.forEach(function (m, position) {
      var item = legend.appendChild(el("li"));
      item.appendChild(el("span", { class: "swatch series-" + (position % 6), "aria-hidden": "true" }));
      item.appendChild(document.createTextNode(data.models[m].name));
    });
    var groups = chartBox.appendChild(el("ul", { class: "compare-chart" }));
    shown.forEach(function (row) {
      var group = groups.appendChild(el("li"));
      group.appendChild(el("a", { href: row.measure.href, class: "compare-chart-title" }, measureName(row.measure)));
      var top = row.measure.percent ? 100 : Math.max.apply(null, models.map(function (m) {
        var s = scoreOf[m][row.index]; return s && typeof s[0] === "number" ? Math.abs(s[0]) : 0;
      })) || 1;
      var bars = group.appendChild(el("ul", { class: "compare-bars" }));
      models.forEach(function (m, position) {
        var score = scoreOf[m][row.index];
        var bar = bars.appendChild(el("li"));
        bar.appendChild(el("span", { class: "compare-bar-name" }, data.models[m].name));
        var track = bar.appendChild(el("span", { class: "compare-bar-track" }));
        if (score && typeof score[0] === "number") {
          var width = Math.max(0, Math.min(100, (score[0] / top) * 100));
          track.appendChild(el("span", { class: "compare-bar series-" + (position % 6), style: "width:" + width.toFixed(1) + "%" }));
        }
        bar.appendChild(el("span", { class: "compare-bar-value" }, score ? score[1] : "not reported"));
      });
    });
    if (rows.length > shown.length) {
      chartBox.appendChild(el("p", { class: "summary" }, "The chart shows the " + shown.length + " most-shared benchmarks; the table has all " + rows.length + "."));
    }
  }

  // The picked models as buttons that remove them, so a choice far down the list stays in view.
  function renderPicked() {
    pickedList.textContent = "";
    picked.forEach(function (id) {
      var name = data.models[byId[id]].name;
      var button = el("button", { type: "button", "aria-label": "Remove " + name }, name + " \u00d7");
      button.addEventListener("click", function () {
        picked = picked.filter(function (other) { return other !== id; });
        var box = document.getElementById("pick-" + id);
        if (box) box.checked = false;
        update();
        filter.focus();
      });
      pickedList.appendChild(el("li")).appendChild(button);
    });
  }

  function update() {
    writeAddress();
    renderPicked();
    chartBox.textContent = "";
    tableBox.textContent = "";
    var models = picked.map(function (id) { return byId[id]; });
    if (models.length < 2) {
      status.textContent = models.length ? "Picked " + data.models[models[0]].name + ". Pick one more model (or several)." : "Pick two or more models.";
      return;
    }
    var rows = sharedMeasures(models);
    var names = models.map(function (m) { return data.models[m].name; }).join(", ");
    if (!rows.length) {
      status.textContent = names + ": no benchmark has scores for two of them.";
      return;
    }
    status.textContent = names + ": " + rows.length + " benchmark" + (rows.length === 1 ? "" : "s") + " with scores for at least two of them.";
    renderChart(rows, models);
    tableBox.appendChild(el("h2", {}, "Scores"));
    renderTable(rows, models);
  }

  buildPicker();
  update();
  window.addEventListener("hashchange", function () {
    var fromAddress = idsFromAddress();
    if (fromAddress.join(",") === picked.join(",")) return;
    picked = fromAddress;
    Array.prototype.forEach.call(list.querySelectorAll("input"), function (box) { box.checked = picked.indexOf(box.value) >= 0; });
    update();
  });
})();
