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
