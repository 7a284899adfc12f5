import { api, ApiError } from "./api.js";
import { t } from "./i18n.js";
import { el, clear, showError } from "./dom.js";

/** Platform administration: the registered tenants, their status, settings, suspension and export. */
export async function renderPlatform(view) {
  const page = await api("GET", "/admin/v1/tenants?limit=200");
  clear(view);
  const rows = page.data.map((tenant) => {
    const status = el("td", { "data-status": tenant.status }, t(tenant.status === "ACTIVE" ? "active" : "suspended"));
    const toggle = el("button", { type: "button", "data-action": tenant.status === "ACTIVE" ? "suspend" : "resume" },
      t(tenant.status === "ACTIVE" ? "suspend" : "resume"));
    toggle.addEventListener("click", () => act(view, `/admin/v1/tenants/${tenant.code}:${toggle.dataset.action}`));
    const exportButton = el("button", { type: "button", "data-action": "export" }, t("export"));
    exportButton.addEventListener("click", () => download(tenant.code));
    const edit = el("button", { type: "button", "data-action": "settings" }, t("settings"));
    edit.addEventListener("click", () => settings(view, tenant));
    return el("tr", { "data-tenant": tenant.code }, [
      el("td", { class: "text" }, tenant.code), el("td", { class: "text", "data-field": "name" }, tenant.name),
      el("td", { class: "text" }, tenant.kind), el("td", {}, tenant.divisionCode), status,
      el("td", { class: "text" }, el("div", { class: "actions" }, [toggle, edit, exportButton])),
    ]);
  });
  view.append(el("section", { class: "card" }, [el("h2", {}, t("tenants")), el("div", { class: "table-wrap" },
    el("table", { id: "tenants" }, [
      el("caption", {}, t("tenants")),
      el("thead", {}, el("tr", {}, ["tenantCode", "name", "kind", "divisionCode", "status", "actionsHeader"]
        .map((h) => el("th", { scope: "col", class: h === "divisionCode" || h === "status" ? "" : "text" }, t(h))))),
      el("tbody", {}, rows),
    ]))]));
  view.append(el("div", { id: "settings" }));
}

async function act(view, path) {
  await api("POST", path);
  await renderPlatform(view);
}

/** The tenant's name and rate limit, changed only at the version read (If-Match). */
function settings(view, tenant) {
  const box = view.querySelector("#settings");
  clear(box);
  const name = el("input", { id: "tenant-name", value: tenant.name, required: true });
  const limit = el("input", { id: "tenant-rate-limit", type: "number", min: "1",
    value: String(tenant.settings?.rateLimitPerMinute ?? "") });
  const form = el("form", { class: "card", id: "settings-form" }, [
    el("h2", {}, `${t("settings")} · ${tenant.code}`),
    el("div", { class: "controls" }, [el("label", { for: "tenant-name" }, [t("name"), name]),
      el("label", { for: "tenant-rate-limit" }, [t("rateLimit"), limit]),
      el("button", { type: "submit", class: "primary" }, t("save"))]),
  ]);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await api("PATCH", `/admin/v1/tenants/${tenant.code}`, { ifMatch: tenant.version,
        body: { name: name.value, settings: { rateLimitPerMinute: Number(limit.value) } } });
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) {
        showError(t("conflict"));
      } else {
        throw err;
      }
    }
    await renderPlatform(view);
  });
  box.append(form);
}

/** The tenant's export archive, saved by the browser. */
async function download(code) {
  const archive = await api("POST", `/admin/v1/tenants/${code}:export`, { raw: true });
  const a = el("a", { href: URL.createObjectURL(await archive.blob()), download: `${code}-export.zip` });
  document.body.append(a);
  a.click();
  a.remove();
}
