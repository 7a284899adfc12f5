import { api, ApiError } from "./api.js";
import { t, dateTime, statusText, actionText, priorityText } from "./i18n.js";
import { el, clear, link, showError } from "./dom.js";

/** Steps taken from this page that need nothing but the case's version. */
const SIMPLE_STEPS = new Set(["accept", "acknowledge"]);

/** One case: its facts, timeline and summonses, and the steps it can take now (dispatch among them). */
export async function renderCase(view, id) {
  const [c, timeline, summonses, departmentPage] = await Promise.all([
    api("GET", `/api/v1/cases/${encodeURIComponent(id)}`),
    api("GET", `/api/v1/cases/${encodeURIComponent(id)}/timeline?limit=200`),
    api("GET", `/api/v1/cases/${encodeURIComponent(id)}/summonses?limit=200`),
    api("GET", "/api/v1/departments?limit=200").catch(() => ({ data: [] })),
  ]);
  const departments = new Map(departmentPage.data.map((d) => [d.id, d.name]));
  const steps = await actions(c, () => renderCase(view, id));
  clear(view);
  const due = c.status === "REPORTED" ? c.acceptDueAt : c.status === "DISPATCHED" ? c.acknowledgeDueAt : c.resolveDueAt;
  view.append(el("p", {}, link("#/dashboard", `← ${t("back")}`)));
  view.append(el("section", { class: "card", id: "case" }, [
    el("h2", {}, `${c.number} ${c.title}`),
    el("dl", { class: "facts" }, [
      el("dt", {}, t("status")), el("dd", { id: "case-status", "data-status": c.status }, [statusText(c.status), " ", c.overdue ? el("span", { class: "badge" }, t("overdueNow")) : ""]),
      el("dt", {}, t("category")), el("dd", {}, c.categoryCode),
      el("dt", {}, t("priority")), el("dd", {}, priorityText(c.priority)),
      el("dt", {}, t("reportedAt")), el("dd", {}, dateTime(c.reportedAt)),
      el("dt", {}, t("due")), el("dd", {}, dateTime(due)),
    ]),
    c.description ? el("p", {}, c.description) : "",
  ]));
  view.append(steps);
  view.append(el("div", { class: "grid-2" }, [
    el("section", { class: "card" }, [el("h2", {}, t("timeline")), el("ul", { class: "list", id: "timeline" },
      timeline.data.map((e) => el("li", {}, [el("span", {}, `${actionText(e.action)}：${e.fromStatus ? statusText(e.fromStatus) + " → " : ""}${statusText(e.toStatus)} ${e.note ?? ""}`),
        el("span", { class: "muted" }, dateTime(e.occurredAt))])))]),
    el("section", { class: "card" }, [el("h2", {}, t("summonses")), summonses.data.length === 0
      ? el("p", { class: "muted" }, t("none"))
      : el("ul", { class: "list" }, summonses.data.map((s) => el("li", {}, [el("span", {}, departments.get(s.departmentId) ?? s.departmentId),
        el("span", { class: "muted" }, s.acknowledgedAt ? dateTime(s.acknowledgedAt) : dateTime(s.dueAt))])))]),
  ]));
}

async function actions(c, reload) {
  const box = el("section", { class: "card", id: "actions" }, el("h2", {}, t("nextActions")));
  const steps = c.nextActions ?? [];
  if (steps.length === 0) {
    box.append(el("p", { class: "muted" }, t("none")));
    return box;
  }
  const row = el("div", { class: "actions" });
  box.append(row);
  for (const step of steps) {
    if (SIMPLE_STEPS.has(step)) {
      const b = el("button", { type: "button", class: "primary", "data-step": step }, actionText(step));
      b.addEventListener("click", () => take(c, step, {}, reload));
      row.append(b);
    } else if (step === "dispatch") {
      row.append(await dispatchForm(c, reload));
    } else {
      row.append(el("span", { class: "badge" }, actionText(step)));
    }
  }
  return box;
}

async function dispatchForm(c, reload) {
  const [roots, departments] = await Promise.all([
    api("GET", "/api/v1/grids"),
    api("GET", "/api/v1/departments?limit=200").catch(() => ({ data: [] })),
  ]);
  const grids = (await api("GET", `/api/v1/grids/${roots.data[0].id}/descendants?limit=500`)).data
    .filter((g) => g.level === "STREET" || g.level === "COMMUNITY");
  const kind = el("select", { id: "handler-kind" }, [el("option", { value: "GRID" }, t("grid")),
    el("option", { value: "DEPARTMENT" }, t("department"))]);
  const handler = el("select", { id: "handler" });
  const fill = () => {
    clear(handler);
    const options = kind.value === "GRID" ? grids.map((g) => [g.id, g.name]) : departments.data.map((d) => [d.id, d.name]);
    options.forEach(([value, name]) => handler.append(el("option", { value }, name)));
  };
  kind.addEventListener("change", fill);
  fill();
  const submit = el("button", { type: "submit", class: "primary", "data-step": "dispatch" }, t("dispatch"));
  const form = el("form", { class: "actions", id: "dispatch-form" }, [
    el("label", { for: "handler-kind" }, [t("handlerKind"), kind]),
    el("label", { for: "handler" }, [t("handler"), handler]),
    submit,
  ]);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    take(c, "dispatch", { handlerKind: kind.value, handlerId: handler.value }, reload);
  });
  return form;
}

async function take(c, step, body, reload) {
  try {
    await api("POST", `/api/v1/cases/${encodeURIComponent(c.id)}:${step}`, { body, ifMatch: c.version });
  } catch (e) {
    if (e instanceof ApiError && e.status === 412) {
      showError(t("conflict"));
    } else {
      throw e;
    }
  }
  await reload();
}
