import { signIn, signOut, tenantFromUrl, ApiError } from "./api.js";
import { t, language, translatePage } from "./i18n.js";
import { el, clear, showError } from "./dom.js";
import { renderDashboard } from "./dashboard.js";
import { renderCase } from "./case.js";
import { renderPlatform, renderOnboard, renderTenant } from "./platform.js";
import { renderIntegrations } from "./integrations.js";
import { renderStaffPage } from "./staff.js";
import { api } from "./api.js";
import { currentTenant } from "./api.js";

const view = document.getElementById("view");

function signInForm() {
  clear(view);
  const input = el("input", { id: "tenant", name: "tenant", required: true, pattern: "[a-z][a-z0-9\\-]{1,30}",
    autocomplete: "organization", autocapitalize: "none" });
  const form = el("form", { id: "sign-in" }, [
    el("p", { class: "muted" }, t("signInHint")),
    el("label", { for: "tenant" }, [t("tenantCode"), input]),
    el("button", { type: "submit", class: "primary" }, t("signIn")),
  ]);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const params = new URLSearchParams(location.search);
    params.set("tenant", input.value.trim());
    location.search = params.toString();
  });
  view.append(el("section", { class: "card sign-in" }, [el("h2", {}, t("signIn")), form]));
}

/** The container of the page being shown; a render started for an earlier navigation finishes off-screen. */
let shown = null;

async function route() {
  const hash = location.hash || "#/dashboard";
  const [path, query] = hash.slice(1).split("?");
  const params = new URLSearchParams(query ?? "");
  const page = el("div", { class: "page" });
  shown = page;
  delete view.dataset.ready;
  view.replaceChildren(page);
  try {
    const caseMatch = path.match(/^\/cases\/([A-Za-z0-9-]+)$/);
    const tenantMatch = path.match(/^\/tenants\/([a-z][a-z0-9-]{1,30})$/);
    if (currentTenant() === "platform" && path === "/onboard") {
      await renderOnboard(page);
    } else if (currentTenant() === "platform" && tenantMatch) {
      await renderTenant(page, tenantMatch[1]);
    } else if (currentTenant() === "platform") {
      await renderPlatform(page);
    } else if (path === "/staff") {
      await renderStaffPage(page);
    } else if (path === "/integrations") {
      await renderIntegrations(page);
    } else if (caseMatch) {
      await renderCase(page, caseMatch[1]);
    } else {
      await renderDashboard(page, params);
    }
    if (page === shown) view.dataset.ready = "true";
  } catch (e) {
    if (page !== shown) {
      return;
    }
    view.dataset.ready = "true";
    if (e instanceof ApiError && e.status === 404) {
      clear(page);
      page.append(el("section", { class: "card", id: "not-found" }, [el("p", {}, t("notFound")),
        el("a", { href: "#/dashboard" }, t("back"))]));
    } else {
      showError(e.requestId ? `${e.message} (${e.requestId})` : e.message);
    }
  }
}

async function start() {
  translatePage();
  const languageButton = document.getElementById("language");
  languageButton.textContent = language === "en" ? "中文" : "English";
  languageButton.setAttribute("aria-label", language === "en" ? "切换到中文" : "Switch to English");
  languageButton.addEventListener("click", () => {
    const params = new URLSearchParams(location.search);
    if (language === "en") params.delete("lang"); else params.set("lang", "en");
    location.search = params.toString();
  });
  const code = tenantFromUrl();
  if (!code) {
    signInForm();
    return;
  }
  try {
    const who = await signIn(code);
    document.getElementById("who").textContent = `${who.tenant} · ${who.user}`;
    const out = document.getElementById("sign-out");
    out.hidden = false;
    out.addEventListener("click", signOut);
    if (code !== "platform") {
      // integrations are the tenant admins': the link shows only to those whose roles may manage them
      const me = await api("GET", "/api/v1/me");
      document.getElementById("integrations-link").hidden = !me.permissions.includes("cases:admin");
      document.getElementById("staff-link").hidden = !me.permissions.includes("staff:manage");
    }
  } catch (e) {
    signInForm();
    showError(e.message);
    return;
  }
  window.addEventListener("hashchange", route);
  await route();
}

start();
