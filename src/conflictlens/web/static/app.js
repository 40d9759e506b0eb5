/* conflictlens dashboard: a map, a timeline and a table of incidents, and a page per incident.
 *
 * Plain JavaScript, no build step. Everything the page shows that comes from the database
 * (document text, names, sources) is untrusted: it only ever reaches the page through
 * textContent / createTextNode / setAttribute, never through innerHTML, and nothing in it
 * is ever run. The helper `el()` below is the one way elements are made.
 */
(function () {
  "use strict";

  // ------------------------------------------------------------------ small DOM helpers

  const SVG_NS = "http://www.w3.org/2000/svg";

  /** Make an element. attrs are set with setAttribute (or as properties for a few safe
   *  ones); children are nodes or strings, and strings become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function setAttrs(node, attrs) {
    if (!attrs) return;
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.setAttribute("class", v);
      else if (k === "text") node.textContent = String(v);
      else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
      else if (k === "dataset") Object.assign(node.dataset, v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
  }

  function append(node, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));

  function setStatus(msg, isError) {
    const s = $("#status");
    s.textContent = msg || "";
    s.classList.toggle("error", !!isError);
  }

  // ------------------------------------------------------------------ formatting

  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  function fmtNum(v) {
    return v === null || v === undefined || v === "" ? "–" : String(v);
  }

  /** best (low–high) when the range differs from the best figure */
  function fmtRange(best, low, high) {
    if (best === null || best === undefined) return "unknown";
    let s = String(best);
    if ((low !== null && low !== undefined && low !== best) || (high !== null && high !== undefined && high !== best)) {
      s += ` (${fmtNum(low)}–${fmtNum(high)})`;
    }
    return s;
  }

  function shortDay(iso) {
    const d = parseDay(iso);
    return d ? `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, "0")}` : String(iso);
  }

  function parseDay(iso) {
    if (!iso || typeof iso !== "string") return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  }

  function isoDay(d) {
    return d.toISOString().slice(0, 10);
  }

  const DAY_MS = 86400000;

  function listOf(v) {
    if (v === null || v === undefined) return [];
    return Array.isArray(v) ? v : [v];
  }

  /** A source may be a string or an object {name, role, ...}. */
  function sourceText(s) {
    if (s === null || s === undefined) return "";
    if (typeof s === "string") return s;
    if (typeof s === "object") {
      const parts = [s.name || s.person || s.office || s.outlet || s.channel, s.role || s.title].filter(Boolean);
      return parts.length ? parts.join(", ") : JSON.stringify(s);
    }
    return String(s);
  }

  // ------------------------------------------------------------------ colours

  const TYPE_COLOURS = {
    "Air/drone strike": "#d62728",
    "Shelling/artillery/missile attack": "#ff7f0e",
    "Remote explosive/landmine/IED": "#8c564b",
    "Grenade": "#bcbd22",
    "Suicide bomb": "#7f7f7f",
    "Chemical weapon": "#17becf",
    "Armed clash": "#1f77b4",
    "Government regains territory": "#aec7e8",
    "Non-state actor overtakes territory": "#393b79",
    "Attack": "#9467bd",
    "Abduction/forced disappearance": "#c5b0d5",
    "Sexual violence": "#e377c2",
    "Peaceful protest": "#2ca02c",
    "Protest with intervention": "#98df8a",
    "Excessive force against protesters": "#637939",
    "Violent demonstration": "#e7ba52",
    "Mob violence": "#ad494a",
  };
  const SPARE_COLOURS = ["#6b6ecf", "#b5cf6b", "#e7969c", "#de9ed6", "#3182bd", "#31a354", "#756bb1"];

  function typeOf(r) {
    return r.sub_event_type || r.event_type || "unknown type";
  }

  function typeColour(t) {
    if (TYPE_COLOURS[t]) return TYPE_COLOURS[t];
    let h = 0;
    for (const ch of String(t)) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return SPARE_COLOURS[h % SPARE_COLOURS.length];
  }

  const FIELD_LABELS = {
    fatalities: "killed", injured: "injured", children_killed: "children killed",
    children_injured: "children injured", civilians_killed: "civilians killed",
    event_date: "date", location: "place", admin1: "region", admin2: "district", country: "country",
    weapon: "weapon", actor1: "attacker", actor2: "target", sources: "source", event: "sentence",
    event_type: "type", sub_event_type: "sub-type", plover: "political act",
  };

  const label = (f) => FIELD_LABELS[f] || String(f).replace(/_/g, " ");

  // ------------------------------------------------------------------ the API

  const API_BASE = new URL("api/", document.baseURI);

  async function getJSON(path, params) {
    const url = new URL(path, API_BASE);
    if (params) for (const [k, v] of Object.entries(params)) {
      if (v !== null && v !== undefined && v !== "") url.searchParams.set(k, v);
    }
    const res = await fetch(url, { headers: { Accept: "application/json" } });
    if (!res.ok) {
      const err = new Error(`${res.status} ${res.statusText} for ${url.pathname}`);
      err.status = res.status;
      throw err;
    }
    return res.json();
  }

  const FILTER_KEYS = ["since", "until", "country", "admin1", "type", "weapon", "min_fatalities", "q"];
  const MAX_ITEMS = 5000;   // the dashboard stops paging here and says so
  const PAGE = 500;

  /** All incidents matching the filters, following next_cursor, up to MAX_ITEMS. */
  async function fetchIncidents(filters, token) {
    const items = [];
    let cursor = null;
    let truncated = false;
    for (;;) {
      const page = await getJSON("incidents", { ...filters, limit: PAGE, cursor });
      if (token !== loadToken) return null;   // a newer load started
      const got = Array.isArray(page) ? page : (page.items || []);
      items.push(...got);
      cursor = Array.isArray(page) ? null : page.next_cursor;
      if (!cursor || got.length === 0) break;
      if (items.length >= MAX_ITEMS) { truncated = true; break; }
    }
    return { items, truncated };
  }

  /** Aggregates come back as a list of groups; accept a few shapes and name the parts. */
  function normaliseGroups(data, keyNames) {
    let rows = data;
    if (rows && !Array.isArray(rows)) {
      rows = rows.items || rows.groups || rows.buckets || rows.rows || rows.data
        || Object.entries(rows).map(([k, v]) => (v && typeof v === "object" ? { key: k, ...v } : { key: k, incidents: v }));
    }
    if (!Array.isArray(rows)) return [];
    return rows.map((r) => {
      let key = r.key;
      for (const n of keyNames) if (key === undefined && r[n] !== undefined) key = r[n];
      if (key === undefined) key = r.value ?? r.name ?? r.group;
      return {
        key: key === null || key === undefined ? null : String(key),
        incidents: Number(r.incidents ?? r.count ?? r.n ?? 0),
        fatalities: Number(r.fatalities ?? r.killed ?? 0),
        injured: Number(r.injured ?? 0),
      };
    });
  }

  // ------------------------------------------------------------------ state and routing

  let loadToken = 0;
  let lastDashboardHash = "#/";
  const state = {
    filters: {},
    items: [],
    sort: { key: "event_date", dir: -1 },
    shown: 200,
    options: { country: new Set(), admin1: new Set(), type: new Set(), subtype: new Set(), weapon: new Set() },
    regionsOf: new Map(),   // country -> its admin1 names
  };

  function parseHash() {
    const h = location.hash.replace(/^#/, "") || "/";
    const q = h.indexOf("?");
    const path = q >= 0 ? h.slice(0, q) : h;
    const params = new URLSearchParams(q >= 0 ? h.slice(q + 1) : "");
    return { path, params };
  }

  function filtersFromParams(params) {
    const f = {};
    for (const k of FILTER_KEYS) {
      const v = params.get(k);
      if (v !== null && v !== "") f[k] = v;
    }
    return f;
  }

  function hashForFilters(f) {
    const p = new URLSearchParams();
    for (const k of FILTER_KEYS) if (f[k] !== undefined && f[k] !== "") p.set(k, f[k]);
    const qs = p.toString();
    return qs ? `#/?${qs}` : "#/";
  }

  function setFilters(f) {
    const clean = {};
    for (const k of FILTER_KEYS) if (f[k] !== undefined && f[k] !== null && f[k] !== "") clean[k] = String(f[k]);
    const h = hashForFilters(clean);
    const now = location.hash === "" || location.hash === "#" ? "#/" : location.hash;
    if (now === h) return;                  // already showing these
    $("#dashboard").dataset.ready = "0";   // until the load for these filters is drawn
    location.hash = h;
  }

  function route() {
    const { path, params } = parseHash();
    const m = /^\/incident\/(.+)$/.exec(path);
    if (m) {
      showView("incident");
      showIncident(decodeURIComponent(m[1]));
    } else {
      lastDashboardHash = location.hash || "#/";
      showView("dashboard");
      loadDashboard(filtersFromParams(params));
    }
  }

  function showView(name) {
    $("#dashboard").hidden = name !== "dashboard";
    $("#incident").hidden = name !== "incident";
    if (name === "dashboard" && map) setTimeout(() => map.invalidateSize(), 0);
    if (name === "incident") $("#back-link").setAttribute("href", lastDashboardHash);
  }

  // ------------------------------------------------------------------ filters form

  function readForm() {
    const f = {};
    for (const k of FILTER_KEYS) {
      const input = $(`#filters [name="${k}"]`);
      if (input && input.value !== "") f[k] = input.value.trim();
    }
    return f;
  }

  function writeForm(f) {
    for (const k of FILTER_KEYS) {
      const input = $(`#filters [name="${k}"]`);
      if (!input) continue;
      const v = f[k] || "";
      if (input.tagName === "SELECT" && v && !Array.from(input.options).some((o) => o.value === v)) {
        input.appendChild(el("option", { value: v }, v));
      }
      input.value = v;
    }
  }

  function fillSelect(id, groups) {
    const select = $(id);
    const current = select.value;
    clear(select);
    select.appendChild(el("option", { value: "" }, "all"));
    for (const [title, values] of groups) {
      const sorted = Array.from(values).filter((v) => v).sort((a, b) => a.localeCompare(b));
      if (!sorted.length) continue;
      const parent = title ? select.appendChild(el("optgroup", { label: title })) : select;
      for (const v of sorted) parent.appendChild(el("option", { value: v }, v));
    }
    if (current && !Array.from(select.options).some((o) => o.value === current)) {
      select.appendChild(el("option", { value: current }, current));
    }
    select.value = current;
  }

  function remember(items) {
    const o = state.options;
    for (const r of items) {
      if (r.country) o.country.add(r.country);
      if (r.admin1) o.admin1.add(r.admin1);
      if (r.country && r.admin1) {
        if (!state.regionsOf.has(r.country)) state.regionsOf.set(r.country, new Set());
        state.regionsOf.get(r.country).add(r.admin1);
      }
      if (r.event_type) o.type.add(r.event_type);
      if (r.sub_event_type) o.subtype.add(r.sub_event_type);
      if (r.weapon) o.weapon.add(r.weapon);
    }
  }

  function refreshOptions() {
    const o = state.options;
    fillSelect("#f-country", [[null, o.country]]);
    // with a country chosen, offer its regions only (when the aggregates said which they are)
    const country = $("#f-country").value;
    fillSelect("#f-admin1", [[null, country && state.regionsOf.has(country) ? state.regionsOf.get(country) : o.admin1]]);
    fillSelect("#f-type", [["Event type", o.type], ["Sub-event type", o.subtype]]);
    fillSelect("#f-weapon", [[null, o.weapon]]);
  }

  /** Filter choices from the aggregates over the whole database (once, at start). */
  async function loadOptions() {
    const o = state.options;
    const rows = async (kind) => {
      try {
        const data = await getJSON(`aggregates/${kind}`);
        return Array.isArray(data) ? data : data.items || [];
      } catch (e) { return []; }   // the table's values fill the lists anyway
    };
    const [regions, types, weapons] = await Promise.all([rows("admin1"), rows("type"), rows("weapon")]);
    for (const r of regions) {
      if (r.country) o.country.add(r.country);
      if (r.admin1) o.admin1.add(r.admin1);
      if (r.country && r.admin1) {
        if (!state.regionsOf.has(r.country)) state.regionsOf.set(r.country, new Set());
        state.regionsOf.get(r.country).add(r.admin1);
      }
    }
    for (const r of types) {
      if (r.event_type) o.type.add(r.event_type);
      if (r.sub_event_type) o.subtype.add(r.sub_event_type);
    }
    for (const r of weapons) if (r.weapon) o.weapon.add(r.weapon);
    refreshOptions();
  }

  function bindForm() {
    const form = $("#filters");
    form.addEventListener("submit", (e) => { e.preventDefault(); setFilters(readForm()); });
    form.addEventListener("change", () => setFilters(readForm()));
    let typing = null;
    $("#f-q").addEventListener("input", () => {
      clearTimeout(typing);
      typing = setTimeout(() => setFilters(readForm()), 400);
    });
    $("#f-reset").addEventListener("click", () => setFilters({}));
    $("#tl-clear").addEventListener("click", () => {
      const f = readForm();
      delete f.since;
      delete f.until;
      setFilters(f);
    });
    $("#table-more").addEventListener("click", () => { state.shown += 500; renderTable(); });
  }

  // ------------------------------------------------------------------ dashboard load

  async function loadDashboard(filters) {
    const token = ++loadToken;
    state.filters = filters;
    writeForm(filters);
    $("#dashboard").dataset.ready = "0";
    setStatus("Loading…");
    const geo = new URL("incidents.geojson", API_BASE);
    for (const [k, v] of Object.entries(filters)) geo.searchParams.set(k, v);
    $("#geojson-link").setAttribute("href", geo.pathname + geo.search);

    const undated = { ...filters };
    delete undated.since;
    delete undated.until;
    try {
      const [res, days, regions] = await Promise.all([
        fetchIncidents(filters, token),
        getJSON("aggregates/day", undated).then((d) => normaliseGroups(d, ["date", "day", "event_date"]))
          .catch(() => null),
        getJSON("aggregates/admin1", filters).then((d) => (Array.isArray(d) ? d : d.items || [])).catch(() => null),
      ]);
      if (!res || token !== loadToken) return;
      state.items = res.items;
      state.shown = 200;
      remember(res.items);
      refreshOptions();
      writeForm(filters);
      renderSummary(res);
      renderMap(res.items);
      renderTimeline(days || dayGroupsFrom(res.items), filters);
      renderRegions(regions || regionGroupsFrom(res.items));
      renderTable();
      setStatus(res.truncated ? `Showing the first ${res.items.length} incidents: narrow the filters to see all.` : "");
      $("#dashboard").dataset.ready = "1";
    } catch (e) {
      if (token !== loadToken) return;
      setStatus(`Could not load incidents: ${e.message}`, true);
      $("#dashboard").dataset.ready = "error";
    }
  }

  function dayGroupsFrom(items) {
    const by = new Map();
    for (const r of items) {
      if (!r.event_date) continue;
      const k = r.event_date.slice(0, 10);
      const g = by.get(k) || { key: k, incidents: 0, fatalities: 0, injured: 0 };
      g.incidents += 1;
      g.fatalities += Number(r.fatalities) || 0;
      g.injured += Number(r.injured) || 0;
      by.set(k, g);
    }
    return Array.from(by.values());
  }

  function regionGroupsFrom(items) {
    const by = new Map();
    for (const r of items) {
      const k = `${r.country || ""}\u0000${r.admin1 || ""}`;
      const g = by.get(k) || { country: r.country || null, admin1: r.admin1 || null, incidents: 0, killed: 0, injured: 0 };
      g.incidents += 1;
      g.killed += Number(r.fatalities) || 0;
      g.injured += Number(r.injured) || 0;
      by.set(k, g);
    }
    return Array.from(by.values());
  }

  /** Killed and injured per region (admin1), largest first, as bars that filter when clicked. */
  function renderRegions(groups) {
    const box = clear($("#regions"));
    const rows = groups.map((g) => ({
      country: g.country || null, admin1: g.admin1 || null, incidents: Number(g.incidents) || 0,
      killed: Number(g.killed ?? g.fatalities) || 0, injured: Number(g.injured) || 0,
    })).sort((a, b) => b.killed - a.killed || b.injured - a.injured || b.incidents - a.incidents);
    if (!rows.length) {
      box.append(el("p", { class: "empty" }, "No incidents."));
      return;
    }
    const top = Math.max(1, ...rows.map((r) => r.killed + r.injured));
    const LIMIT = 10;
    for (const r of rows.slice(0, LIMIT)) {
      const name = r.admin1 || "no region";
      const bar = el("span", { class: "rbar" },
        el("span", { class: "rbar-killed" }), el("span", { class: "rbar-injured" }));
      bar.firstChild.style.width = `${(100 * r.killed) / top}%`;
      bar.lastChild.style.width = `${(100 * r.injured) / top}%`;
      // a region filters to itself; incidents placed only to a country filter to that country
      const target = r.admin1 ? { admin1: r.admin1, country: r.country } : r.country ? { admin1: "", country: r.country } : null;
      const current = target && (target.admin1
        ? state.filters.admin1 === target.admin1
        : !state.filters.admin1 && state.filters.country === target.country);
      const row = el("button", {
        type: "button", class: `region${current ? " current" : ""}${r.admin1 ? "" : " unplaced"}`,
        "data-admin1": r.admin1 || "", "data-country": r.country || "",
        title: `${name}${r.country ? `, ${r.country}` : ""}: ${r.incidents} incident(s), ${r.killed} killed, ${r.injured} injured`,
        disabled: !target || current,
      }, el("span", { class: "rname" }, name, r.country ? el("span", { class: "rcountry" }, ` ${r.country}`) : null),
      bar,
      el("span", { class: "rnum" }, `${r.killed} / ${r.injured}`));
      row.addEventListener("click", () => {
        const f = readForm();
        f.admin1 = target.admin1;
        if (target.country) f.country = target.country;
        setFilters(f);
      });
      box.append(row);
    }
    if (rows.length > LIMIT) box.append(el("p", { class: "hint" }, `and ${rows.length - LIMIT} more regions`));
  }

  function renderSummary(res) {
    const items = res.items;
    const killed = items.reduce((s, r) => s + (Number(r.fatalities) || 0), 0);
    const injured = items.reduce((s, r) => s + (Number(r.injured) || 0), 0);
    const box = clear($("#summary"));
    const stat = (n, what) => el("span", { class: "stat" }, el("strong", null, String(n)), " ", what);
    box.append(
      stat(items.length + (res.truncated ? "+" : ""), items.length === 1 ? "incident" : "incidents"),
      stat(killed, "killed"),
      stat(injured, "injured"),
    );
    const f = state.filters;
    const parts = [];
    if (f.since || f.until) parts.push(`${f.since || "…"} to ${f.until || "…"}`);
    for (const k of ["country", "admin1", "type", "weapon"]) if (f[k]) parts.push(f[k]);
    if (f.min_fatalities) parts.push(`at least ${f.min_fatalities} killed`);
    if (f.q) parts.push(`“${f.q}”`);
    if (parts.length) box.append(el("span", { class: "filter-note" }, "filtered: ", parts.join(" · ")));
  }

  // ------------------------------------------------------------------ map

  let map = null;
  let clusterLayer = null;
  let legendControl = null;

  function initMap() {
    map = L.map("map", { center: [48.5, 32], zoom: 5, minZoom: 2, maxZoom: 14, worldCopyJump: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Leaflet · outlines: Natural Earth");

    // graticule: every 5 degrees, over the outlines and under the points
    map.createPane("graticule").style.zIndex = 270;
    const lines = [];
    for (let lat = -80; lat <= 80; lat += 5) lines.push([[lat, -180], [lat, 180]]);
    for (let lon = -180; lon <= 180; lon += 5) lines.push([[-85, lon], [85, lon]]);
    L.polyline(lines, {
      pane: "graticule", color: "#5f7a96", weight: 0.8, opacity: 0.45, dashArray: "3 4", interactive: false,
    }).addTo(map);

    // country outlines from the vendored Natural Earth TopoJSON
    map.createPane("countries").style.zIndex = 260;
    fetch("vendor/world-atlas/countries-50m.json")
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText))))
      .then((topo) => {
        crimeaInUkraine(topo);
        const countries = topojson.feature(topo, topo.objects.countries);
        L.geoJSON(countries, {
          pane: "countries",
          interactive: false,
          style: { color: "#8a8a8a", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 },
        }).addTo(map);
      })
      .catch(() => setStatus("Country outlines could not be loaded; showing points only."));

    // online tiles: only when asked for, never by default
    let tiles = null;
    const TileToggle = L.Control.extend({
      options: { position: "topright" },
      onAdd() {
        const box = el("label", { class: "leaflet-bar tile-toggle", title: "Needs an internet connection" });
        const cb = el("input", { type: "checkbox", id: "tiles-toggle" });
        box.append(cb, " online map tiles");
        L.DomEvent.disableClickPropagation(box);
        cb.addEventListener("change", () => {
          if (cb.checked) {
            tiles = tiles || L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
              maxZoom: 19, attribution: "© OpenStreetMap contributors", referrerPolicy: "no-referrer",
            });
            tiles.addTo(map);
          } else if (tiles) {
            map.removeLayer(tiles);
          }
          try { localStorage.setItem("conflictlens.tiles", cb.checked ? "1" : "0"); } catch (e) { /* private mode */ }
        });
        try {
          if (localStorage.getItem("conflictlens.tiles") === "1") {
            cb.checked = true;
            setTimeout(() => cb.dispatchEvent(new Event("change")), 0);
          }
        } catch (e) { /* private mode */ }
        return box;
      },
    });
    new TileToggle().addTo(map);

    clusterLayer = L.markerClusterGroup({
      maxClusterRadius: 40,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      disableClusteringAtZoom: 11,
      iconCreateFunction: clusterIcon,
    });
    map.addLayer(clusterLayer);
  }

  /** The vendored Natural Earth edition draws Crimea inside Russia. The project codes Crimea as
   *  Ukraine (as ACLED, UCDP and the UN General Assembly do), so the map does too: the part of
   *  Russia's outline that holds Simferopol is moved into Ukraine's and the two are merged. */
  function crimeaInUkraine(topo) {
    try {
      const geoms = topo.objects.countries.geometries;
      const ru = geoms.find((g) => g.properties && g.properties.name === "Russia");
      const uaIndex = geoms.findIndex((g) => g.properties && g.properties.name === "Ukraine");
      if (!ru || uaIndex < 0 || ru.type !== "MultiPolygon") return;
      const simferopol = [34.1, 44.95];
      const k = ru.arcs.findIndex((polygon) => {
        const f = topojson.feature(topo, { type: "Polygon", arcs: polygon });
        return pointInRing(simferopol, f.geometry.coordinates[0]);
      });
      if (k < 0) return;
      const crimea = { type: "Polygon", arcs: ru.arcs[k] };
      ru.arcs = ru.arcs.filter((_, i) => i !== k);
      const ua = geoms[uaIndex];
      const merged = topojson.mergeArcs(topo, [ua, crimea]);
      geoms[uaIndex] = { ...merged, id: ua.id, properties: ua.properties };
    } catch (e) { /* keep the outlines as they come */ }
  }

  function pointInRing(pt, ring) {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i], [xj, yj] = ring[j];
      if ((yi > pt[1]) !== (yj > pt[1]) && pt[0] < ((xj - xi) * (pt[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  }

  function clusterIcon(cluster) {
    const markers = cluster.getAllChildMarkers();
    let killed = 0;
    for (const m of markers) killed += Number(m.options.fatalities) || 0;
    const n = markers.length;
    const size = Math.round(Math.min(64, 26 + 6 * Math.sqrt(killed)));
    const box = el("div", { class: "cluster-inner", title: `${n} incidents, ${killed} killed` },
      el("span", { class: "cluster-n" }, String(n)),
      el("span", { class: "cluster-k" }, `${killed}†`));
    return L.divIcon({ html: box, className: "cluster", iconSize: L.point(size, size) });
  }

  function radiusFor(fatalities) {
    const k = Number(fatalities);
    if (!Number.isFinite(k) || k <= 0) return 5;
    return Math.min(30, 5 + 3.2 * Math.sqrt(k));
  }

  function incidentHref(r) {
    return `#/incident/${encodeURIComponent(r.incident_id || r.id || r.event_id)}`;
  }

  function popupFor(r) {
    return el("div", { class: "popup" },
      el("div", { class: "popup-title" }, r.location || "unknown place", r.admin1 ? `, ${r.admin1}` : ""),
      el("div", null, r.event_date || "undated", " · ", typeOf(r)),
      el("div", null, `killed ${fmtRange(r.fatalities, r.fatalities_low, r.fatalities_high)}, injured ${fmtRange(r.injured, r.injured_low, r.injured_high)}`),
      r.weapon ? el("div", null, `weapon: ${r.weapon}`) : null,
      el("a", { href: incidentHref(r) }, "open the incident and its sources →"));
  }

  function renderMap(items) {
    if (!map) initMap();
    clusterLayer.clearLayers();
    const markers = [];
    const types = new Map();
    for (const r of items) {
      const lat = Number(r.latitude), lon = Number(r.longitude);
      if (r.latitude === null || r.latitude === undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      const t = typeOf(r);
      const colour = typeColour(t);
      types.set(t, colour);
      const m = L.circleMarker([lat, lon], {
        radius: radiusFor(r.fatalities),
        color: "#333", weight: 1, fillColor: colour, fillOpacity: r.fatalities === null ? 0.35 : 0.8,
        fatalities: Number(r.fatalities) || 0,
        incidentId: r.incident_id,
      });
      m.bindPopup(() => popupFor(r));
      m.bindTooltip(() => el("span", null, `${r.location || "?"} · ${r.event_date || "undated"} · ${fmtNum(r.fatalities)} killed`));
      markers.push(m);
    }
    clusterLayer.addLayers(markers);
    renderLegend(types);
    if (markers.length) {
      const b = L.latLngBounds(markers.map((m) => m.getLatLng()));
      map.fitBounds(b.pad(0.2), { maxZoom: 7, animate: false });
    }
    const unplaced = items.length - markers.length;
    $("#map").dataset.markers = String(markers.length);
    $("#map").title = unplaced ? `${unplaced} incident(s) without coordinates are in the table only` : "";
  }

  function renderLegend(types) {
    if (legendControl) map.removeControl(legendControl);
    const Legend = L.Control.extend({
      options: { position: "bottomright" },
      onAdd() {
        const box = el("div", { class: "legend" }, el("div", { class: "legend-title" }, "type (size: killed)"));
        for (const [t, c] of Array.from(types.entries()).sort()) {
          const sw = el("span", { class: "swatch" });
          sw.style.background = c;
          box.append(el("div", null, sw, " ", t));
        }
        return box;
      },
    });
    legendControl = new Legend();
    legendControl.addTo(map);
  }

  // ------------------------------------------------------------------ timeline

  let lastDays = null;   // the timeline redraws on resize from the last groups it was given

  function renderTimeline(groups, filters) {
    lastDays = groups;
    const box = clear($("#timeline"));
    const days = groups.filter((g) => g.key && parseDay(g.key));
    if (!days.length) {
      box.append(el("p", { class: "empty" }, "No dated incidents."));
      return;
    }
    const byDay = new Map(days.map((g) => [g.key.slice(0, 10), g]));
    let t0 = Math.min(...days.map((g) => parseDay(g.key).getTime()));
    let t1 = Math.max(...days.map((g) => parseDay(g.key).getTime()));
    // keep the chosen range inside the axis
    for (const k of ["since", "until"]) {
      const d = parseDay(filters[k]);
      if (d && Math.abs(d.getTime() - t0) < 3660 * DAY_MS && Math.abs(d.getTime() - t1) < 3660 * DAY_MS) {
        t0 = Math.min(t0, d.getTime());
        t1 = Math.max(t1, d.getTime());
      }
    }
    t0 -= DAY_MS;
    t1 += DAY_MS;
    const n = Math.round((t1 - t0) / DAY_MS) + 1;
    const series = [];
    for (let i = 0; i < n; i++) {
      const key = isoDay(new Date(t0 + i * DAY_MS));
      const g = byDay.get(key);
      series.push({ key, killed: g ? g.fatalities : 0, injured: g ? g.injured : 0, incidents: g ? g.incidents : 0 });
    }

    const W = Math.max(320, box.clientWidth || 600);
    const H = 180;
    const M = { l: 34, r: 8, t: 10, b: 22 };
    const iw = W - M.l - M.r, ih = H - M.t - M.b;
    const bw = iw / n;
    const maxV = Math.max(1, ...series.map((s) => s.killed + s.injured));
    const step = niceStep(maxV / 4);
    const top = Math.ceil(maxV / step) * step;
    const y = (v) => M.t + ih - (v / top) * ih;
    const x = (i) => M.l + i * bw;

    const root = svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, class: "timeline-svg", role: "img",
      "aria-label": "Killed and injured per day" });
    const grid = svg("g", { class: "axis" });
    for (let v = 0; v <= top; v += step) {
      grid.append(svg("line", { x1: M.l, x2: W - M.r, y1: y(v), y2: y(v), class: "gridline" }),
        svg("text", { x: M.l - 4, y: y(v) + 3, "text-anchor": "end" }, String(v)));
    }
    root.append(grid);

    const bars = svg("g", { class: "bars" });
    const gap = bw > 4 ? 1 : 0;
    series.forEach((s, i) => {
      if (!s.killed && !s.injured && !s.incidents) return;
      const g = svg("g", { "data-day": s.key },
        svg("title", null, `${s.key}: ${s.killed} killed, ${s.injured} injured (${s.incidents} incident${s.incidents === 1 ? "" : "s"})`),
        svg("rect", { class: "bar-killed", x: x(i) + gap / 2, width: Math.max(0.5, bw - gap), y: y(s.killed), height: y(0) - y(s.killed) }),
        svg("rect", { class: "bar-injured", x: x(i) + gap / 2, width: Math.max(0.5, bw - gap), y: y(s.killed + s.injured), height: y(s.killed) - y(s.killed + s.injured) }));
      if (!s.killed && !s.injured) g.append(svg("rect", { class: "bar-none", x: x(i) + gap / 2, width: Math.max(0.5, bw - gap), y: y(0) - 2, height: 2 }));
      bars.append(g);
    });
    // date labels: about one every 90 px
    const every = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(iw / 90))));
    const labels = svg("g", { class: "axis" });
    for (let i = 0; i < n; i += every) {
      labels.append(svg("text", { x: x(i) + bw / 2, y: H - 6, "text-anchor": "middle" }, shortDay(series[i].key)));
    }
    labels.append(svg("line", { x1: M.l, x2: W - M.r, y1: y(0), y2: y(0), class: "baseline" }));
    root.append(labels);

    // the chosen range, and the brush
    const dayIndex = (iso) => {
      const d = parseDay(iso);
      return d ? Math.round((d.getTime() - t0) / DAY_MS) : null;
    };
    const sel = svg("rect", { class: "selection", y: M.t, height: ih, x: 0, width: 0, visibility: "hidden" });
    const si = filters.since ? dayIndex(filters.since) : null;
    const ui = filters.until ? dayIndex(filters.until) : null;
    if (si !== null || ui !== null) {
      const a = Math.max(0, si === null ? 0 : si), b = Math.min(n - 1, ui === null ? n - 1 : ui);
      if (b >= a) setAttrs(sel, { x: x(a), width: (b - a + 1) * bw, visibility: "visible" });
    }
    root.append(sel, bars);
    const overlay = svg("rect", { class: "brush", x: M.l, y: M.t, width: iw, height: ih });
    root.append(overlay);

    const indexAt = (evt) => {
      const r = root.getBoundingClientRect();
      const px = (evt.clientX - r.left) * (W / r.width);
      return Math.max(0, Math.min(n - 1, Math.floor((px - M.l) / bw)));
    };
    let start = null;
    overlay.addEventListener("pointerdown", (evt) => {
      start = indexAt(evt);
      overlay.setPointerCapture(evt.pointerId);
      setAttrs(sel, { x: x(start), width: bw, visibility: "visible" });
    });
    overlay.addEventListener("pointermove", (evt) => {
      if (start === null) return;
      const i = indexAt(evt);
      const a = Math.min(start, i), b = Math.max(start, i);
      setAttrs(sel, { x: x(a), width: (b - a + 1) * bw });
    });
    const finish = (evt) => {
      if (start === null) return;
      const i = indexAt(evt);
      const a = Math.min(start, i), b = Math.max(start, i);
      start = null;
      const f = readForm();
      f.since = series[a].key;
      f.until = series[b].key;
      setFilters(f);
    };
    overlay.addEventListener("pointerup", finish);
    overlay.addEventListener("pointercancel", () => { start = null; });
    box.append(root);
  }

  function niceStep(raw) {
    if (raw <= 1) return 1;
    const p = Math.pow(10, Math.floor(Math.log10(raw)));
    for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
    return 10 * p;
  }

  // ------------------------------------------------------------------ table

  const COLUMNS = [
    { key: "event_date", title: "Date" },
    { key: "location", title: "Place" },
    { key: "admin1", title: "Region" },
    { key: "country", title: "Country" },
    { key: "type", title: "Type", get: typeOf },
    { key: "weapon", title: "Weapon" },
    { key: "fatalities", title: "Killed", num: true },
    { key: "injured", title: "Injured", num: true },
    { key: "sources", title: "Reports", num: true, get: (r) => (r.doc_ids ? r.doc_ids.length : r.number_of_sources ?? null) },
  ];

  function cellValue(col, r) {
    return col.get ? col.get(r) : r[col.key];
  }

  function renderTable() {
    const table = $("#incidents-table");
    const thead = clear(table.tHead);
    const tr = el("tr");
    for (const col of COLUMNS) {
      const active = state.sort.key === col.key;
      const th = el("th", {
        scope: "col", class: col.num ? "num" : null, "data-key": col.key,
        "aria-sort": active ? (state.sort.dir > 0 ? "ascending" : "descending") : "none",
      }, el("button", {
        type: "button", class: "sort",
        onclick: () => {
          state.sort = { key: col.key, dir: active ? -state.sort.dir : (col.num || col.key === "event_date" ? -1 : 1) };
          renderTable();
        },
      }, col.title, el("span", { class: "arrow", "aria-hidden": "true" }, active ? (state.sort.dir > 0 ? " ▲" : " ▼") : "")));
      tr.append(th);
    }
    thead.append(tr);

    const col = COLUMNS.find((c) => c.key === state.sort.key) || COLUMNS[0];
    const dir = state.sort.dir;
    const rows = state.items.slice().sort((a, b) => {
      const va = cellValue(col, a), vb = cellValue(col, b);
      const na = va === null || va === undefined || va === "", nb = vb === null || vb === undefined || vb === "";
      if (na || nb) return na === nb ? 0 : na ? 1 : -1;   // unknowns last either way
      if (col.num) return (Number(va) - Number(vb)) * dir;
      return String(va).localeCompare(String(vb)) * dir;
    });

    const tbody = clear(table.tBodies[0]);
    for (const r of rows.slice(0, state.shown)) {
      const href = incidentHref(r);
      const row = el("tr", { "data-id": r.incident_id, tabindex: "-1" });
      for (const c of COLUMNS) {
        const v = cellValue(c, r);
        const td = el("td", { class: c.num ? "num" : null });
        if (c.key === "location") td.append(el("a", { href }, v || "unknown place"));
        else if (c.key === "type") {
          const sw = el("span", { class: "swatch" });
          sw.style.background = typeColour(v);
          td.append(sw, " ", v);
        } else td.append(fmtNum(v));
        row.append(td);
      }
      row.addEventListener("click", (evt) => {
        if (evt.target.closest("a")) return;
        location.hash = href;
      });
      tbody.append(row);
    }
    if (!rows.length) tbody.append(el("tr", null, el("td", { colspan: COLUMNS.length, class: "empty" }, "No incident matches these filters.")));
    $("#table-count").textContent = rows.length > state.shown ? `${state.shown} of ${rows.length} rows` : `${rows.length} rows`;
    $("#table-more").hidden = rows.length <= state.shown;
  }

  // ------------------------------------------------------------------ one incident

  /** The document's text from a mention record, in any of the names the API may use. */
  function textOfMention(m) {
    if (m.document && typeof m.document === "object" && typeof m.document.text === "string") return m.document.text;
    if (typeof m.document_text === "string") return m.document_text;
    return null;
  }

  async function showIncident(id) {
    const token = ++loadToken;
    const view = $("#incident");
    view.dataset.ready = "0";
    const body = clear($("#incident-body"));
    setStatus("Loading…");
    let rec;
    try {
      rec = await getJSON(`incidents/${encodeURIComponent(id)}`);
    } catch (e) {
      if (token !== loadToken) return;
      body.append(el("p", { class: "error" }, e.status === 404 ? `No incident ${id}.` : `Could not load incident ${id}: ${e.message}`));
      setStatus("");
      view.dataset.ready = "error";
      return;
    }
    const mentions = listOf(rec.mention_records);
    // documents in the order they were reported, each with its mentions and evidence
    const docs = new Map();
    for (const m of mentions) {
      const docId = m.doc_id || (m.document && m.document.doc_id) || "unknown";
      if (!docs.has(docId)) {
        docs.set(docId, {
          id: docId, text: textOfMention(m), published: m.published ?? (m.document && m.document.published),
          source: m.document_source ?? (m.document && m.document.source), url: m.url ?? (m.document && m.document.url),
          mentions: [],
        });
      }
      docs.get(docId).mentions.push(m);
    }
    for (const ev of listOf(rec.evidence)) {   // documents known only from the incident's evidence
      if (ev.doc_id && !docs.has(ev.doc_id)) docs.set(ev.doc_id, { id: ev.doc_id, text: null, mentions: [] });
    }
    await Promise.all(Array.from(docs.values()).filter((d) => d.text === null && d.id !== "unknown").map(async (d) => {
      try {
        const doc = await getJSON(`documents/${encodeURIComponent(d.id)}`);
        d.text = typeof doc.text === "string" ? doc.text : null;
        d.published = d.published ?? doc.published;
        d.source = d.source ?? doc.source;
        d.url = d.url ?? doc.url;
      } catch (e) { d.error = e.message; }
    }));
    if (token !== loadToken) return;

    body.append(incidentHeader(rec), figureCards(rec), detailsList(rec));
    body.append(el("h2", null, "Who reported what"), reportsTable(rec, docs));
    body.append(el("h2", null, "How the figures changed"), revisionsSection(rec));
    body.append(el("h2", null, `Source documents (${docs.size})`),
      el("p", { class: "hint" }, "Highlighted: the words each field was read from. Hover a highlight to see its field."),
      evidenceLegend());
    for (const d of docs.values()) body.append(documentSection(rec, d));
    if (listOf(rec.edits).length) body.append(el("h2", null, "Analysts' edits"), editsList(rec.edits));
    setStatus("");
    document.title = `${rec.location || "incident"} ${rec.event_date || ""} · conflictlens`;
    view.dataset.ready = "1";
    window.scrollTo(0, 0);
  }

  function incidentHeader(rec) {
    const where = [rec.location, rec.admin2 && rec.admin2 !== rec.location ? rec.admin2 : null, rec.admin1, rec.country]
      .filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(", ");
    const sw = el("span", { class: "swatch big" });
    sw.style.background = typeColour(typeOf(rec));
    return el("div", { class: "incident-head" },
      el("h1", null, sw, " ", typeOf(rec), " — ", where || "unknown place"),
      el("p", { class: "sub" }, rec.event_date || "undated",
        rec.time_precision ? ` (time precision ${rec.time_precision})` : "",
        " · incident ", el("code", null, String(rec.incident_id || rec.event_id || ""))));
  }

  function figureCards(rec) {
    const card = (title, best, low, high, cls) => el("div", { class: `card ${cls || ""}` },
      el("div", { class: "card-title" }, title),
      el("div", { class: "card-value" }, best === null || best === undefined ? "unknown" : String(best)),
      (low !== undefined && high !== undefined && (low !== best || high !== best) && best !== null)
        ? el("div", { class: "card-range" }, `reported ${fmtNum(low)} to ${fmtNum(high)}`) : null);
    const box = el("div", { class: "cards" },
      card("Killed", rec.fatalities, rec.fatalities_low, rec.fatalities_high, "killed"),
      card("Injured", rec.injured, rec.injured_low, rec.injured_high, "injured"));
    for (const f of ["children_killed", "children_injured", "civilians_killed"]) {
      if (rec[f] !== null && rec[f] !== undefined) box.append(card(label(f), rec[f]));
    }
    return box;
  }

  function detailsList(rec) {
    const rows = [
      ["Event type", rec.event_type], ["Sub-event type", rec.sub_event_type], ["PLOVER", rec.plover],
      ["Weapon", rec.weapon], ["Actor 1", rec.actor1], ["Actor 2", rec.actor2],
      ["Civilians targeted", rec.civilian_targeting === true ? "yes" : rec.civilian_targeting === false ? "no" : null],
      ["Place", rec.location], ["District (admin2)", rec.admin2], ["Region (admin1)", rec.admin1],
      ["Country", rec.country ? `${rec.country}${rec.iso ? ` (${rec.iso})` : ""}` : null],
      ["Coordinates", rec.latitude !== null && rec.latitude !== undefined ? `${rec.latitude}, ${rec.longitude}` : null],
      ["Geo precision", rec.geo_precision], ["Confidence", rec.confidence],
      ["Sources", listOf(rec.sources).map(sourceText).join("; ")],
    ];
    const dl = el("dl", { class: "details" });
    for (const [k, v] of rows) {
      if (v === null || v === undefined || v === "") continue;
      dl.append(el("dt", null, k), el("dd", null, String(v)));
    }
    return dl;
  }

  function reportsTable(rec, docs) {
    const table = el("table", { class: "data reports" });
    table.append(el("thead", null, el("tr", null,
      ["Document", "Published", "Outlet", "Attributed to", "Killed", "Injured", "Date given", "Place given"].map((t) => el("th", { scope: "col" }, t)))));
    const tbody = el("tbody");
    for (const d of docs.values()) {
      for (const m of d.mentions) {
        const attributed = listOf(m.sources).map(sourceText).filter((s) => s !== d.source);
        tbody.append(el("tr", null,
          el("td", null, el("button", { type: "button", class: "link", onclick: () => scrollToDoc(d.id) }, d.id)),
          el("td", null, fmtNum(d.published)),
          el("td", null, fmtNum(d.source)),
          el("td", null, attributed.length ? attributed.join("; ") : "–"),
          el("td", { class: "num" }, fmtRange(m.fatalities, m.fatalities_low, m.fatalities_high)),
          el("td", { class: "num" }, fmtRange(m.injured, m.injured_low, m.injured_high)),
          el("td", null, fmtNum(m.event_date)),
          el("td", null, fmtNum(m.location))));
      }
    }
    if (!tbody.firstChild) tbody.append(el("tr", null, el("td", { colspan: 8, class: "empty" }, "No reports.")));
    table.append(tbody);
    return el("div", { class: "table-wrap" }, table);
  }

  function docAnchorId(docId) {
    return `doc-${Array.from(String(docId)).map((c) => (/[A-Za-z0-9_-]/.test(c) ? c : `_${c.charCodeAt(0).toString(16)}`)).join("")}`;
  }

  function scrollToDoc(docId) {
    const target = document.getElementById(docAnchorId(docId));
    if (target) {
      target.scrollIntoView({ behavior: "smooth", block: "start" });
      target.classList.add("flash");
      setTimeout(() => target.classList.remove("flash"), 1200);
    }
  }

  // --- revisions: a small chart and a table for each figure

  function revisionsSection(rec) {
    const revs = listOf(rec.revisions);
    const box = el("div", { class: "revisions" });
    if (!revs.length) {
      box.append(el("p", { class: "empty" }, "No figures were reported."));
      return box;
    }
    const byField = new Map();
    for (const r of revs) {
      const f = r.field || "figure";
      if (!byField.has(f)) byField.set(f, []);
      byField.get(f).push(r);
    }
    for (const [field, list] of byField) {
      const current = rec[field];
      const fig = el("figure", { class: "revision", "data-field": field },
        el("figcaption", null, el("strong", null, label(field)), ": ",
          list.map((r) => fmtNum(r.best)).join(" → "),
          current !== undefined ? ` (now ${fmtNum(current)})` : ""),
        revisionChart(list, current),
        revisionTable(list));
      box.append(fig);
    }
    return box;
  }

  function revisionChart(list, current) {
    const W = Math.max(300, Math.min(680, 160 + 110 * list.length)), H = 150;
    const M = { l: 32, r: 52, t: 14, b: 34 };
    const PAD = 40;   // room for the first and last labels
    const iw = W - M.l - M.r, ih = H - M.t - M.b;
    const vals = list.flatMap((r) => [r.low, r.best, r.high]).concat([current]).filter((v) => v !== null && v !== undefined).map(Number);
    const maxV = Math.max(1, ...vals);
    const step = niceStep(maxV / 3);
    const top = Math.ceil(maxV / step) * step;
    const y = (v) => M.t + ih - (v / top) * ih;
    const x = (i) => M.l + (list.length === 1 ? iw / 2 : PAD + (i * (iw - 2 * PAD)) / (list.length - 1));
    const root = svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, class: "revision-svg", role: "img",
      "aria-label": "Reported values over time" });
    for (let v = 0; v <= top; v += step) {
      root.append(svg("line", { x1: M.l, x2: W - M.r, y1: y(v), y2: y(v), class: "gridline" }),
        svg("text", { x: M.l - 4, y: y(v) + 3, "text-anchor": "end", class: "tick" }, String(v)));
    }
    if (current !== null && current !== undefined) {
      root.append(svg("line", { x1: M.l, x2: W - M.r, y1: y(current), y2: y(current), class: "current" }),
        svg("text", { x: W - M.r + 4, y: y(current) + 3, class: "tick current-label" }, `now ${current}`));
    }
    // a step line through the best figures
    const pts = list.map((r, i) => (r.best === null || r.best === undefined ? null : [x(i), y(Number(r.best))])).filter(Boolean);
    if (pts.length > 1) {
      let d = `M${pts[0][0]},${pts[0][1]}`;
      for (let i = 1; i < pts.length; i++) d += ` H${pts[i][0]} V${pts[i][1]}`;
      root.append(svg("path", { d, class: "step" }));
    }
    list.forEach((r, i) => {
      const g = svg("g", { class: "rev-point" },
        svg("title", null, `${r.published || "undated"} · ${sourceText(r.source) || "unknown source"} · ${fmtRange(r.best, r.low, r.high)}${r.text ? ` · “${r.text}”` : ""}`));
      if (r.low !== null && r.low !== undefined && r.high !== null && r.high !== undefined && r.low !== r.high) {
        g.append(svg("line", { x1: x(i), x2: x(i), y1: y(Number(r.low)), y2: y(Number(r.high)), class: "whisker" }));
      }
      if (r.best !== null && r.best !== undefined) {
        g.append(svg("circle", { cx: x(i), cy: y(Number(r.best)), r: 4.5, class: "dot" }),
          svg("text", { x: x(i) + 7, y: y(Number(r.best)) - 5, class: "val" }, String(r.best)));
      }
      g.append(svg("text", { x: x(i), y: H - 18, "text-anchor": "middle", class: "tick" }, r.published ? shortDay(r.published) : "?"),
        svg("text", { x: x(i), y: H - 5, "text-anchor": "middle", class: "tick small" }, truncate(sourceText(r.source), 22)));
      root.append(g);
    });
    return root;
  }

  function truncate(s, n) {
    s = String(s || "");
    return s.length > n ? `${s.slice(0, n - 1)}…` : s;
  }

  function revisionTable(list) {
    const table = el("table", { class: "data compact" });
    table.append(el("thead", null, el("tr", null,
      ["Published", "Source", "Document", "Reported", "How", "Words"].map((t) => el("th", { scope: "col" }, t)))));
    const tbody = el("tbody");
    for (const r of list) {
      tbody.append(el("tr", null,
        el("td", null, fmtNum(r.published)),
        el("td", null, sourceText(r.source) || "–"),
        el("td", null, r.document ? el("button", { type: "button", class: "link", onclick: () => scrollToDoc(r.document) }, String(r.document)) : "–"),
        el("td", { class: "num" }, fmtRange(r.best, r.low, r.high)),
        el("td", null, [r.qualifier, r.status].filter(Boolean).join(", ") || "–"),
        el("td", { class: "quote" }, r.text ? `“${r.text}”` : "–")));
    }
    table.append(tbody);
    return table;
  }

  function editsList(edits) {
    const ul = el("ul", { class: "edits" });
    for (const e of listOf(edits)) {
      const p = e.payload || {};
      let what = e.action;
      if (e.action === "correct") what = `${label(p.field)} set to ${JSON.stringify(p.value)}`;
      else if (e.action === "merge") what = "merged with another incident";
      else if (e.action === "split") what = `split: ${listOf(p.mentions).length} report(s) moved to a new incident`;
      ul.append(el("li", null, what, e.author ? ` — by ${e.author}` : "", e.at ? `, ${e.at}` : ""));
    }
    return ul;
  }

  // --- documents with their evidence highlighted

  function evidenceLegend() {
    const box = el("div", { class: "ev-legend" });
    for (const f of ["fatalities", "injured", "children_killed", "location", "event_date", "weapon", "actor1", "sources"]) {
      box.append(el("mark", { class: `ev f-${f}` }, label(f)), " ");
    }
    box.append(el("span", { class: "ev-sentence" }, "sentence of the event"));
    return box;
  }

  function safeUrl(u) {
    if (typeof u !== "string") return null;
    try {
      const url = new URL(u);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) { return null; }
  }

  function documentSection(rec, d) {
    const section = el("article", { class: "document", id: docAnchorId(d.id), "data-doc-id": d.id });
    const url = safeUrl(d.url);
    section.append(el("header", null,
      el("strong", null, d.id), " · ", fmtNum(d.source), " · published ", fmtNum(d.published),
      url ? [" · ", el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")] : null));
    if (d.text === null || d.text === undefined) {
      section.append(el("p", { class: "error" }, `The document's text is not available${d.error ? ` (${d.error})` : ""}.`));
      return section;
    }
    let spans = [];
    for (const m of d.mentions) spans.push(...listOf(m.evidence));
    if (!spans.length) spans = listOf(rec.evidence).filter((ev) => ev.doc_id === d.id);
    const body = el("div", { class: "doc-text" });
    body.append(highlight(d.text, spans));
    section.append(body);
    return section;
  }

  /** Place each evidence span on the text: trust start/end when they hold the quoted words,
   *  else look for the words near there; drop spans that cannot be placed. */
  function placeSpans(text, spans) {
    const out = new Map();
    for (const s of spans) {
      if (!s || typeof s !== "object") continue;
      let start = Number(s.start), end = Number(s.end);
      const quoted = typeof s.text === "string" ? s.text : null;
      const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end;
      if (!(valid && (quoted === null || text.slice(start, end) === quoted))) {
        if (!quoted) continue;
        let at = -1, best = Infinity;
        for (let i = text.indexOf(quoted); i >= 0; i = text.indexOf(quoted, i + 1)) {
          const dist = Math.abs(i - (Number.isFinite(start) ? start : 0));
          if (dist < best) { best = dist; at = i; }
        }
        if (at < 0) continue;
        start = at;
        end = at + quoted.length;
      }
      const key = `${start}:${end}`;
      const field = String(s.field || "evidence");
      if (!out.has(key)) out.set(key, { start, end, fields: [] });
      if (!out.get(key).fields.includes(field)) out.get(key).fields.push(field);
    }
    return Array.from(out.values());
  }

  /** The document text as nodes, with <mark> around each evidence span [start, end).
   *  Nested spans nest; crossing spans are split (each piece keeps data-start/data-end). */
  function highlight(text, rawSpans) {
    const frag = document.createDocumentFragment();
    const spans = placeSpans(text, rawSpans);
    const starts = new Map();
    const points = new Set([0, text.length]);
    for (const s of spans) {
      points.add(s.start);
      points.add(s.end);
      if (!starts.has(s.start)) starts.set(s.start, []);
      starts.get(s.start).push(s);
    }
    const bounds = Array.from(points).sort((a, b) => a - b);
    const stack = [{ node: frag, span: null }];
    const open = (s, cont) => {
      const isSentence = s.fields.length === 1 && s.fields[0] === "event";
      const fields = s.fields.filter((f) => f !== "event");
      const node = isSentence
        ? el("span", { class: "ev-sentence" })
        : el("mark", {
          class: `ev f-${fields[0].replace(/[^a-z0-9_]/gi, "_")}${cont ? " cont" : ""}`,
          "data-field": fields.join(" "), "data-start": s.start, "data-end": s.end,
          title: `evidence for ${fields.map(label).join(", ")}`,
        });
      stack[stack.length - 1].node.appendChild(node);
      stack.push({ node, span: s });
    };
    for (let i = 0; i < bounds.length - 1; i++) {
      const p = bounds[i];
      // close what ends here, reopening anything that was opened inside it and goes on
      let lowest = -1;
      for (let k = 1; k < stack.length; k++) if (stack[k].span.end <= p) { lowest = k; break; }
      if (lowest > 0) {
        const popped = stack.splice(lowest);
        for (const e of popped) if (e.span.end > p) open(e.span, true);
      }
      const here = (starts.get(p) || []).slice().sort((a, b) => b.end - a.end);
      for (const s of here) open(s, false);
      stack[stack.length - 1].node.appendChild(document.createTextNode(text.slice(p, bounds[i + 1])));
    }
    return frag;
  }

  // ------------------------------------------------------------------ start

  function start() {
    bindForm();
    window.addEventListener("hashchange", route);
    let resizeTimer = null;
    window.addEventListener("resize", () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => {
        if (!$("#dashboard").hidden) renderTimeline(lastDays || [], state.filters);
      }, 200);
    });
    loadOptions();
    route();
  }

  // for tests and the curious: the highlighter on its own, and the Leaflet map
  window.conflictlens = Object.freeze({ highlight, get map() { return map; } });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
