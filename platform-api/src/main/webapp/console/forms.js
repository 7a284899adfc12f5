// Form helpers the console's pages share: a labelled input, a secret shown once, a problem's details.
import { t } from "./i18n.js";
import { el } from "./dom.js";

export function field(id, label, attributes = {}) {
  const input = el("input", { id, name: id, ...attributes });
  return [el("label", { for: id }, [label, input]), input];
}

/** A secret or password shown this once, with a warning to keep it now. */
export function once(label, value, id) {
  return [el("dt", {}, label), el("dd", {}, [el("code", { id, class: "secret" }, value),
    el("span", { class: "badge" }, t("shownOnce"))])];
}

/** The problem's per-row or per-field errors, listed under its detail. */
export function problemList(err) {
  const errors = err?.problem?.errors ?? [];
  return el("div", { class: "problem", role: "alert" }, [el("p", {}, err.message),
    errors.length ? el("ul", {}, errors.map((e) => el("li", {},
      `${e.row ? `${t("row")} ${e.row} · ` : ""}${e.field ?? ""} ${e.message ?? ""}`))) : null]);
}

/** A secret shown once, as its own list. */
export function shownOnce(label, value, id) {
  return el("dl", { class: "facts" }, once(label, value, id));
}
