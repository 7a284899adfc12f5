import { api } from "./api.js";
import { t, roleText, ROLES, dateTime } from "./i18n.js";
import { el, clear } from "./dom.js";
import { field, once, problemList } from "./forms.js";

/** Roles whose holders act on a grid subtree, and the one that acts for a department (as assignments take them). */
const GRID_ROLES = ["grid-worker", "community-worker", "street-officer"];
const DEPARTMENT_ROLE = "department-officer";

export function roleBoxes(prefix, held = []) {
  return el("fieldset", { class: "roles" }, [el("legend", {}, t("roles")), ...ROLES.map((role) => {
    const id = `${prefix}-${role}`;
    return el("label", { for: id, class: "check" }, [el("input", { type: "checkbox", id, value: role,
      checked: held.includes(role) ? true : null }), roleText(role)]);
  })]);
}

export function checked(box) {
  return [...box.querySelectorAll("input[type=checkbox]:checked")].map((c) => c.value);
}

/** The tenant's own staff page: its people, and where each acts (assignments). */
export async function renderStaffPage(view) {
  clear(view);
  const card = el("section", { class: "card", id: "staff" });
  view.append(el("nav", { class: "breadcrumb" }, [el("a", { href: "#/dashboard" }, t("back")), el("span", {}, "›"),
    el("strong", {}, t("staff"))]), card);
  const root = (await api("GET", "/api/v1/grids")).data[0];
  const [streets, communities, grids, departments] = await Promise.all(["STREET", "COMMUNITY", "GRID"]
    .map((level) => api("GET", `/api/v1/grids/${root.id}/descendants?${new URLSearchParams({ level, limit: "500" })}`))
    .concat(api("GET", "/api/v1/departments?limit=200")));
  await renderStaff(card, "/api/v1/staff", {
    grids: [...streets.data, ...communities.data, ...grids.data], departments: departments.data });
}

/**
 * People of a tenant's realm at {@code base} (the platform admins' or the tenant's own route): invite with roles,
 * change roles, remove leavers; with {@code places}, also each person's assignments to grids and departments.
 */
export async function renderStaff(card, base, places = null) {
  clear(card);
  card.append(el("h2", {}, t("staff")));
  let people;
  try {
    people = await api("GET", `${base}?limit=100`);
  } catch (err) {
    card.append(problemList(err));
    return;
  }
  const assignments = places ? (await api("GET", "/api/v1/assignments?limit=500")).data : [];
  const placeName = (a) => a.gridId ? (places.grids.find((g) => g.id === a.gridId)?.name ?? a.gridId)
    : (places.departments.find((d) => d.id === a.departmentId)?.name ?? a.departmentId);
  const rows = people.data.flatMap((m) => {
    const edit = el("button", { type: "button", "data-action": "roles", "aria-label": `${t("editRoles")} ${m.username}` },
      t("editRoles"));
    const remove = el("button", { type: "button", "data-action": "remove", "aria-label": `${t("remove")} ${m.username}` },
      t("remove"));
    const actions = [edit, remove];
    const mine = assignments.filter((a) => a.subject === m.id);
    const cells = [el("td", { class: "text" }, m.username), el("td", { class: "text" }, m.email ?? "—"),
      el("td", { class: "text", "data-field": "roles" }, m.roles.map(roleText).join("、"))];
    if (places) {
      cells.push(el("td", { class: "text", "data-field": "assignments" }, mine.length === 0 ? "—" : el("ul", { class: "plain" },
        mine.map((a) => {
          const end = el("button", { type: "button", class: "link", "data-action": "unassign",
            "aria-label": `${t("unassign")} ${placeName(a)}` }, "×");
          end.addEventListener("click", async () => {
            await api("DELETE", `/api/v1/assignments/${a.id}`);
            await renderStaff(card, base, places);
          });
          return el("li", {}, [`${roleText(a.role)} · ${placeName(a)} `, end]);
        }))));
      const assign = el("button", { type: "button", "data-action": "assign", "aria-label": `${t("assign")} ${m.username}` },
        t("assign"));
      actions.unshift(assign);
      assign.addEventListener("click", () => {
        assign.disabled = true;
        row.after(el("tr", {}, el("td", { colspan: "7", class: "text" }, assignForm(card, base, places, m))));
      });
    }
    cells.push(el("td", { class: "text" }, m.mustChangePassword ? t("invitedPending") : t("active")),
      el("td", {}, dateTime(m.createdAt)), el("td", { class: "text" }, el("div", { class: "actions" }, actions)));
    const row = el("tr", { "data-username": m.username }, cells);
    edit.addEventListener("click", () => {
      const boxes = roleBoxes(`roles-${m.id}`, m.roles);
      const save = el("button", { type: "submit", class: "primary" }, t("save"));
      const form = el("form", { class: "inline-form", id: `roles-form-${m.username}` }, [boxes, save]);
      form.addEventListener("submit", async (e) => {
        e.preventDefault();
        try {
          await api("PUT", `${base}/${m.id}/roles`, { body: { roles: checked(boxes) } });
          await renderStaff(card, base, places);
        } catch (err) {
          form.append(problemList(err));
        }
      });
      row.after(el("tr", {}, el("td", { colspan: "7", class: "text" }, form)));
      edit.disabled = true;
    });
    remove.addEventListener("click", async () => {
      if (!window.confirm(`${t("removeConfirm")} ${m.username}`)) return;
      try {
        await api("DELETE", `${base}/${m.id}`); // the platform ends the person's assignments too
        await renderStaff(card, base, places);
      } catch (err) {
        card.append(problemList(err));
      }
    });
    return [row];
  });
  const headers = ["username", "email", "roles", ...(places ? ["assignments"] : []), "status", "createdAt",
    "actionsHeader"];
  card.append(el("div", { class: "table-wrap" }, el("table", { id: "staff-table" }, [
    el("caption", {}, t(places ? "staffCaptionTenant" : "staffCaption")),
    el("thead", {}, el("tr", {}, headers.map((h) => el("th", { scope: "col", class: h === "createdAt" ? "" : "text" }, t(h))))),
    el("tbody", {}, rows)])));

  const [userLabel, username] = field("invite-username", t("username"), { required: true,
    pattern: "[a-z0-9][a-z0-9._@\\-]{1,63}", autocapitalize: "none" });
  const [emailLabel, email] = field("invite-email", t("email"), { type: "email" });
  const boxes = roleBoxes("invite-role");
  const out = el("div", { id: "invite-result" });
  const form = el("form", { id: "invite-form" }, [el("h3", {}, t("invite")),
    el("div", { class: "controls" }, [userLabel, emailLabel]), boxes,
    el("button", { type: "submit", class: "primary" }, t("invite")), out]);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    clear(out);
    try {
      const invited = await api("POST", base, { body: { username: username.value.trim(),
        email: email.value.trim() || undefined, roles: checked(boxes) } });
      await renderStaff(card, base, places);
      card.querySelector("#invite-result").append(el("dl", { class: "facts" }, [
        el("dt", {}, t("username")), el("dd", {}, invited.member.username),
        ...once(t("temporaryPassword"), invited.temporaryPassword, "invited-password")]));
    } catch (err) {
      out.append(problemList(err));
    }
  });
  card.append(form);
  if (!places) card.append(el("p", { class: "muted" }, t("assignmentsHint")));
}

/** Where a person acts: a grid subtree for grid roles, a department for department officers. */
function assignForm(card, base, places, member) {
  const role = el("select", { id: `assign-role-${member.username}`, name: "role" },
    [...GRID_ROLES, DEPARTMENT_ROLE].map((r) => el("option", { value: r }, roleText(r))));
  const grid = el("select", { id: `assign-grid-${member.username}`, name: "grid" },
    places.grids.map((g) => el("option", { value: g.id }, `${g.name}（${g.code}）`)));
  const department = el("select", { id: `assign-department-${member.username}`, name: "department" },
    places.departments.map((d) => el("option", { value: d.id }, d.name)));
  const gridLabel = el("label", { for: grid.id }, [t("grid"), grid]);
  const departmentLabel = el("label", { for: department.id, hidden: true }, [t("department"), department]);
  department.hidden = false;
  role.addEventListener("change", () => {
    gridLabel.hidden = role.value === DEPARTMENT_ROLE;
    departmentLabel.hidden = role.value !== DEPARTMENT_ROLE;
  });
  const form = el("form", { class: "inline-form controls", id: `assign-form-${member.username}` }, [
    el("label", { for: role.id }, [t("roles"), role]), gridLabel, departmentLabel,
    el("button", { type: "submit", class: "primary" }, t("assign"))]);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const body = role.value === DEPARTMENT_ROLE
      ? { subject: member.id, role: role.value, departmentId: department.value }
      : { subject: member.id, role: role.value, gridId: grid.value };
    try {
      await api("POST", "/api/v1/assignments", { body });
      await renderStaff(card, base, places);
    } catch (err) {
      form.append(problemList(err));
    }
  });
  return form;
}
