import { api, ApiError } from "./api.js";
import { t, roleText, ROLES, dateTime } from "./i18n.js";
import { el, clear, showError } from "./dom.js";
import { renderStaff, roleBoxes, checked } from "./staff.js";
import { field, once, problemList } from "./forms.js";
import { renderKeys, renderTenantWebhooks } from "./integrations.js";

/** Platform administration: the registered tenants, their status, settings, suspension and export. */
export async function renderPlatform(view) {
  const page = await api("GET", "/admin/v1/tenants?limit=200");
  clear(view);
  const figureCells = new Map();
  const rows = page.data.map((tenant) => {
    const status = el("td", { "data-status": tenant.status }, t(tenant.status === "ACTIVE" ? "active" : "suspended"));
    const toggle = el("button", { type: "button", "data-action": tenant.status === "ACTIVE" ? "suspend" : "resume" },
      t(tenant.status === "ACTIVE" ? "suspend" : "resume"));
    toggle.addEventListener("click", () => act(view, `/admin/v1/tenants/${tenant.code}:${toggle.dataset.action}`));
    const exportButton = el("button", { type: "button", "data-action": "export" }, t("export"));
    exportButton.addEventListener("click", () => download(tenant.code));
    const edit = el("button", { type: "button", "data-action": "settings" }, t("settings"));
    edit.addEventListener("click", () => settings(view, tenant));
    const manage = el("a", { href: `#/tenants/${tenant.code}`, "data-action": "manage", class: "button",
      "aria-label": `${t("manage")} ${tenant.code}` }, t("manage"));
    const grids = el("td", { "data-field": "grids" }, "…");
    const cases = el("td", { "data-field": "cases" }, "…");
    figureCells.set(tenant.code, { grids, cases });
    return el("tr", { "data-tenant": tenant.code }, [
      el("td", { class: "text" }, tenant.code), el("td", { class: "text", "data-field": "name" }, tenant.name),
      el("td", { class: "text" }, t(tenant.kind === "CITY" ? "city" : "district")), el("td", {}, tenant.divisionCode),
      status, grids, cases,
      el("td", { class: "text" }, el("div", { class: "actions" }, [manage, toggle, edit, exportButton])),
    ]);
  });
  view.append(el("section", { class: "card" }, [
    el("div", { class: "heading" }, [el("h2", {}, t("tenants")),
      el("a", { href: "#/onboard", class: "button primary", id: "onboard-link" }, t("onboard"))]),
    el("div", { class: "table-wrap" },
      el("table", { id: "tenants" }, [
        el("caption", {}, t("tenants")),
        el("thead", {}, el("tr", {}, ["tenantCode", "name", "kind", "divisionCode", "status", "gridNodes", "cases",
          "actionsHeader"].map((h) => el("th", { scope: "col",
          class: ["divisionCode", "status", "gridNodes", "cases"].includes(h) ? "" : "text" }, t(h))))),
        el("tbody", {}, rows),
      ]))]));
  view.append(el("div", { id: "settings" }));
  // key figures per tenant, filled in as they arrive; the cells are this render's own, even if the page has moved on
  await Promise.all(page.data.map(async (tenant) => {
    const cells = figureCells.get(tenant.code);
    try {
      const f = await api("GET", `/admin/v1/tenants/${tenant.code}/figures`);
      cells.grids.textContent = String(f.grids);
      cells.cases.textContent = String(f.cases);
    } catch (err) {
      // a tenant offboarded since the list was read has no figures any more
      if (!(err instanceof ApiError && err.status === 404)) throw err;
      cells.grids.textContent = cells.cases.textContent = "—";
    }
  }));
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

/** The tenant's export archive, saved by the browser; returns the offboarding confirmation a suspended one earns. */
async function download(code) {
  const archive = await api("POST", `/admin/v1/tenants/${code}:export`,
    { raw: true, accept: "application/zip, application/problem+json" });
  const confirmation = archive.headers.get("Jiceng-Offboarding-Confirmation");
  const a = el("a", { href: URL.createObjectURL(await archive.blob()), download: `${code}-export.zip` });
  document.body.append(a);
  a.click();
  a.remove();
  return confirmation;
}

const GRID_TYPES = { csv: "text/csv", geojson: "application/geo+json", json: "application/geo+json",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };

/** A grid file's bytes and content type, from its extension. */
async function gridUpload(file) {
  const extension = file.name.split(".").pop().toLowerCase();
  const contentType = GRID_TYPES[extension];
  if (!contentType) {
    throw new ApiError(415, { detail: t("gridFileKinds") });
  }
  return { bytes: await file.arrayBuffer(), contentType };
}




/** Onboard a district or city: realm, clients, first admin, registration, then its grid file. */
export async function renderOnboard(view) {
  clear(view);
  const [codeLabel, code] = field("onboard-code", t("tenantCode"), { required: true,
    pattern: "[a-z][a-z0-9\\-]{1,30}", autocapitalize: "none" });
  const [nameLabel, name] = field("onboard-name", t("name"), { required: true, maxlength: "100" });
  const kind = el("select", { id: "onboard-kind", name: "kind" }, [
    el("option", { value: "DISTRICT" }, t("district")), el("option", { value: "CITY" }, t("city"))]);
  const [divisionLabel, division] = field("onboard-division", t("divisionCode"), { required: true,
    pattern: "[0-9]{6}", inputmode: "numeric" });
  const [adminLabel, admin] = field("onboard-admin", t("adminUsername"), { required: true,
    pattern: "[a-z0-9][a-z0-9._@\\-]{1,63}", autocapitalize: "none" });
  const [emailLabel, email] = field("onboard-email", t("email"), { type: "email" });
  const [originsLabel, origins] = field("onboard-origins", t("vendorOrigins"), { placeholder: "https://app.example.cn" });
  const [fileLabel, file] = field("onboard-grid-file", t("gridFile"), { type: "file", accept: ".csv,.geojson,.json,.xlsx" });
  const result = el("div", { id: "onboard-result" });
  const form = el("form", { class: "card", id: "onboard-form" }, [
    el("h2", {}, t("onboard")),
    el("p", { class: "muted" }, t("onboardHint")),
    el("div", { class: "controls" }, [codeLabel, nameLabel, el("label", { for: "onboard-kind" }, [t("kind"), kind]),
      divisionLabel, adminLabel, emailLabel, originsLabel, fileLabel]),
    el("div", { class: "actions" }, [el("button", { type: "submit", class: "primary", id: "onboard-submit" },
      t("onboard")), el("a", { href: "#/" }, t("backToTenants"))]),
  ]);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    clear(result);
    const submit = form.querySelector("#onboard-submit");
    submit.disabled = true;
    const allowed = origins.value.split(/[\s,]+/).filter(Boolean);
    let done;
    try {
      done = await api("POST", "/admin/v1/tenants:onboard", { body: { code: code.value.trim(), name: name.value.trim(),
        kind: kind.value, divisionCode: division.value.trim(), adminUsername: admin.value.trim(),
        adminEmail: email.value.trim() || undefined, settings: allowed.length ? { allowedOrigins: allowed } : undefined } });
    } catch (err) {
      submit.disabled = false;
      result.append(problemList(err));
      return;
    }
    const facts = el("dl", { class: "facts" }, [
      el("dt", {}, t("tenantCode")), el("dd", { id: "onboarded-code" }, done.tenant.code),
      el("dt", {}, t("issuer")), el("dd", {}, done.issuer),
      el("dt", {}, t("machineClient")), el("dd", {}, done.machineClientId),
      ...(done.machineClientSecret ? once(t("clientSecret"), done.machineClientSecret, "machine-secret") : []),
      el("dt", {}, t("adminUsername")), el("dd", {}, done.adminUsername ?? "—"),
      ...(done.adminTemporaryPassword ? once(t("temporaryPassword"), done.adminTemporaryPassword, "admin-password") : []),
    ]);
    const card = el("section", { class: "card", id: "onboarded" }, [el("h2", {}, t("onboarded")), facts]);
    result.append(card);
    if (file.files.length) {
      try {
        const imported = await api("POST", `/admin/v1/tenants/${done.tenant.code}/grids:import`,
          { upload: await gridUpload(file.files[0]) });
        card.append(el("p", { id: "grid-imported" }, `${t("gridImported")}: ${imported.created} / ${imported.rows}`));
      } catch (err) {
        card.append(el("p", {}, t("gridImportFailed")), problemList(err));
      }
    }
    card.append(el("a", { href: `#/tenants/${done.tenant.code}` }, t("manage")));
  });
  view.append(form, result);
}

/** One tenant's staff, machine clients, grid file and offboarding. */
export async function renderTenant(view, code) {
  const tenant = await api("GET", `/admin/v1/tenants/${code}`);
  clear(view);
  view.append(el("nav", { class: "breadcrumb", "aria-label": t("tenants") }, [el("a", { href: "#/" }, t("tenants")),
    el("span", {}, "›"), el("strong", {}, `${tenant.name} (${tenant.code})`),
    el("span", { class: "badge" }, t(tenant.status === "ACTIVE" ? "active" : "suspended"))]));
  const f = await api("GET", `/admin/v1/tenants/${code}/figures`);
  view.append(el("div", { class: "kpis", id: "figures" }, [["gridNodes", f.grids], ["cases", f.cases],
    ["volunteersCount", f.volunteers], ["members", f.partyMembers]].map(([k, v]) =>
    el("div", { class: "kpi" }, [el("div", { class: "label" }, t(k)), el("div", { class: "value" }, String(v))]))));
  const staff = el("section", { class: "card", id: "staff" });
  const clients = el("section", { class: "card", id: "clients" });
  const keys = el("section", { class: "card", id: "open311-keys" });
  const webhooks = el("section", { class: "card", id: "webhooks" });
  view.append(staff, clients, keys, webhooks, gridCard(tenant), offboardCard(view, tenant));
  await Promise.all([renderStaff(staff, `/admin/v1/tenants/${code}/staff`), renderClients(clients, code),
    renderKeys(keys, `/admin/v1/tenants/${code}/open311-keys`), renderTenantWebhooks(webhooks, code)]);
}

async function renderClients(card, code) {
  clear(card);
  card.append(el("h2", {}, t("clients")));
  let list;
  try {
    list = await api("GET", `/admin/v1/tenants/${code}/clients`);
  } catch (err) {
    card.append(problemList(err));
    return;
  }
  const out = el("div", { id: "client-result" });
  const rows = list.data.map((c) => {
    const cells = [el("td", { class: "text" }, c.clientId),
      el("td", { class: "text" }, t(c.kind === "MACHINE" ? "machineClientKind" : "browserClientKind")),
      el("td", { class: "text" }, c.kind === "MACHINE" ? c.roles.map(roleText).join("、") : c.origins.join(" "))];
    const actions = el("div", { class: "actions" });
    if (c.kind === "MACHINE") {
      const rotate = el("button", { type: "button", "data-action": "rotate", "aria-label": `${t("rotate")} ${c.clientId}` },
        t("rotate"));
      rotate.addEventListener("click", async () => {
        if (!window.confirm(`${t("rotateConfirm")} ${c.clientId}`)) return;
        const rotated = await api("POST", `/admin/v1/tenants/${code}/clients/${c.clientId}:rotate-secret`);
        clear(out);
        out.append(el("dl", { class: "facts" }, [el("dt", {}, t("clientId")), el("dd", {}, rotated.clientId),
          ...once(t("clientSecret"), rotated.secret, "client-secret")]));
      });
      actions.append(rotate);
    }
    return el("tr", { "data-client": c.clientId }, [...cells, el("td", { class: "text" }, actions)]);
  });
  card.append(el("div", { class: "table-wrap" }, el("table", { id: "clients-table" }, [
    el("caption", {}, t("clientsCaption")),
    el("thead", {}, el("tr", {}, ["clientId", "kind", "rolesOrOrigins", "actionsHeader"]
      .map((h) => el("th", { scope: "col", class: "text" }, t(h))))),
    el("tbody", {}, rows)])));
  const [idLabel, clientId] = field("client-id", t("clientId"), { required: true, pattern: "[a-z][a-z0-9\\-]{2,62}",
    autocapitalize: "none" });
  const boxes = roleBoxes("client-role", ["vendor-app"]);
  const form = el("form", { id: "client-form" }, [el("h3", {}, t("createClient")),
    el("div", { class: "controls" }, [idLabel]), boxes,
    el("button", { type: "submit", class: "primary" }, t("createClient"))]);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    clear(out);
    try {
      const created = await api("POST", `/admin/v1/tenants/${code}/clients`, { body: { clientId: clientId.value.trim(),
        roles: checked(boxes) } });
      await renderClients(card, code);
      card.querySelector("#client-result").append(el("dl", { class: "facts" }, [el("dt", {}, t("clientId")),
        el("dd", {}, created.clientId), ...once(t("clientSecret"), created.secret, "client-secret")]));
    } catch (err) {
      out.append(problemList(err));
    }
  });
  card.append(form, out);
}

function gridCard(tenant) {
  const [fileLabel, file] = field("grid-file", t("gridFile"), { type: "file", accept: ".csv,.geojson,.json,.xlsx",
    required: true });
  const out = el("div", { id: "grid-result" });
  const form = el("form", { class: "card", id: "grid-form" }, [el("h2", {}, t("gridFile")),
    el("p", { class: "muted" }, t("gridFileHint")), el("div", { class: "controls" }, [fileLabel,
      el("button", { type: "submit", class: "primary", disabled: tenant.status !== "ACTIVE" }, t("importGrids"))]), out]);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    clear(out);
    try {
      const r = await api("POST", `/admin/v1/tenants/${tenant.code}/grids:import`, { upload: await gridUpload(file.files[0]) });
      out.append(el("p", {}, `${t("gridImported")}: ${r.created} / ${r.rows}`));
    } catch (err) {
      out.append(problemList(err));
    }
  });
  return form;
}

/** Offboarding: a suspended tenant is exported, then erased once its code is typed to confirm. */
function offboardCard(view, tenant) {
  const card = el("section", { class: "card danger", id: "offboard" }, [el("h2", {}, t("offboard")),
    el("p", { class: "muted" }, t("offboardHint"))]);
  if (tenant.status !== "SUSPENDED") {
    card.append(el("p", {}, t("offboardSuspendFirst")));
    return card;
  }
  const exportButton = el("button", { type: "button", id: "offboard-export" }, t("offboardExport"));
  const [typedLabel, typed] = field("offboard-typed", `${t("offboardType")} ${tenant.code}`, { autocomplete: "off",
    autocapitalize: "none" });
  const erase = el("button", { type: "button", class: "danger", id: "offboard-erase", disabled: true }, t("offboard"));
  let confirmation = null;
  const ready = () => { erase.disabled = !(confirmation && typed.value === tenant.code); };
  typed.addEventListener("input", ready);
  exportButton.addEventListener("click", async () => {
    confirmation = await download(tenant.code);
    ready();
  });
  erase.addEventListener("click", async () => {
    const done = await api("POST", `/admin/v1/tenants/${tenant.code}:offboard`, { body: { confirmation } });
    clear(view);
    view.append(el("section", { class: "card", id: "offboarded" }, [
      el("p", {}, `${t("offboarded")} ${done.code}${done.realmDeleted ? ` · ${t("realmDeleted")}` : ""}`),
      el("a", { href: "#/" }, t("backToTenants"))]));
  });
  card.append(el("div", { class: "controls" }, [exportButton, typedLabel, erase]));
  return card;
}
