// The kg network page: vis-network plus search, filters, neighbourhood highlight and tooltips.
// Every name, title and evidence sentence is untrusted: it reaches the DOM only through
// textContent or element values, never parsed as markup.
(function () {
  "use strict";

  function load(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  const meta = load("kg-meta");
  const nodeList = load("kg-nodes");
  const edgeList = load("kg-edges");
  const options = load("kg-options");
  const DIM = 0.15;
  const DIM_FONT = "rgba(60,60,60,0.2)";

  const nodes = new vis.DataSet(nodeList);
  const edges = new vis.DataSet(edgeList);
  const typeOn = {};
  const relationOn = {};
  const nodeView = new vis.DataView(nodes, { filter: (n) => typeOn[n.type] !== false });
  const edgeView = new vis.DataView(edges, { filter: (e) => relationOn[e.relation] !== false });
  const container = document.getElementById("mynetwork");
  const status = document.getElementById("kg-status");
  const network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);

  const view = {
    network: network,
    nodes: nodes,
    edges: edges,
    nodeView: nodeView,
    edgeView: edgeView,
    ready: false,
    readyMs: null,
    highlighted: null,
    search: search,
    highlight: highlight,
  };
  window.kgView = view;

  // ---- layout: physics runs until the layout is stable, then stops

  function markReady() {
    if (view.ready) return;
    view.ready = true;
    view.readyMs = performance.now();
    document.body.dataset.kgReady = "true";
    status.textContent = "";
  }

  const physicsBox = document.getElementById("kg-physics");
  physicsBox.checked = false;
  // The Physics box restarts the simulation (after dragging, say); it stops again once stable.
  physicsBox.addEventListener("change", () => {
    network.setOptions({ physics: { enabled: physicsBox.checked } });
    if (physicsBox.checked) network.startSimulation();
  });
  network.on("stabilized", () => {
    if (view.ready && physicsBox.checked) {
      physicsBox.checked = false;
      network.setOptions({ physics: { enabled: false } });
    }
  });
  if (options.physics && options.physics.enabled) {
    status.textContent = "布局中 Laying out…";
    network.on("stabilizationProgress", (p) => {
      status.textContent = "布局中 Laying out… " + Math.round((100 * p.iterations) / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", () => {
      network.setOptions({ physics: { enabled: false } });
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", markReady);
  }

  // ---- filters: entity types and relation types

  document.querySelectorAll("input[data-kg-type]").forEach((box) => {
    typeOn[box.dataset.kgType] = box.checked;
    box.addEventListener("change", () => {
      typeOn[box.dataset.kgType] = box.checked;
      nodeView.refresh();
    });
  });
  document.querySelectorAll("input[data-kg-relation]").forEach((box) => {
    relationOn[box.dataset.kgRelation] = box.checked;
    box.addEventListener("change", () => {
      relationOn[box.dataset.kgRelation] = box.checked;
      edgeView.refresh();
    });
  });

  // ---- neighbourhood highlight

  // One DataSet update per highlight, holding only the items whose state changes:
  // vis-network's cost is mostly per update call, so this stays usable on big graphs.
  const dimmedNodes = {};
  const dimmedEdges = {};

  function highlight(id) {
    const on = id !== null && id !== undefined;
    const near = new Set(on ? network.getConnectedNodes(id).concat([id]) : []);
    const touching = new Set(on ? network.getConnectedEdges(id) : []);
    const nodeUpdates = [];
    const edgeUpdates = [];
    nodeList.forEach((n) => {
      const dim = on && !near.has(n.id);
      if (dim !== !!dimmedNodes[n.id]) {
        dimmedNodes[n.id] = dim;
        nodeUpdates.push({ id: n.id, opacity: dim ? DIM : 1, font: { color: dim ? DIM_FONT : "#222" } });
      }
    });
    edgeList.forEach((e) => {
      const dim = on && !touching.has(e.id);
      if (dim !== !!dimmedEdges[e.id]) {
        dimmedEdges[e.id] = dim;
        edgeUpdates.push({ id: e.id, color: { opacity: dim ? DIM : 1 }, font: { color: dim ? DIM_FONT : "#444" } });
      }
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    view.highlighted = on ? id : null;
  }

  network.on("click", (params) => {
    hideTip();
    highlight(params.nodes.length ? params.nodes[0] : null);
  });

  // ---- search by name or alias

  const searchBox = document.getElementById("kg-search");
  const searchStatus = document.getElementById("kg-search-status");
  const results = document.getElementById("kg-search-results");
  const names = document.getElementById("kg-names");
  const index = nodeList.map((n) => ({
    node: n,
    keys: [n.label].concat(n.aliases || []).map((s) => s.toLowerCase()),
  }));
  const seen = new Set();
  nodeList.forEach((n) => {
    [n.label].concat(n.aliases || []).forEach((name) => {
      if (seen.has(name)) return;
      seen.add(name);
      const opt = document.createElement("option");
      opt.value = name;
      names.appendChild(opt);
    });
  });

  function go(node) {
    if (typeOn[node.type] === false) {
      const box = document.querySelector('input[data-kg-type="' + CSS.escape(node.type) + '"]');
      if (box) box.checked = true;
      typeOn[node.type] = true;
      nodeView.refresh();
    }
    network.selectNodes([node.id]);
    highlight(node.id);
    network.focus(node.id, { scale: Math.max(network.getScale(), 1.0), animation: false });
  }

  // Returns the matching nodes: exact name or alias first, then substrings; selects the first.
  function search(query) {
    const q = (query || "").trim().toLowerCase();
    results.replaceChildren();
    if (!q) {
      searchStatus.textContent = "";
      highlight(null);
      network.unselectAll();
      return [];
    }
    const exact = index.filter((e) => e.keys.includes(q));
    const partial = index.filter((e) => !e.keys.includes(q) && e.keys.some((k) => k.includes(q)));
    const hits = exact.concat(partial).map((e) => e.node);
    searchStatus.textContent = hits.length ? "找到 found " + hits.length : "未找到 not found";
    hits.slice(0, 20).forEach((n) => {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = n.label;
      button.addEventListener("click", () => go(n));
      li.appendChild(button);
      results.appendChild(li);
    });
    if (hits.length) go(hits[0]);
    return hits.map((n) => n.id);
  }

  let timer = null;
  searchBox.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(searchBox.value), 250);
  });
  searchBox.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      clearTimeout(timer);
      search(searchBox.value);
    }
  });

  // ---- tooltips, built from text nodes

  const tip = document.getElementById("kg-tip");

  function line(text, cls) {
    const div = document.createElement("div");
    div.textContent = text;
    if (cls) div.className = cls;
    tip.appendChild(div);
    return div;
  }

  function labels(table, key) {
    return table[key] || ["", key || "?"];
  }

  function nodeTip(n) {
    const t = labels(meta.typeLabels, n.type);
    line(n.label, "kg-tip-head");
    line("类型 Type: " + t[0] + " " + t[1]);
    if (n.aliases && n.aliases.length) line("别名 Aliases: " + n.aliases.join("、"));
    line("文档 Documents: " + n.docs);
    line("关系 Relations: " + n.degree);
  }

  function edgeTip(e) {
    const r = labels(meta.relationLabels, e.relation);
    const head = nodes.get(e.from);
    const tail = nodes.get(e.to);
    line((head ? head.label : e.from) + " → " + (tail ? tail.label : e.to), "kg-tip-head");
    line(r[0] + " " + e.relation + " (" + r[1] + ")");
    if (e.titles && e.titles.length) line("职务 Title: " + e.titles.join("、"));
    if (e.confidence !== null && e.confidence !== undefined) {
      line("置信度 Confidence: " + e.confidence.toFixed(3));
    }
    if (e.evidence && e.evidence.length) {
      line("证据 Evidence (" + e.evidence.length + " of " + e.nEvidence + "):");
      e.evidence.forEach((ev) => {
        const div = line("“" + ev[0] + "” — ", "kg-tip-evidence");
        const doc = document.createElement("span");
        doc.className = "kg-tip-doc";
        doc.textContent = ev[1];
        div.appendChild(doc);
      });
    }
  }

  function showTip(build, item, pointer) {
    tip.replaceChildren();
    build(item);
    tip.hidden = false;
    const width = container.clientWidth;
    const x = Math.min(pointer.x + 14, Math.max(0, width - tip.offsetWidth - 4));
    tip.style.left = x + "px";
    tip.style.top = pointer.y + 14 + "px";
  }

  function hideTip() {
    tip.hidden = true;
  }

  network.on("hoverNode", (p) => showTip(nodeTip, nodes.get(p.node), p.pointer.DOM));
  network.on("hoverEdge", (p) => showTip(edgeTip, edges.get(p.edge), p.pointer.DOM));
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
})();
