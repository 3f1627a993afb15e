// Lumo.Sandbox console, readiness panel: the integration readiness report of one company (GET /_sandbox/report)
// and its recent webhook deliveries, each with a Redeliver button. Refreshed every second while it is on screen.
(() => {
  "use strict";

  const refreshMs = 1000;
  const tokenKey = "lumo-sandbox-admin-token";
  const panel = document.getElementById("report-panel");
  const picker = document.getElementById("report-company");
  const cases = document.getElementById("report-cases");
  const warnings = document.getElementById("report-warnings");
  const webhooks = document.getElementById("report-webhooks");
  const verdict = document.getElementById("report-verdict");
  let busy = false;
  let inView = false;

  async function control(method, path) {
    const headers = { "Accept": "application/json", "X-Sandbox-Console": "1" };
    const token = sessionStorage.getItem(tokenKey);
    if (token) headers["X-Sandbox-Admin-Token"] = token;
    const response = await fetch(path, { method, headers });
    const body = await response.json();
    if (!response.ok) throw new Error([].concat(body.message).join("; "));
    return body;
  }

  // textContent only: nothing from the API is parsed as HTML.
  function node(tag, className, text) {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  function row(cells, attributes) {
    const tr = node("tr");
    for (const [name, value] of Object.entries(attributes || {})) tr.setAttribute(name, value);
    for (const cell of cells) tr.append(cell);
    return tr;
  }

  const cell = (text, className) => node("td", className, text);
  const when = (iso) => new Date(iso).toISOString().replace("T", " ").replace(/\.\d+Z$/, "");
  const evidence = (e) => e.eventId
    ? `${when(e.at)} webhook ${e.operationId} → ${e.status || "no answer"}`
    : `${when(e.at)} ${e.method} ${e.path} → ${e.status}`;

  async function refreshCompanies() {
    const { companies } = await control("GET", "/_sandbox/companies");
    const chosen = picker.value;
    const options = companies.map((c) => {
      const option = node("option", null, `${c.name} (${c.email})`);
      option.value = c.id;
      return option;
    });
    if (options.map((o) => o.value).join() !== [...picker.options].map((o) => o.value).join()) {
      picker.replaceChildren(...options);
      if (companies.some((c) => c.id === chosen)) picker.value = chosen;
    }
  }

  function renderReport(report) {
    verdict.textContent = report.ready ? "ready" : `${report.cases.filter((c) => c.status === "missing").length} missing`;
    verdict.className = `badge status-${report.ready ? "success" : "pending"}`;
    cases.replaceChildren(...report.cases.map((c) => row([
      cell(c.id, "mono"),
      cell(c.title, "wrap"),
      (() => { const td = cell(); td.append(node("span", `badge status-${c.status === "observed" ? "success" : "pending"}`, c.status)); td.className = "case-status"; return td; })(),
      cell(c.status === "observed" ? c.evidence.map(evidence).join("\n") : c.hint, "wrap"),
    ], { "data-case-id": c.id, "data-status": c.status })));
    warnings.replaceChildren(...report.warnings.map((w) => {
      const item = node("li", null, `${w.id}: ${w.title}. ${w.hint}`);
      item.setAttribute("data-warning-id", w.id);
      return item;
    }));
  }

  function renderWebhooks(deliveries) {
    webhooks.replaceChildren(...deliveries.map((d) => {
      const last = d.attempts.length ? d.attempts[d.attempts.length - 1] : null;
      const button = node("button", null, "Redeliver");
      button.type = "button";
      button.setAttribute("data-action", "redeliver");
      button.addEventListener("click", async () => {
        button.disabled = true;
        try {
          await control("POST", `/_sandbox/webhooks/${d.eventId}/redeliver`);
          await refresh();
        } catch (error) {
          panel.querySelector(".report-error").textContent = error.message;
        } finally {
          button.disabled = false;
        }
      });
      const action = cell();
      action.append(button);
      return row([cell(when(d.createdAt)), cell(d.type), cell(d.eventId.slice(0, 8), "mono"), cell(`${d.status}${last ? ` (${last.statusCode || "no answer"})` : ""}`), action],
        { "data-event-id": d.eventId });
    }));
  }

  async function refresh() {
    if (busy || !panel || !inView) return;
    busy = true;
    try {
      await refreshCompanies();
      if (picker.value) {
        const query = `companyId=${encodeURIComponent(picker.value)}`;
        const [report, list] = await Promise.all([
          control("GET", `/_sandbox/report?${query}`),
          control("GET", `/_sandbox/webhooks?${query}&limit=10`),
        ]);
        renderReport(report);
        renderWebhooks(list.deliveries);
      }
      panel.querySelector(".report-error").textContent = "";
    } catch (error) {
      panel.querySelector(".report-error").textContent = error.message;
    } finally {
      busy = false;
    }
  }

  // Only while the panel is on screen: the report and its webhook list are extra reads the rest of the page does not need.
  new IntersectionObserver((entries) => {
    inView = entries.some((entry) => entry.isIntersecting);
    refresh();
  }).observe(panel);
  picker.addEventListener("change", refresh);
  setInterval(refresh, refreshMs);
})();
