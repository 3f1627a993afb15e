// The console's drift panel: shown only when the sandbox proxies to an upstream (--upstream). It reads
// GET /_sandbox/drift every two seconds and lists the findings; values are set as text, never as HTML.
(() => {
  "use strict";

  const tokenKey = "lumo-sandbox-admin-token";
  const columns = ["Operation", "Kind", "Status", "Path", "Expected", "Actual", "Count", "Last seen"];

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function panel() {
    let section = document.getElementById("drift");
    if (section) return section;
    section = el("section");
    section.id = "drift";
    section.setAttribute("data-testid", "drift");
    const title = el("h2", "Drift from the upstream ");
    const summary = el("span", "", "muted");
    summary.id = "drift-summary";
    title.append(summary);
    const table = el("table");
    const head = el("thead");
    const row = el("tr");
    columns.forEach((name) => row.append(el("th", name)));
    head.append(row);
    const body = el("tbody");
    body.id = "drift-findings";
    table.append(head, body);
    section.append(title, table);
    (document.querySelector("main") || document.body).prepend(section);
    return section;
  }

  function render(report) {
    const existing = document.getElementById("drift");
    if (!report.upstream) {
      if (existing) existing.hidden = true;
      return;
    }

    const section = panel();
    section.hidden = false;
    const findings = report.operations.flatMap((o) => o.findings.map((f) => ({ operation: o, finding: f })));
    document.getElementById("drift-summary").textContent =
      `(${report.upstream}: ${report.calls} calls, ${report.conforming} conforming, ${report.failed} upstream failures, ${findings.length} findings)`;
    const body = document.getElementById("drift-findings");
    body.replaceChildren(...findings.map(({ operation, finding }) => {
      const row = el("tr");
      const name = operation.operationId ? `${operation.operationId} ${operation.method} ${operation.pathTemplate}` : `${operation.method} ${operation.pathTemplate}`;
      [name, finding.kind, finding.status, finding.path, finding.expected, finding.actual, finding.count, finding.lastSeenAt]
        .forEach((value) => row.append(el("td", value)));
      row.title = finding.example;
      return row;
    }));
    if (findings.length === 0) {
      const row = el("tr");
      const cell = el("td", "No drift: every call matched the document.", "muted");
      cell.colSpan = columns.length;
      row.append(cell);
      body.append(row);
    }
  }

  async function refresh() {
    const headers = { "Accept": "application/json", "X-Sandbox-Console": "1" };
    const token = sessionStorage.getItem(tokenKey);
    if (token) headers["X-Sandbox-Admin-Token"] = token;
    try {
      const response = await fetch("/_sandbox/drift", { headers });
      if (response.ok) render(await response.json());
    } catch {
      // The main console shows connection problems; the panel just waits for the next round.
    }
  }

  refresh();
  setInterval(refresh, 2000);
})();
