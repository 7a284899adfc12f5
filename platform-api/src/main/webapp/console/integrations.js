import { api, ApiError } from "./api.js";
import { t, dateTime, disabledReasonText } from "./i18n.js";
import { el, clear, showError } from "./dom.js";
import { shownOnce, problemList } from "./forms.js";

/**
 * A tenant admin's integrations: the tenant's webhook endpoints (state, deliveries, ping, rotation) and its Open311
 * keys. Secrets and keys appear once, in the answer that made them, as the API hands them out.
 */
export async function renderIntegrations(view) {
  clear(view);
  const webhooks = el("section", { class: "card", id: "webhooks" });
  const keys = el("section", { class: "card", id: "open311-keys" });
  view.append(el("nav", { class: "breadcrumb" }, [el("a", { href: "#/dashboard" }, t("back")), el("span", {}, "›"),
    el("strong", {}, t("integrations"))]), webhooks, keys);
  await Promise.all([renderWebhooks(webhooks), renderKeys(keys, "/api/v1/open311-keys")]);
}

function endpointState(e) {
  if (!e.enabled) return `${t("disabled")}${e.disabledReason ? ` (${disabledReasonText(e.disabledReason)})` : ""}`;
  return e.failingSince ? `${t("failingSince")} ${dateTime(e.failingSince)}` : t("active");
}

async function renderWebhooks(card) {
  clear(card);
  card.append(el("h2", {}, t("webhooks")), el("p", { class: "muted" }, t("webhooksHint")));
  const page = await api("GET", "/api/v1/webhook-endpoints?limit=100");
  const out = el("div", { id: "webhook-result" });
  const log = el("div", { id: "webhook-deliveries" });
  const rows = page.data.map((e) => {
    const buttons = [];
    const ping = el("button", { type: "button", "data-action": "ping", disabled: !e.enabled,
      "aria-label": `${t("ping")} ${e.url}` }, t("ping"));
    ping.addEventListener("click", async () => {
      await api("POST", `/api/v1/webhook-endpoints/${e.id}:ping`);
      await showDeliveries(log, e);
    });
    const toggle = el("button", { type: "button", "data-action": e.enabled ? "disable" : "enable",
      "aria-label": `${t(e.enabled ? "disable" : "enable")} ${e.url}` }, t(e.enabled ? "disable" : "enable"));
    toggle.addEventListener("click", async () => {
      try {
        await api("PATCH", `/api/v1/webhook-endpoints/${e.id}`, { ifMatch: e.version, body: { enabled: !e.enabled } });
      } catch (err) {
        if (err instanceof ApiError && err.status === 412) showError(t("changedMeanwhile")); else throw err;
      }
      await renderWebhooks(card);
    });
    const rotate = el("button", { type: "button", "data-action": "rotate", "aria-label": `${t("rotate")} ${e.url}` },
      t("rotate"));
    rotate.addEventListener("click", async () => {
      if (!window.confirm(t("rotateWebhookConfirm"))) return;
      const rotated = await api("POST", `/api/v1/webhook-endpoints/${e.id}:rotate-secret`, { ifMatch: e.version, body: {} });
      await renderWebhooks(card);
      card.querySelector("#webhook-result").append(shownOnce(t("signingSecret"), rotated.secret, "webhook-secret"));
    });
    const deliveries = el("button", { type: "button", "data-action": "deliveries",
      "aria-label": `${t("deliveries")} ${e.url}` }, t("deliveries"));
    deliveries.addEventListener("click", () => showDeliveries(log, e));
    const remove = el("button", { type: "button", "data-action": "delete", "aria-label": `${t("remove")} ${e.url}` },
      t("remove"));
    remove.addEventListener("click", async () => {
      if (!window.confirm(`${t("removeEndpointConfirm")} ${e.url}`)) return;
      await api("DELETE", `/api/v1/webhook-endpoints/${e.id}`, { ifMatch: e.version });
      await renderWebhooks(card);
    });
    buttons.push(ping, deliveries, toggle, rotate, remove);
    return el("tr", { "data-endpoint": e.url }, [
      el("td", { class: "text" }, e.url), el("td", { class: "text" }, (e.eventTypes ?? []).join(", ") || "*"),
      el("td", { class: "text", "data-field": "state" }, endpointState(e)), el("td", { class: "text" }, e.clientId),
      el("td", { class: "text" }, el("div", { class: "actions" }, buttons)),
    ]);
  });
  card.append(webhookTable(rows));

  const url = el("input", { id: "webhook-url", type: "url", required: true, placeholder: "https://hooks.example.cn/jiceng" });
  const types = el("input", { id: "webhook-types", placeholder: "case.*, wish.confirmed" });
  const description = el("input", { id: "webhook-description", maxlength: "200" });
  const form = el("form", { id: "webhook-form" }, [el("h3", {}, t("addEndpoint")), el("div", { class: "controls" }, [
    el("label", { for: "webhook-url" }, [t("url"), url]), el("label", { for: "webhook-types" }, [t("eventTypes"), types]),
    el("label", { for: "webhook-description" }, [t("description"), description]),
    el("button", { type: "submit", class: "primary" }, t("addEndpoint"))])]);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clear(out);
    try {
      const created = await api("POST", "/api/v1/webhook-endpoints", { body: { url: url.value.trim(),
        eventTypes: types.value.split(/[\s,]+/).filter(Boolean), description: description.value.trim() || undefined } });
      await renderWebhooks(card);
      card.querySelector("#webhook-result").append(shownOnce(t("signingSecret"), created.secret, "webhook-secret"));
    } catch (err) {
      out.append(problemList(err));
    }
  });
  card.append(form, out, log);
}

/**
 * A tenant's webhook endpoints as platform admins see them: every application's, without secrets, each with its
 * state; deliveries to one are stopped or resumed at the version shown.
 */
export async function renderTenantWebhooks(card, code) {
  clear(card);
  card.append(el("h2", {}, t("webhooks")), el("p", { class: "muted" }, t("tenantWebhooksHint")));
  const route = `/admin/v1/tenants/${code}/webhook-endpoints`;
  const page = await api("GET", `${route}?limit=100`);
  const rows = page.data.map((e) => {
    const action = e.enabled ? "disable" : "enable";
    const toggle = el("button", { type: "button", "data-action": action, "aria-label": `${t(action)} ${e.url}` },
      t(action));
    toggle.addEventListener("click", async () => {
      try {
        await api("POST", `${route}/${e.id}:${action}`, { ifMatch: e.version });
      } catch (err) {
        if (err instanceof ApiError && err.status === 412) showError(t("changedMeanwhile")); else throw err;
      }
      await renderTenantWebhooks(card, code);
    });
    return el("tr", { "data-endpoint": e.url }, [
      el("td", { class: "text" }, e.url), el("td", { class: "text" }, (e.eventTypes ?? []).join(", ") || "*"),
      el("td", { class: "text", "data-field": "state" }, endpointState(e)), el("td", { class: "text" }, e.clientId),
      el("td", { class: "text" }, el("div", { class: "actions" }, [toggle])),
    ]);
  });
  card.append(webhookTable(rows));
}

function webhookTable(rows) {
  return el("div", { class: "table-wrap" }, el("table", { id: "webhooks-table" }, [
    el("caption", {}, t("webhooks")),
    el("thead", {}, el("tr", {}, ["url", "eventTypes", "status", "clientId", "actionsHeader"]
      .map((h) => el("th", { scope: "col", class: "text" }, t(h))))),
    el("tbody", {}, rows)]));
}

async function showDeliveries(box, endpoint) {
  const page = await api("GET", `/api/v1/webhook-endpoints/${endpoint.id}/deliveries?limit=20`);
  clear(box);
  const rows = page.data.map((d) => {
    const again = el("button", { type: "button", "data-action": "redeliver", disabled: d.state === "PENDING" },
      t("redeliver"));
    again.addEventListener("click", async () => {
      await api("POST", `/api/v1/webhook-endpoints/${endpoint.id}/deliveries/${d.id}:redeliver`);
      await showDeliveries(box, endpoint);
    });
    return el("tr", { "data-delivery": d.id, "data-state": d.state }, [
      el("td", { class: "text" }, d.eventType), el("td", { class: "text" }, t(`delivery${d.state}`)),
      el("td", {}, String(d.attempts)), el("td", {}, d.lastStatus ?? "—"), el("td", {}, dateTime(d.createdAt)),
      el("td", { class: "text" }, again)]);
  });
  const refresh = el("button", { type: "button", id: "deliveries-refresh" }, t("refresh"));
  refresh.addEventListener("click", () => showDeliveries(box, endpoint));
  box.append(el("div", { class: "heading" }, [el("h3", {}, `${t("deliveries")} · ${endpoint.url}`), refresh]),
    el("div", { class: "table-wrap" }, el("table", { id: "deliveries-table" }, [
      el("thead", {}, el("tr", {}, ["eventType", "status", "attempts", "lastStatus", "createdAt", "actionsHeader"]
        .map((h) => el("th", { scope: "col", class: ["attempts", "lastStatus", "createdAt"].includes(h) ? "" : "text" },
          t(h))))),
      el("tbody", {}, rows)])));
}

/**
 * Open311 keys at {@code route}: the tenant's own ({@code /api/v1/open311-keys}) or, for platform admins, a tenant's
 * ({@code /admin/v1/tenants/<code>/open311-keys}). The same keys and actions either way.
 */
export async function renderKeys(card, route) {
  clear(card);
  card.append(el("h2", {}, t("open311Keys")), el("p", { class: "muted" }, t("open311Hint")));
  const page = await api("GET", `${route}?limit=100`);
  const out = el("div", { id: "key-result" });
  const rows = page.data.map((k) => {
    const revoke = el("button", { type: "button", "data-action": "revoke", disabled: !k.active,
      "aria-label": `${t("revoke")} ${k.hint}` }, t("revoke"));
    revoke.addEventListener("click", async () => {
      if (!window.confirm(`${t("revokeConfirm")} ${k.hint}`)) return;
      await api("DELETE", `${route}/${k.id}`);
      await renderKeys(card, route);
    });
    return el("tr", { "data-key": k.hint }, [el("td", { class: "text" }, `${k.hint}…`),
      el("td", { class: "text" }, k.clientId), el("td", { class: "text" }, (k.roles ?? []).join(", ")),
      el("td", { class: "text", "data-field": "state" }, k.active ? t("active") : t("revoked")),
      el("td", {}, dateTime(k.createdAt)), el("td", { class: "text" }, revoke)]);
  });
  card.append(el("div", { class: "table-wrap" }, el("table", { id: "keys-table" }, [
    el("caption", {}, t("open311Keys")),
    el("thead", {}, el("tr", {}, ["key", "clientId", "roles", "status", "createdAt", "actionsHeader"]
      .map((h) => el("th", { scope: "col", class: "text" }, t(h))))),
    el("tbody", {}, rows)])));
  const client = el("input", { id: "key-client", required: true, autocapitalize: "none" });
  const form = el("form", { id: "key-form" }, [el("h3", {}, t("issueKey")), el("div", { class: "controls" }, [
    el("label", { for: "key-client" }, [t("vendorClient"), client]),
    el("button", { type: "submit", class: "primary" }, t("issueKey"))])]);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clear(out);
    try {
      const issued = await api("POST", route, { body: { clientId: client.value.trim() } });
      await renderKeys(card, route);
      card.querySelector("#key-result").append(shownOnce("api_key", issued.key, "open311-key"));
    } catch (err) {
      out.append(problemList(err));
    }
  });
  card.append(form, out);
}
