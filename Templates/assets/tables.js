// Sortable, filterable tables: progressive enhancement of table[data-sortable]. Hand-written, no framework.
// A cell's data-sort holds its raw value (a number, or empty for "not reported", always sorted last);
// otherwise its text is compared. Without JavaScript the tables stay plain HTML tables.
(function () {
  "use strict";
  var filterFrom = 10; // rows; shorter tables get no filter box
  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

  function cellKey(row, column) {
    var cell = row.cells[column];
    if (!cell) return "";
    var raw = cell.getAttribute("data-sort");
    return (raw !== null ? raw : cell.textContent).trim();
  }

  function isNumber(text) { return text !== "" && isFinite(Number(text)); }

  function sortBy(table, header, column) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var keys = rows.map(function (row) { return cellKey(row, column); });
    var numeric = keys.every(function (key) { return key === "" || isNumber(key); });
    var order = rows.map(function (row, at) { return { row: row, key: keys[at], at: at }; });
    order.sort(function (a, b) {
      if (a.key === "" || b.key === "") return (a.key === "") - (b.key === "") || a.at - b.at;
      var c = numeric ? Number(a.key) - Number(b.key) : collator.compare(a.key, b.key);
      return (ascending ? c : -c) || a.at - b.at;
    });
    order.forEach(function (item) { body.appendChild(item.row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  function addFilter(table) {
    var rows = table.tBodies[0].rows;
    if (rows.length < filterFrom) return;
    var label = document.createElement("label");
    label.className = "table-filter";
    label.textContent = "Filter rows ";
    var input = document.createElement("input");
    input.type = "search";
    input.autocomplete = "off";
    var count = document.createElement("span");
    count.className = "table-filter-count";
    count.setAttribute("aria-live", "polite");
    label.appendChild(input);
    label.appendChild(count);
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(rows, function (row) {
        var text = row.textContent.toLowerCase();
        var match = words.every(function (word) { return text.indexOf(word) >= 0; });
        row.hidden = !match;
        if (match) shown += 1;
      });
      count.textContent = words.length ? " " + shown + " of " + rows.length + " rows" : "";
    });
    var holder = table.closest(".table-scroll") || table;
    holder.parentNode.insertBefore(label, holder);
  }

  function enhance(table) {
    if (!table.tHead || !table.tBodies[0]) return;
    var head = table.tHead.rows[0];
    Array.prototype.forEach.call(head.cells, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, th, column); });
    });
    addFilter(table);
  }

  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), enhance);
})();
