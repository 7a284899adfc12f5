import { api } from "./api.js";
import { t, percent, statusText } from "./i18n.js";
import { el, clear, link } from "./dom.js";

const CHILD_LEVEL = { CITY: "DISTRICT", DISTRICT: "STREET", STREET: "COMMUNITY", COMMUNITY: "COMPOUND" };
const LEVEL_TEXT = { DISTRICT: "district", STREET: "street", COMMUNITY: "community" };
const METRICS = ["score", "responseRate", "resolutionRate", "satisfactionRate"];

let chart = null;
let trend = null;

function monthRange(month) {
  const [y, m] = month.split("-").map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  return { from: `${month}-01`, to: `${next}-01` };
}

function thisMonth() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

/** The dashboard of one node of the grid tree (the tenant's root by default), for one month. */
export async function renderDashboard(view, params) {
  const month = /^\d{4}-\d{2}$/.test(params.get("month") ?? "") ? params.get("month") : thisMonth();
  const metric = METRICS.includes(params.get("metric")) ? params.get("metric") : "score";
  const roots = await api("GET", "/api/v1/grids");
  const root = roots.data[0];
  const node = params.get("grid") ? await api("GET", `/api/v1/grids/${encodeURIComponent(params.get("grid"))}`) : root;
  const childLevel = CHILD_LEVEL[node.level];
  const { from, to } = monthRange(month);
  const query = (extra) => new URLSearchParams({ gridId: node.id, from, to, ...extra }).toString();

  const [children, stats, totals, overdue, dueSoon] = await Promise.all([
    api("GET", `/api/v1/grids?${new URLSearchParams({ parentId: node.id, limit: "500" })}`),
    childLevel ? api("GET", `/api/v1/cases:stats?${query({ groupBy: childLevel })}`) : Promise.resolve({ groups: [] }),
    api("GET", `/api/v1/cases:stats?${query({ groupBy: node.level })}`),
    api("GET", `/api/v1/cases?${new URLSearchParams({ gridId: node.id, overdue: "true", limit: "10" })}`),
    api("GET", `/api/v1/cases?${new URLSearchParams({ gridId: node.id, dueWithinHours: "24", limit: "10" })}`),
  ]);

  clear(view);
  const go = (changes) => {
    const next = new URLSearchParams({ month, metric, ...(node.id !== root.id ? { grid: node.id } : {}), ...changes });
    [...next.keys()].forEach((k) => next.get(k) === "" && next.delete(k));
    location.hash = `#/dashboard?${next}`;
  };

  const monthInput = el("input", { type: "month", id: "month", value: month });
  monthInput.addEventListener("change", () => go({ month: monthInput.value }));
  const metricSelect = el("select", { id: "metric" }, METRICS.map((m) => el("option", { value: m, selected: m === metric }, t(m))));
  metricSelect.addEventListener("change", () => go({ metric: metricSelect.value }));
  const crumbs = el("div", { class: "breadcrumb" }, [
    node.id === root.id ? el("strong", {}, root.name) : link(`#/dashboard?month=${month}&metric=${metric}`, root.name),
    ...(node.id === root.id ? [] : [el("span", {}, "›"), el("strong", {}, node.name)]),
  ]);
  view.append(el("section", { class: "card" }, [
    el("div", { class: "controls" }, [
      el("label", { for: "month" }, [t("period"), monthInput]),
      el("label", { for: "metric" }, [t("metric"), metricSelect]),
      crumbs,
    ]),
  ]));

  const total = totals.groups.find((g) => g.gridId === node.id) ?? totals.groups[0];
  view.append(el("section", { class: "kpis", "aria-label": t("periodTotals") }, [
    kpi(t("reported"), total?.reported ?? 0, "kpi-reported"),
    kpi(t("closed"), total?.closed ?? 0, "kpi-closed"),
    kpi(t("responseRate"), percent(total?.responseRate), "kpi-response"),
    kpi(t("resolutionRate"), percent(total?.resolutionRate), "kpi-resolution"),
    kpi(t("satisfactionRate"), percent(total?.satisfactionRate), "kpi-satisfaction"),
    kpi(t("overdueNow"), total?.overdueNow ?? 0, "kpi-overdue"),
  ]));

  const names = new Map(children.data.map((g) => [g.id, g.name]));
  const mapBox = el("div", { class: "map", id: "map", role: "img", "aria-label": `${t("map")}: ${node.name}` });
  const levelName = t(LEVEL_TEXT[childLevel] ?? "grid");
  view.append(el("div", { class: "grid-2" }, [
    el("section", { class: "card" }, [el("h2", {}, `${t("map")} · ${levelName}`), mapBox,
      el("p", { class: "muted" }, childLevel === "COMMUNITY" || childLevel === "STREET" ? t("drillHint") : "")]),
    el("section", { class: "card" }, [el("h2", {}, `${t("ranking")} · ${levelName}`), rankingTable(stats, names, go),
      exportButton(stats, names, month, node)]),
  ]));
  view.append(el("div", { class: "grid-2" }, [
    caseList(t("overdue"), overdue.data, "overdue-list"),
    caseList(t("dueSoon"), dueSoon.data, "due-soon-list"),
  ]));
  drawMap(mapBox, children.data, stats, metric, (gridId) => CHILD_LEVEL[childLevel] && go({ grid: gridId }));
  const trendBox = el("div", { class: "chart", id: "trend", role: "img", "aria-label": t("trend") });
  const categories = Object.entries(total?.byCategory ?? {}).sort((a, b) => b[1] - a[1]);
  view.append(el("div", { class: "grid-2" }, [
    el("section", { class: "card" }, [el("h2", {}, t("trend")), trendBox]),
    panel(t("byCategory"), "category-panel", categories),
  ]));
  await drawTrend(trendBox, node, month);
  view.append(el("div", { class: "grid-2", id: "panels" }, await panels(node, from, to)));
}

/** The six months up to this one, as cases:trend reports them for the node (each what cases:stats gives). */
async function drawTrend(box, node, month) {
  const [y, m] = month.split("-").map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  const first = m > 5 ? `${y}-${String(m - 5).padStart(2, "0")}` : `${y - 1}-${String(m + 7).padStart(2, "0")}`;
  const series = (await api("GET", `/api/v1/cases:trend?${new URLSearchParams({ gridId: node.id, from: first, to: next })}`)).months;
  const months = series.map((s) => s.month);
  trend?.dispose();
  trend = window.echarts.init(box, null, { renderer: "canvas" });
  const rate = (key) => series.map((g) => (g[key] === null || g[key] === undefined ? null : Math.round(g[key] * 1000) / 10));
  trend.setOption({
    tooltip: { trigger: "axis", renderMode: "richText" },
    legend: { bottom: 0 },
    grid: { left: 40, right: 40, top: 20, bottom: 50 },
    xAxis: { type: "category", data: months },
    yAxis: [{ type: "value", name: "%", min: 0, max: 100 }, { type: "value", name: t("reported"), minInterval: 1 }],
    series: [
      { name: t("responseRate"), type: "line", data: rate("responseRate"), connectNulls: true },
      { name: t("resolutionRate"), type: "line", data: rate("resolutionRate"), connectNulls: true },
      { name: t("satisfactionRate"), type: "line", data: rate("satisfactionRate"), connectNulls: true },
      { name: t("reported"), type: "bar", yAxisIndex: 1, data: series.map((g) => g.reported ?? 0), barWidth: "30%" },
    ],
  });
  box.dataset.months = String(months.length);
  box.dataset.reported = series.map((g) => g.reported).join(",");
}

/**
 * Party building, volunteers, deliberation and the three lists of the same node and period, each only for those
 * whose roles may read it (the page asks /me rather than provoke refusals).
 */
async function panels(node, from, to) {
  const me = await api("GET", "/api/v1/me");
  const can = new Set(me.permissions);
  const out = [];
  if (can.has("party:read")) {
    const p = await api("GET", `/api/v1/party:stats?${new URLSearchParams({ gridId: node.id })}`);
    out.push(panel(t("party"), "party-panel", [
      [t("compoundCoverage"), `${percent(p.compoundCoverage)} (${p.compoundsCovered}/${p.compounds})`],
      [t("gridCoverage"), `${percent(p.gridCoverage)} (${p.gridsCovered}/${p.grids})`],
      ...Object.entries(p.membersByKind ?? {}).map(([kind, n]) => [`${t("members")} · ${kind}`, n]),
    ]));
  }
  if (can.has("volunteers:read")) {
    const [board, hours] = await Promise.all([
      api("GET", `/api/v1/volunteers:leaderboard?${new URLSearchParams({ gridId: node.id, from, to, limit: "10" })}`),
      api("GET", `/api/v1/volunteers:hours?${new URLSearchParams({ gridId: node.id })}`),
    ]);
    out.push(panel(t("volunteers"), "volunteer-panel", board.data.map((v) =>
      [`${v.rank}. ${v.certificateNo ?? v.volunteerId}`, `${v.pointsEarned} ${t("points")} · ${v.services} ${t("services")}`])));
    out.push(panel(t("verifiedHours"), "hours-panel", hours.months.map((h) =>
      [h.month, `${h.verifiedHours} ${t("hours")} · ${h.services} ${t("services")} · ${h.volunteers} ${t("people")}`])));
  }
  if (can.has("deliberation:read")) {
    const [topics, lists] = await Promise.all([
      api("GET", `/api/v1/topics:stats?${new URLSearchParams({ gridId: node.id, from, to })}`),
      api("GET", `/api/v1/lists:stats?${new URLSearchParams({ gridId: node.id })}`),
    ]);
    out.push(panel(t("deliberation"), "deliberation-panel", [
      ...Object.entries(topics.topicsByStage ?? {}).map(([stage, n]) => [stage, n]),
      [t("participationRate"), percent(topics.participationRate)],
      [t("satisfactionRate"), percent(topics.satisfactionRate)],
    ]));
    out.push(panel(t("threeLists"), "lists-panel", [
      ...Object.entries(lists.needsByRouteAndStatus ?? {}).map(([k, n]) => [`${t("needs")} · ${k}`, n]),
      ...Object.entries(lists.projectsByState ?? {}).map(([k, n]) => [`${t("projects")} · ${k}`, n]),
    ]));
  }
  return out;
}

function panel(title, id, rows) {
  return el("section", { class: "card", id }, [el("h2", {}, title), rows.length === 0
    ? el("p", { class: "muted" }, t("none"))
    : el("dl", { class: "facts" }, rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, String(v))]))]);
}

function kpi(label, value, id) {
  return el("div", { class: "kpi", id }, [el("div", { class: "label" }, label), el("div", { class: "value" }, String(value))]);
}

function rankingTable(stats, names, go) {
  const rows = [...stats.groups].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9));
  const head = ["rank", "name", "responseRate", "resolutionRate", "satisfactionRate", "score", "whistleRate", "reported",
    "overdueNow"];
  return el("div", { class: "table-wrap" }, el("table", { id: "ranking" }, [
    el("caption", {}, t("ranking")),
    el("thead", {}, el("tr", {}, head.map((h) => el("th", { scope: "col", class: h === "name" ? "text" : "" }, t(h))))),
    el("tbody", {}, rows.map((g) => {
      const nameCell = el("td", { class: "text" }, el("button", { type: "button", class: "link", "data-grid": g.gridId },
        names.get(g.gridId) ?? g.name));
      nameCell.firstChild.addEventListener("click", () => go({ grid: g.gridId }));
      return el("tr", { "data-grid": g.gridId }, [
        el("td", {}, g.rank ?? "—"), nameCell,
        el("td", { "data-rate": "response" }, percent(g.responseRate)),
        el("td", { "data-rate": "resolution" }, percent(g.resolutionRate)),
        el("td", { "data-rate": "satisfaction" }, percent(g.satisfactionRate)),
        el("td", {}, g.score === null || g.score === undefined ? "—" : g.score.toFixed(1)),
        el("td", { "data-rate": "whistle" }, percent(g.whistleRate)),
        el("td", {}, g.reported), el("td", {}, g.overdueNow),
      ]);
    })),
  ]));
}

/** The ranking as the table shows it, for a spreadsheet. */
function exportButton(stats, names, month, node) {
  const button = el("button", { type: "button", id: "export" }, t("exportCsv"));
  button.addEventListener("click", () => {
    const cells = (v) => `"${String(v ?? "").replace(/"/g, '""').replace(/^([=+\-@])/, "'$1")}"`;
    const lines = [[t("rank"), "code", t("name"), t("responseRate"), t("resolutionRate"), t("satisfactionRate"),
      t("score"), t("whistleRate"), t("reported"), t("closed"), t("overdueNow")].map(cells).join(",")];
    for (const g of stats.groups) {
      lines.push([g.rank, g.code, names.get(g.gridId) ?? g.name, g.responseRate, g.resolutionRate, g.satisfactionRate,
        g.score, g.whistleRate, g.reported, g.closed, g.overdueNow].map(cells).join(","));
    }
    const blob = new Blob(["\uFEFF" + lines.join("\r\n")], { type: "text/csv;charset=utf-8" });
    const a = el("a", { href: URL.createObjectURL(blob), download: `${node.code}-${month}.csv` });
    document.body.append(a);
    a.click();
    a.remove();
  });
  return button;
}

function caseList(title, cases, id) {
  return el("section", { class: "card" }, [el("h2", {}, title), cases.length === 0 ? el("p", { class: "muted" }, t("none"))
    : el("ul", { class: "list", id }, cases.map((c) => el("li", {}, [
      link(`#/cases/${c.id}`, `${c.number} ${c.title}`),
      el("span", { class: "badge", "data-status": c.status }, statusText(c.status)),
    ])))]);
}

function drawMap(box, grids, stats, metric, drill) {
  chart?.dispose();
  const features = grids.filter((g) => g.boundary).map((g) => ({
    type: "Feature", properties: { name: g.name, gridId: g.id }, geometry: g.boundary,
  }));
  if (features.length === 0) {
    box.append(el("p", { class: "muted" }, t("mapNoBoundaries")));
    chart = null;
    return;
  }
  const key = `grids-${grids[0].parentId}`;
  window.echarts.registerMap(key, { type: "FeatureCollection", features });
  const byGrid = new Map(stats.groups.map((g) => [g.gridId, g]));
  const data = grids.filter((g) => g.boundary).map((g) => ({ name: g.name, gridId: g.id, value: byGrid.get(g.id)?.[metric] ?? null }));
  const values = data.map((d) => d.value).filter((v) => v !== null);
  const max = metric === "score" ? Math.max(100, ...values) : 1;
  chart = window.echarts.init(box, null, { renderer: "canvas" });
  chart.setOption({
    tooltip: { trigger: "item", renderMode: "richText",
      formatter: (p) => `${p.name}\n${t(metric)}: ${p.value === null || Number.isNaN(p.value) ? "—"
        : metric === "score" ? Number(p.value).toFixed(1) : percent(p.value)}` },
    visualMap: { min: 0, max, orient: "horizontal", left: "center", bottom: 0, calculable: true, text: ["", t(metric)],
      inRange: { color: ["#fde0dd", "#fa9fb5", "#c51b8a"] } },
    series: [{ type: "map", map: key, roam: true, nameProperty: "name", label: { show: true, fontSize: 10 },
      emphasis: { label: { show: true } }, data }],
  });
  chart.on("click", (p) => p.data?.gridId && drill(p.data.gridId));
  window.addEventListener("resize", () => chart?.resize(), { once: true });
  box.dataset.features = String(features.length);
}

export function currentChart() {
  return chart;
}
