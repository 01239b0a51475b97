/* The network view's script (graph/templates/view.html).
 *
 * Every text from the graph is put on the page with textContent or as canvas text: never as
 * HTML. The data comes from the JSON block #kg-data; vis-network draws it.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var details = data.details;
  var edgeDetails = data.edgeDetails || {};
  var sources = data.sources || {};
  var typeInfo = {};
  data.types.forEach(function (t) { typeInfo[t.name] = t; });
  var iriIndex = {};
  details.forEach(function (d, i) { iriIndex[d.iri] = i; });

  var view = { firstDraw: null, drawn: false, ready: false };
  window.kgView = view;

  // --- small DOM helpers: text only --------------------------------------------------------
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function typeLabel(name) { return (typeInfo[name] && typeInfo[name].label) || name; }

  var SVG = "http://www.w3.org/2000/svg";
  function swatch(shape, color) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "18");
    svg.setAttribute("height", "18");
    svg.setAttribute("viewBox", "-9 -9 18 18");
    var item;
    function poly(points) {
      item = document.createElementNS(SVG, "polygon");
      item.setAttribute("points", points.map(function (p) { return p.join(","); }).join(" "));
    }
    if (shape === "square") {
      item = document.createElementNS(SVG, "rect");
      [["x", -6.5], ["y", -6.5], ["width", 13], ["height", 13]].forEach(function (a) { item.setAttribute(a[0], a[1]); });
    } else if (shape === "box" || shape === "database" || shape === "text") {
      item = document.createElementNS(SVG, "rect");
      [["x", -8], ["y", -5], ["width", 16], ["height", 10], ["rx", 2]].forEach(function (a) { item.setAttribute(a[0], a[1]); });
    } else if (shape === "ellipse") {
      item = document.createElementNS(SVG, "ellipse");
      [["rx", 8.5], ["ry", 5]].forEach(function (a) { item.setAttribute(a[0], a[1]); });
    } else if (shape === "diamond") {
      poly([[0, -8], [8, 0], [0, 8], [-8, 0]]);
    } else if (shape === "triangle") {
      poly([[0, -8], [7.5, 6], [-7.5, 6]]);
    } else if (shape === "triangleDown") {
      poly([[0, 8], [7.5, -6], [-7.5, -6]]);
    } else if (shape === "star") {
      var pts = [];
      for (var k = 0; k < 10; k++) {
        var r = k % 2 ? 3.6 : 8.5, a = Math.PI / 5 * k - Math.PI / 2;
        pts.push([(r * Math.cos(a)).toFixed(2), (r * Math.sin(a)).toFixed(2)]);
      }
      poly(pts);
    } else if (shape === "hexagon") {
      var hex = [];
      for (var h = 0; h < 6; h++) {
        var b = Math.PI / 3 * h;
        hex.push([(8 * Math.cos(b)).toFixed(2), (8 * Math.sin(b)).toFixed(2)]);
      }
      poly(hex);
    } else {
      item = document.createElementNS(SVG, "circle");
      item.setAttribute("r", "7");
    }
    item.setAttribute("fill", color);
    item.setAttribute("stroke", "#33333388");
    svg.appendChild(item);
    return svg;
  }

  // --- the network ------------------------------------------------------------------------
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  view.network = network;
  view.nodes = nodes;
  view.edges = edges;
  view.data = data;

  network.once("afterDrawing", function () {
    view.firstDraw = performance.now();
    view.drawn = true;
    document.body.setAttribute("data-drawn", "true");
  });
  // Small graphs settle with physics from the computed layout, then hold still (so that what
  // the search centres stays centred); large ones are drawn as laid out, physics off.
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
  });
  if (!data.physics) { network.fit({ animation: false }); }

  document.getElementById("kg-counts").textContent =
    data.counts.nodes.toLocaleString("en-GB") + " nodes, " +
    data.counts.edges.toLocaleString("en-GB") + " edges";

  // --- legend: colour and shape per type; untick to hide a type ---------------------------
  var legend = document.getElementById("kg-legend-list");
  var hiddenTypes = {};
  data.types.forEach(function (t) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-type", t.name);
    box.addEventListener("change", function () {
      hiddenTypes[t.name] = !box.checked;
      var changes = [];
      data.nodes.forEach(function (n) {
        if (n.group === t.name) { changes.push({ id: n.id, hidden: !box.checked }); }
      });
      nodes.update(changes);
    });
    label.appendChild(box);
    label.appendChild(swatch(t.shape, t.color));
    label.appendChild(el("span", "kg-type-name", t.label));
    label.appendChild(el("span", "kg-count", t.count));
    li.appendChild(label);
    legend.appendChild(li);
  });

  // --- tooltip ----------------------------------------------------------------------------
  var tooltip = document.getElementById("kg-tooltip");
  function showTooltip(d, pointer) {
    clear(tooltip);
    var kind = d.kind && d.kind !== typeLabel(d.type) ? typeLabel(d.type) + " · " + d.kind : typeLabel(d.type);
    tooltip.appendChild(el("div", "kg-tip-type", kind));
    tooltip.appendChild(el("div", "kg-tip-label", d.label));
    (d.dates || []).slice(0, 4).forEach(function (pair) {
      tooltip.appendChild(el("div", "kg-tip-date", pair[0] + ": " + pair[1]));
    });
    if (d.names && d.names.length) {
      tooltip.appendChild(el("div", "kg-tip-names", "Also: " + d.names.join("; ")));
    }
    tooltip.hidden = false;
    var box = container.getBoundingClientRect();
    var main = document.getElementById("kg-main").getBoundingClientRect();
    var x = box.left - main.left + pointer.x + 14;
    var y = box.top - main.top + pointer.y + 14;
    var maxX = main.width - tooltip.offsetWidth - 8;
    tooltip.style.left = Math.max(4, Math.min(x, maxX)) + "px";
    tooltip.style.top = Math.max(4, Math.min(y, main.height - tooltip.offsetHeight - 8)) + "px";
  }
  network.on("hoverNode", function (p) { showTooltip(details[p.node], p.pointer.DOM); });
  network.on("blurNode", function () { tooltip.hidden = true; });
  network.on("hoverEdge", function (p) {
    var e = edges.get(p.edge);
    var d = edgeDetails[String(p.edge)];
    var from = details[e.from].label, to = details[e.to].label;
    showTooltip({ type: "", kind: null, label: from + " — " + e.label + " → " + to,
                  dates: d ? d.dates : [] }, p.pointer.DOM);
    tooltip.firstChild.textContent = d ? (d.kind || "relation") : "link";
  });
  network.on("blurEdge", function () { tooltip.hidden = true; });
  network.on("dragStart", function () { tooltip.hidden = true; });
  network.on("zoom", function () { tooltip.hidden = true; });

  // --- side panel -------------------------------------------------------------------------
  var panel = document.getElementById("kg-panel");
  var body = document.getElementById("kg-panel-body");
  document.getElementById("kg-panel-close").addEventListener("click", function () {
    panel.hidden = true;
    network.unselectAll();
  });

  function nodeLink(index, text) {
    var button = el("button", "kg-link", text);
    button.type = "button";
    button.addEventListener("click", function () { focusNode(index); });
    return button;
  }
  function section(title) { body.appendChild(el("h3", null, title)); }
  function table(rows) {
    var t = el("table");
    rows.forEach(function (row) {
      var tr = el("tr");
      tr.appendChild(el("td", null, row[0]));
      tr.appendChild(el("td", null, row[1]));
      t.appendChild(tr);
    });
    body.appendChild(t);
  }
  function sourceCite(iri) {
    var info = sources[iri] || { title: iri };
    var text = info.title + (info.date ? " (" + info.date + ")" : "");
    if (iriIndex[iri] !== undefined && nodes.get(iriIndex[iri])) {
      return nodeLink(iriIndex[iri], text);
    }
    return el("span", null, text);
  }
  function evidenceBlock(parent, spans) {
    spans.forEach(function (e) {
      var box = el("div", "kg-evidence");
      var quote = el("div", "kg-quote");
      if (e.prefix) { quote.appendChild(el("span", "kg-context", "…" + e.prefix)); }
      quote.appendChild(el("mark", null, e.exact));
      if (e.suffix) { quote.appendChild(el("span", "kg-context", e.suffix + "…")); }
      box.appendChild(quote);
      var cite = el("div", "kg-cite", (e.kind ? e.kind + " — " : "— "));
      cite.appendChild(sourceCite(e.source));
      box.appendChild(cite);
      parent.appendChild(box);
    });
  }
  function factSections(d, ends) {
    if (d.names && d.names.length) { body.appendChild(el("div", "kg-names", "Also called: " + d.names.join("; "))); }
    if (d.dates && d.dates.length) { section("Dates"); table(d.dates); }
    if (d.facts && d.facts.length) { section("Facts"); table(d.facts); }
    (d.texts || []).forEach(function (pair) {
      section(pair[0]);
      body.appendChild(el("div", "kg-text", pair[1]));
    });
    var neighbours = {};
    (ends || []).forEach(function (n) { neighbours[n] = true; });
    if (d.iri && iriIndex[d.iri] !== undefined) {
      network.getConnectedNodes(iriIndex[d.iri]).forEach(function (n) { neighbours[n] = true; });
    }
    var links = (d.links || []).filter(function (pair) { return !neighbours[iriIndex[pair[1]]]; });
    if (links.length) {
      section("Linked");
      var ul = el("ul");
      links.forEach(function (pair) {
        var li = el("li", null, pair[0] + ": ");
        var index = iriIndex[pair[1]];
        li.appendChild(index !== undefined ? nodeLink(index, details[index].label) : el("span", null, pair[1]));
        ul.appendChild(li);
      });
      body.appendChild(ul);
    }
    if (d.evidence && d.evidence.length) {
      section("Evidence");
      evidenceBlock(body, d.evidence);
    }
    if (d.sources && d.sources.length) {
      section("Sources");
      var list = el("ul");
      d.sources.forEach(function (iri) {
        var li = el("li");
        li.appendChild(sourceCite(iri));
        list.appendChild(li);
      });
      body.appendChild(list);
    }
  }

  function showNode(index) {
    var d = details[index];
    clear(body);
    body.appendChild(el("h2", "kg-panel-title", d.label));
    var kind = el("span", "kg-kind", d.kind && d.kind !== typeLabel(d.type) ? typeLabel(d.type) + " · " + d.kind : typeLabel(d.type));
    if (typeInfo[d.type]) { kind.style.background = typeInfo[d.type].color; }
    body.appendChild(kind);
    factSections(d);
    var connected = network.getConnectedEdges(index);
    if (connected.length) {
      section("Links (" + connected.length + ")");
      var ul = el("ul", "kg-relations");
      connected.slice(0, 200).forEach(function (edgeId) {
        var e = edges.get(edgeId);
        var outgoing = e.from === index;
        var other = outgoing ? e.to : e.from;
        var li = el("li", null, outgoing ? e.label + " → " : "← " + e.label + ": ");
        li.appendChild(nodeLink(other, details[other].label));
        var extra = edgeDetails[String(edgeId)];
        if (extra) {
          if (extra.dates && extra.dates.length) {
            li.appendChild(el("div", "kg-names", extra.dates.map(function (p) { return p[0] + ": " + p[1]; }).join("; ")));
          }
          if (extra.evidence) { evidenceBlock(li, extra.evidence); }
        }
        ul.appendChild(li);
      });
      if (connected.length > 200) { ul.appendChild(el("li", null, "… and " + (connected.length - 200) + " more")); }
      body.appendChild(ul);
    }
    body.appendChild(el("div", "kg-iri", d.iri));
    panel.hidden = false;
    panel.scrollTop = 0;
  }

  function showEdge(edgeId) {
    var e = edges.get(edgeId);
    var d = edgeDetails[String(edgeId)] || {};
    clear(body);
    body.appendChild(el("h2", "kg-panel-title", d.label || e.label));
    body.appendChild(el("span", "kg-kind", d.kind || "relation"));
    var p = el("p");
    p.appendChild(nodeLink(e.from, details[e.from].label));
    p.appendChild(el("span", null, " — " + e.label + " → "));
    p.appendChild(nodeLink(e.to, details[e.to].label));
    body.appendChild(p);
    factSections(d, [e.from, e.to]);
    if (d.iri) { body.appendChild(el("div", "kg-iri", d.iri)); }
    panel.hidden = false;
    panel.scrollTop = 0;
  }

  network.on("click", function (p) {
    tooltip.hidden = true;
    if (p.nodes.length) { showNode(p.nodes[0]); }
    else if (p.edges.length) { showEdge(p.edges[0]); }
    else { panel.hidden = true; }
  });

  function focusNode(index) {
    var node = nodes.get(index);
    if (!node) { return false; }
    if (node.hidden) {
      var box = legend.querySelector('input[data-type="' + CSS.escape(node.group) + '"]');
      if (box) { box.checked = true; box.dispatchEvent(new Event("change")); }
    }
    network.selectNodes([index]);
    showNode(index);
    network.setSize("100%", "100%");  // the panel may just have narrowed the canvas
    network.focus(index, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 350, easingFunction: "easeInOutQuad" } });
    return true;
  }
  view.focusNode = focusNode;
  view.showNode = showNode;
  view.showEdge = showEdge;

  // --- search -----------------------------------------------------------------------------
  var search = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");
  var haystack = details.map(function (d) {
    return [d.label].concat(d.names || []).join(" \u0001 ").toLowerCase() + " \u0001 " + d.iri.toLowerCase();
  });
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return []; }
    var starts = [], contains = [];
    for (var i = 0; i < haystack.length; i++) {
      var at = haystack[i].indexOf(q);
      if (at < 0) { continue; }
      if (at === 0 || details[i].label.toLowerCase() === q) { starts.push(i); } else { contains.push(i); }
    }
    return starts.concat(contains);
  }
  view.find = find;
  var active = 0, current = [];
  function renderResults() {
    clear(results);
    current = find(search.value).slice(0, 30);
    if (!search.value.trim()) { results.hidden = true; return; }
    if (!current.length) {
      results.appendChild(el("li", "kg-none", "No match"));
    }
    current.forEach(function (index, k) {
      var li = el("li", k === active ? "kg-active" : null);
      li.setAttribute("role", "option");
      li.appendChild(el("span", null, details[index].label));
      li.appendChild(el("span", "kg-type", typeLabel(details[index].type)));
      li.addEventListener("mousedown", function (event) {
        event.preventDefault();
        choose(index);
      });
      results.appendChild(li);
    });
    results.hidden = false;
  }
  function choose(index) {
    results.hidden = true;
    search.blur();
    focusNode(index);
  }
  search.addEventListener("input", function () { active = 0; renderResults(); });
  search.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { active = Math.min(active + 1, current.length - 1); renderResults(); event.preventDefault(); }
    else if (event.key === "ArrowUp") { active = Math.max(active - 1, 0); renderResults(); event.preventDefault(); }
    else if (event.key === "Enter") {
      if (!current.length) { renderResults(); }
      if (current.length) { choose(current[Math.max(0, Math.min(active, current.length - 1))]); }
      event.preventDefault();
    } else if (event.key === "Escape") { results.hidden = true; }
  });
  search.addEventListener("blur", function () { results.hidden = true; });
  document.getElementById("kg-fit").addEventListener("click", function () {
    network.fit({ animation: { duration: 300 } });
  });
  view.ready = true;
})();
