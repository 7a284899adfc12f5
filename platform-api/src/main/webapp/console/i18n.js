// zh-CN by default; English on request. The choice is kept in the URL (?lang=en), not in storage.
const TEXTS = {
  "zh-CN": {
    title: "基层治理驾驶舱", loading: "正在加载…", signOut: "退出登录", signIn: "登录", tenantCode: "租户代码",
    signInHint: "输入本区（市）的租户代码，在其统一身份认证中登录；平台管理员输入 platform。", period: "统计月份", level: "层级",
    street: "街道", community: "社区", district: "区县", metric: "着色指标", score: "综合得分",
    responseRate: "响应率", resolutionRate: "解决率", satisfactionRate: "满意率", rank: "排名", name: "名称",
    reported: "受理量", closed: "办结量", overdueNow: "当前超期", whistleRate: "吹哨率", exportCsv: "导出 CSV",
    ranking: "排名", map: "网格地图", overdue: "超期案件", dueSoon: "24 小时内到期", none: "暂无",
    back: "返回驾驶舱", timeline: "办理过程", summonses: "吹哨报到", nextActions: "当前可办理",
    dispatch: "派遣", handlerKind: "承办类型", handler: "承办单位", grid: "网格", department: "部门",
    status: "状态", category: "类别", priority: "紧急程度", reportedAt: "上报时间", due: "当前时限",
    dispatched: "已派遣", conflict: "该案件已被他人更新，已重新读取，请确认后再办理。", notFound: "未找到该记录。",
    allStreets: "全部", drillHint: "点击地图或表格中的街道，下钻到社区。", mapNoBoundaries: "该层级的网格尚无边界数据。",
    periodTotals: "本期合计", caseNumber: "案件编号", whole: "全区", party: "党建引领", compoundCoverage: "小区党组织覆盖率",
    gridCoverage: "网格党组织覆盖率", members: "党员", volunteers: "志愿服务排行", points: "积分", services: "次服务",
    deliberation: "议事协商", participationRate: "投票参与率", threeLists: "三张清单", needs: "需求", projects: "项目",
    trend: "近六个月趋势", byCategory: "本期案件类别", tenants: "租户", kind: "类型",
    divisionCode: "区划代码", actionsHeader: "操作", active: "正常", suspended: "已暂停", suspend: "暂停",
    resume: "恢复", export: "导出", settings: "设置", rateLimit: "每分钟请求上限", save: "保存",
    onboard: "接入新区县", onboardHint: "创建该区县的身份认证域、接口客户端和首位管理员，并登记为租户；可一并导入网格文件。",
    city: "地级市", adminUsername: "首位管理员账号", email: "电子邮箱", vendorOrigins: "第三方前端来源（可选）",
    gridFile: "网格文件", gridFileHint: "GeoJSON、CSV 或 Excel（.xlsx）；按编码匹配，重复导入不会重复创建。",
    gridFileKinds: "网格文件须为 .csv、.geojson 或 .xlsx", backToTenants: "返回租户列表", issuer: "签发方",
    machineClient: "接口客户端", clientSecret: "客户端密钥", temporaryPassword: "临时密码",
    shownOnce: "仅显示一次，请立即妥善保存", onboarded: "已接入", gridImported: "网格已导入（新建 / 行数）",
    gridImportFailed: "租户已接入，但网格文件未导入，可在租户页面重新导入：", row: "第", manage: "管理",
    staff: "工作人员", staffCaption: "该租户身份认证域中的人员（邮箱已脱敏）", username: "账号", roles: "角色",
    createdAt: "创建时间", editRoles: "调整角色", remove: "移除", removeConfirm: "确认移除离岗人员账号：",
    invitedPending: "待首次登录", invite: "邀请人员",
    assignmentsHint: "网格与部门的分派由该区的租户管理员在控制台“工作人员”页面设置。", clients: "接口客户端",
    clientsCaption: "可获取平台令牌的客户端", clientId: "客户端 ID", rolesOrOrigins: "角色 / 来源",
    machineClientKind: "服务端（客户端凭证）", browserClientKind: "浏览器（PKCE）", rotate: "轮换密钥",
    rotateConfirm: "轮换后旧密钥立即失效。确认轮换：", createClient: "新建接口客户端", importGrids: "导入",
    offboard: "注销租户", offboardHint: "注销将删除该租户的全部数据及其身份认证域，仅保留访问日志。须先暂停并导出。",
    offboardSuspendFirst: "请先暂停该租户。", offboardExport: "导出并获取注销确认", offboardType: "输入租户代码以确认：",
    offboarded: "已注销", realmDeleted: "身份认证域已删除", verifiedHours: "志愿服务时长（按月，已核验）", hours: "小时",
    people: "人", integrations: "接口与集成", webhooks: "事件推送（Webhook）",
    webhooksHint: "平台将本区的事件签名后推送到这些地址（Standard Webhooks）；失败会按计划重试。",
    tenantWebhooksHint: "该租户各应用的推送地址（不含密钥与查询参数）。停用后推送暂停，应用可自行重新启用。", disabled: "已停用",
    failingSince: "持续失败自", ping: "测试推送", enable: "启用", disable: "停用", deliveries: "推送记录",
    rotateWebhookConfirm: "轮换签名密钥？旧密钥在过渡期内仍会签名。", signingSecret: "签名密钥",
    removeEndpointConfirm: "删除推送地址及其推送记录：", url: "地址", eventTypes: "事件类型", description: "说明",
    addEndpoint: "添加推送地址", redeliver: "重新推送", refresh: "刷新", deliveryPENDING: "待推送",
    deliveryDELIVERED: "已送达", deliveryFAILED: "失败", attempts: "尝试次数", lastStatus: "最近状态码",
    eventType: "事件", open311Keys: "Open311 接口密钥", open311Hint: "供第三方以 Open311 GeoReport v2 提交诉求，密钥以其服务端客户端的身份行事。",
    revoke: "吊销", revokeConfirm: "吊销后立即失效。确认吊销：", revoked: "已吊销", key: "密钥", issueKey: "签发密钥",
    vendorClient: "第三方服务端客户端 ID", changedMeanwhile: "该记录已被他人更新，已重新读取。",
    gridNodes: "网格数", cases: "案件数", volunteersCount: "志愿者", assignments: "负责范围", assign: "分派", unassign: "取消分派", staffCaptionTenant: "本区人员及其负责的网格、部门",
  },
  en: {
    title: "Governance dashboard", loading: "Loading…", signOut: "Sign out", signIn: "Sign in",
    tenantCode: "Tenant code", signInHint: "Enter your district's or city's tenant code to sign in with its identity provider; platform admins enter platform.",
    period: "Month", level: "Level", street: "Street", community: "Community", district: "District", metric: "Colour by",
    score: "Composite score", responseRate: "Response rate", resolutionRate: "Resolution rate",
    satisfactionRate: "Satisfaction rate", rank: "Rank", name: "Name", reported: "Reported", closed: "Closed",
    overdueNow: "Overdue now", whistleRate: "Whistle rate", exportCsv: "Export CSV", ranking: "Ranking", map: "Grid map",
    overdue: "Overdue cases", dueSoon: "Due within 24 h", none: "None", back: "Back to the dashboard",
    timeline: "Timeline", summonses: "Summonses", nextActions: "Steps allowed now", dispatch: "Dispatch",
    handlerKind: "Handler kind", handler: "Handler", grid: "Grid", department: "Department", status: "Status",
    category: "Category", priority: "Priority", reportedAt: "Reported", due: "Current deadline",
    dispatched: "Dispatched", conflict: "Someone else changed this case; it has been read again. Check it and retry.",
    notFound: "Not found.", allStreets: "All", drillHint: "Click a street on the map or in the table to see its communities.",
    mapNoBoundaries: "The grids at this level have no boundaries yet.", periodTotals: "This period",
    caseNumber: "Case number", whole: "Whole tenant", party: "Party building", compoundCoverage: "Compound coverage",
    gridCoverage: "Grid coverage", members: "Members", volunteers: "Volunteer leaderboard", points: "points",
    services: "services", deliberation: "Deliberation", participationRate: "Turnout", threeLists: "The three lists",
    needs: "Needs", projects: "Projects", trend: "The last six months", byCategory: "Cases by category",
    tenants: "Tenants", kind: "Kind", divisionCode: "Division code", actionsHeader: "Actions", active: "Active",
    suspended: "Suspended", suspend: "Suspend", resume: "Resume", export: "Export", settings: "Settings",
    rateLimit: "Requests per minute", save: "Save",
    onboard: "Onboard a district", onboardHint: "Creates the district's identity realm, API client and first admin, and registers it as a tenant; its grid file can be imported at once.",
    city: "City", adminUsername: "First admin's username", email: "E-mail", vendorOrigins: "Vendor front-end origins (optional)",
    gridFile: "Grid file", gridFileHint: "GeoJSON, CSV or Excel (.xlsx); matched by code, so importing again creates nothing twice.",
    gridFileKinds: "A grid file is .csv, .geojson or .xlsx", backToTenants: "Back to the tenants", issuer: "Issuer",
    machineClient: "API client", clientSecret: "Client secret", temporaryPassword: "Temporary password",
    shownOnce: "Shown once: keep it now", onboarded: "Onboarded", gridImported: "Grid imported (created / rows)",
    gridImportFailed: "The tenant is onboarded but its grid file was not imported; import it again on the tenant's page:",
    row: "row", manage: "Manage", staff: "Staff", staffCaption: "People of the tenant's realm (e-mails masked)",
    username: "Username", roles: "Roles", createdAt: "Created", editRoles: "Change roles", remove: "Remove",
    removeConfirm: "Remove the leaver's account:", invitedPending: "Not signed in yet", invite: "Invite",
    assignmentsHint: "The tenant's admins assign people to grids and departments on the console's Staff page.",
    clients: "API clients", clientsCaption: "Clients that obtain platform tokens", clientId: "Client ID",
    rolesOrOrigins: "Roles / origins", machineClientKind: "Server (client credentials)", browserClientKind: "Browser (PKCE)",
    rotate: "Rotate secret", rotateConfirm: "The old secret stops working at once. Rotate:", createClient: "New API client",
    importGrids: "Import", offboard: "Offboard", offboardHint: "Offboarding erases every record of the tenant and its identity realm; only the access log remains. Suspend and export first.",
    offboardSuspendFirst: "Suspend the tenant first.", offboardExport: "Export and get the confirmation",
    offboardType: "Type the tenant code to confirm:", offboarded: "Offboarded", realmDeleted: "identity realm deleted",
    verifiedHours: "Verified volunteer hours by month", hours: "h", people: "volunteers",
    integrations: "Integrations", webhooks: "Webhooks", webhooksHint: "The platform signs the tenant's events and posts them to these addresses (Standard Webhooks), retrying on a schedule.",
    tenantWebhooksHint: "Every application's endpoints of this tenant, without secrets or query strings. Disabling stops deliveries; the application may enable it again.",
    disabled: "Disabled", failingSince: "Failing since", ping: "Ping", enable: "Enable", disable: "Disable",
    deliveries: "Deliveries", rotateWebhookConfirm: "Rotate the signing secret? The old one keeps signing during the overlap.",
    signingSecret: "Signing secret", removeEndpointConfirm: "Delete the endpoint and its delivery log:", url: "URL",
    eventTypes: "Event types", description: "Description", addEndpoint: "Add an endpoint", redeliver: "Redeliver",
    refresh: "Refresh", deliveryPENDING: "Pending", deliveryDELIVERED: "Delivered", deliveryFAILED: "Failed",
    attempts: "Attempts", lastStatus: "Last status", eventType: "Event", open311Keys: "Open311 keys",
    open311Hint: "Vendors file requests through Open311 GeoReport v2; a key acts as their machine client.",
    revoke: "Revoke", revokeConfirm: "The key stops working at once. Revoke:", revoked: "Revoked", key: "Key",
    issueKey: "Issue a key", vendorClient: "Vendor's machine client ID", changedMeanwhile: "Someone else changed it; it has been read again.",
    gridNodes: "Grid nodes", cases: "Cases", volunteersCount: "Volunteers", assignments: "Assignments", assign: "Assign", unassign: "End assignment", staffCaptionTenant: "The tenant's people and the grids and departments they act for",
  },
};

const STATUS = {
  "zh-CN": { REPORTED: "待受理", ACCEPTED: "已受理", REJECTED: "不予受理", DUPLICATE: "重复件", DISPATCHED: "已派遣",
    IN_PROGRESS: "办理中", RESOLVED: "待核实", CLOSED: "已办结", REOPENED: "重新办理" },
  en: { REPORTED: "Reported", ACCEPTED: "Accepted", REJECTED: "Rejected", DUPLICATE: "Duplicate", DISPATCHED: "Dispatched",
    IN_PROGRESS: "In progress", RESOLVED: "Resolved", CLOSED: "Closed", REOPENED: "Reopened" },
};

const ACTIONS = {
  "zh-CN": { report: "上报", accept: "受理", reject: "不予受理", "mark-duplicate": "合并重复件", dispatch: "派遣",
    acknowledge: "签收", defer: "延期", whistle: "吹哨", "acknowledge-summons": "报到", resolve: "办结", verify: "核实",
    evaluate: "评价", reopen: "重新办理" },
  en: {},
};

/** The realm roles a person or client can hold, in the order the console offers them. */
export const ROLES = ["tenant-admin", "grid-manager", "street-officer", "community-worker", "grid-worker",
  "department-officer", "party-secretary", "volunteer-coordinator", "vendor-app", "resident", "party-member"];

const ROLE_NAMES = {
  "zh-CN": { "tenant-admin": "租户管理员", "grid-manager": "网格管理", "street-officer": "街道干部",
    "community-worker": "社区工作者", "grid-worker": "网格员", "department-officer": "职能部门",
    "party-secretary": "党组织书记", "volunteer-coordinator": "志愿服务管理", "vendor-app": "第三方应用",
    resident: "居民", "party-member": "党员" },
  en: { "tenant-admin": "Tenant admin", "grid-manager": "Grid manager", "street-officer": "Street officer",
    "community-worker": "Community worker", "grid-worker": "Grid worker", "department-officer": "Department officer",
    "party-secretary": "Party secretary", "volunteer-coordinator": "Volunteer coordinator", "vendor-app": "Vendor app",
    resident: "Resident", "party-member": "Party member" },
};

/** A role as people say it (its code in English). */
export function roleText(role) {
  return ROLE_NAMES[language][role] ?? role;
}

export const language = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "zh-CN";

export function t(key) {
  return TEXTS[language][key] ?? TEXTS["zh-CN"][key] ?? key;
}

/** A case's status as people say it. */
export function statusText(status) {
  return STATUS[language][status] ?? status;
}

const PRIORITY = { "zh-CN": { NORMAL: "一般", URGENT: "紧急", EMERGENCY: "特急" }, en: { NORMAL: "Normal",
  URGENT: "Urgent", EMERGENCY: "Emergency" } };

export function priorityText(priority) {
  return PRIORITY[language][priority] ?? priority;
}

/** A step of the closed loop as people say it (the API's name in English). */
export function actionText(action) {
  const key = String(action ?? "").toLowerCase().replace(/_/g, "-");
  return ACTIONS[language][key] ?? key.replace(/-/g, " ");
}

/** Why a webhook endpoint is disabled, as the API words it (English), in the page's language. */
const DISABLED_REASONS = [
  [/^disabled by its owner$/, { "zh-CN": () => "应用已自行停用", en: () => "disabled by its application" }],
  [/^disabled by the platform's administrators$/, { "zh-CN": () => "平台管理员已停用", en: (m) => m[0] }],
  [/^the receiver answered 410 Gone$/, { "zh-CN": () => "接收方返回 410 Gone", en: (m) => m[0] }],
  [/^every delivery failed since (.+)$/, { "zh-CN": (m) => `自 ${dateTime(m[1])} 起每次推送均失败`,
    en: (m) => `every delivery failed since ${dateTime(m[1])}` }],
];

export function disabledReasonText(reason) {
  for (const [pattern, texts] of DISABLED_REASONS) {
    const m = String(reason).match(pattern);
    if (m) return texts[language](m);
  }
  return reason;
}

/** A rate in [0, 1] as a percentage, or a dash when the API gives none. */
export function percent(rate) {
  return rate === null || rate === undefined ? "—" : `${(rate * 100).toFixed(1)}%`;
}

export function dateTime(iso) {
  return iso ? new Date(iso).toLocaleString(language, { hour12: false }) : "—";
}

export function translatePage() {
  document.documentElement.lang = language;
  document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.title = t("title");
}
