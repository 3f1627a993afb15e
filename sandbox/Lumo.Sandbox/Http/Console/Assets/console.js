// Lumo.Sandbox console: a view of the control API (/_sandbox/*), refreshed every second.
// No build step and no dependencies: it is served from the server assembly and must work offline.
(() => {
  "use strict";

  const refreshMs = 1000;
  const tokenKey = "lumo-sandbox-admin-token";
  const companies = new Map(); // id -> name, for the other tables
  const $ = (id) => document.getElementById(id);

  // --- HTTP ---------------------------------------------------------------------------------------

  class ControlError extends Error {
    constructor(status, body) {
      const message = body && body.message !== undefined
        ? [].concat(body.message).join("; ")
        : `HTTP ${status}`;
      super(message);
      this.status = status;
    }
  }

  async function call(method, path, body) {
    const headers = { "Accept": "application/json", "X-Sandbox-Console": "1" };
    const token = sessionStorage.getItem(tokenKey);
    if (token) headers["X-Sandbox-Admin-Token"] = token;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) throw new ControlError(response.status, json);
    return json;
  }

  // --- rendering helpers ---------------------------------------------------------------------------

  // Builds elements with textContent only: values from the API are never parsed as HTML.
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else if (name === "className") node.className = value;
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const money = (n) => (n === null || n === undefined ? "" : Number(n).toFixed(2));
  // "2026-01-01 12:00:03" in UTC, whatever ISO-8601 form the server wrote.
  const time = (iso) => (iso ? new Date(iso).toISOString().replace("T", " ").replace(/\.\d+Z$/, "") : "");
  const short = (id) => (id ? id.slice(0, 8) : "");
  const badge = (status) => el("span", { className: `badge status status-${status}` }, status);
  const companyName = (id) => companies.get(id) || short(id);

  // Puts freshly rendered rows (each with a data-key) into the table without rebuilding what is there: a row
  // already shown stays the same element and only its cells are replaced, except a cell marked data-keep whose
  // mark is unchanged, which stays as it is. So an amount being typed (value, focus, cursor) survives a refresh.
  function fill(tbody, rows, columns, emptyText) {
    if (!rows.length) {
      tbody.replaceChildren(el("tr", { className: "empty" }, el("td", { colspan: columns }, emptyText)));
      return;
    }
    const shown = new Map([...tbody.children].filter((row) => row.dataset.key).map((row) => [row.dataset.key, row]));
    const placed = rows.map((fresh) => {
      const row = shown.get(fresh.dataset.key);
      if (!row) return fresh;
      const cells = [...fresh.children]; // a snapshot: cells move out of `fresh` into `row`
      cells.forEach((cell, i) => {
        const current = row.children[i];
        if (!current) row.append(cell);
        else if (cell.dataset.keep === undefined || current.dataset.keep !== cell.dataset.keep) current.replaceWith(cell);
      });
      while (row.children.length > cells.length) row.lastElementChild.remove();
      return row;
    });
    // Rows already in place are not moved: moving an element takes the focus from an input inside it.
    placed.forEach((row, i) => { if (tbody.children[i] !== row) tbody.insertBefore(row, tbody.children[i] || null); });
    while (tbody.children.length > placed.length) tbody.lastElementChild.remove();
  }

  const amountBox = (label, value) =>
    el("input", { type: "number", min: "0.01", step: "0.01", value, "aria-label": label });

  function action(label, name, run) {
    return el("button", {
      type: "button",
      "data-action": name,
      onclick: async (event) => {
        event.target.disabled = true;
        try {
          await run();
          clearError(true);
          await refresh();
        } catch (error) {
          showError(error);
        } finally {
          event.target.disabled = false;
        }
      },
    }, label);
  }

  // What the user's own action was refused for stays until an action succeeds; the once-a-second refresh clears
  // only what a refresh reported (a lost connection that came back), or the message would vanish within a second.
  let errorFromAction = false;

  function showError(error, fromAction = true) {
    const box = $("error");
    if (error instanceof ControlError && error.status === 401) {
      $("token-bar").hidden = false;
    }
    box.textContent = error.message;
    box.hidden = false;
    errorFromAction = fromAction;
  }

  function clearError(fromAction) {
    if (fromAction || !errorFromAction) $("error").hidden = true;
  }

  // --- the four tables and the clock ---------------------------------------------------------------

  function renderClock(clock) {
    $("clock-mode").textContent = `${clock.mode} clock`;
    $("clock-now").textContent = time(clock.now);
    $("clock-now").dateTime = clock.now;
  }

  function renderCompanies(list) {
    companies.clear();
    list.companies.forEach((c) => companies.set(c.id, c.name));
    $("companies-count").textContent = `(${list.companies.length})`;
    fill($("companies"), list.companies.map((c) => {
      const amount = amountBox(`deposit amount for ${c.name}`, "100");
      return el("tr", { "data-key": c.id, "data-company-id": c.id },
        el("td", {}, c.name, c.isActive ? null : el("span", { className: "badge status-failed" }, " inactive")),
        el("td", {}, c.email),
        el("td", { className: "mono" }, c.apiKey),
        el("td", { className: "num usdt" }, money(c.usdtBalance)),
        el("td", { className: "num frozen" }, money(c.frozenBalance)),
        el("td", { className: "num" }, money(c.trxBalance)),
        el("td", { "data-keep": "deposit" }, amount, " USDT ", action("Deposit", "deposit", () =>
          call("POST", "/_sandbox/deposits", { companyId: c.id, amountUsdt: Number(amount.value) }))));
    }), 7, "No companies");
  }

  function renderOrders(list) {
    const open = (status) => status === "created" || status === "in_progress";
    fill($("orders"), list.orders.map((o) => el("tr", { "data-key": o.id, "data-order-id": o.id },
      el("td", {}, time(o.createdAt)),
      el("td", {}, companyName(o.companyId)),
      el("td", { className: "mono" }, o.externalOrderId),
      el("td", { className: "num" }, money(o.amountRub)),
      el("td", { className: "num" }, money(o.amountUsdt)),
      el("td", { className: "status-cell" }, badge(o.status), o.failureReason ? el("span", { className: "muted" }, ` ${o.failureReason}`) : null),
      el("td", {}, time(o.paymentUntil)),
      el("td", {}, open(o.status) ? [
        action("Complete", "complete", () => call("POST", `/_sandbox/orders/${o.id}/complete`)),
        " ",
        action("Fail", "fail", () => call("POST", `/_sandbox/orders/${o.id}/fail`, { failureReason: "payment_rejected" })),
      ] : null))), 8, "No orders yet: prepare and accept one through the API");
  }

  function renderDisputes(list) {
    const open = (status) => status === "submitted" || status === "in_review";
    fill($("disputes"), list.disputes.map((d) => {
      const refundAmount = amountBox(`partial refund amount for dispute ${short(d.id)}`, "");
      // Kept while the status is the same, so a partial amount being typed survives a refresh.
      return el("tr", { "data-key": d.id, "data-dispute-id": d.id },
        el("td", {}, time(d.createdAt)),
        el("td", {}, companyName(d.companyId)),
        el("td", { className: "mono" }, short(d.orderId)),
        el("td", { className: "wrap" }, d.reason),
        el("td", { className: "status-cell" }, badge(d.status)),
        el("td", { className: "resolution" }, d.resolution || "", d.refundAmount ? ` ${money(d.refundAmount)} USDT` : ""),
        el("td", { "data-keep": d.status }, open(d.status) ? [
          d.status === "submitted" ? [action("Review", "review", () => call("POST", `/_sandbox/disputes/${d.id}/review`)), " "] : null,
          action("Refund", "resolve", () => call("POST", `/_sandbox/disputes/${d.id}/resolve`, { resolution: "refund" })),
          " ",
          action("Confirm", "confirm", () => call("POST", `/_sandbox/disputes/${d.id}/resolve`, { resolution: "confirm" })),
          " ",
          action("Reject", "reject", () => call("POST", `/_sandbox/disputes/${d.id}/reject`)),
          " ",
          refundAmount, " USDT ",
          action("Partial refund", "partial-refund", () => call("POST", `/_sandbox/disputes/${d.id}/resolve`,
            { resolution: "partial_refund", refundAmount: Number(refundAmount.value) })),
        ] : null));
    }), 7, "No disputes");
  }

  function renderDeposits(list) {
    fill($("deposits"), list.deposits.map((d) => el("tr", { "data-key": d.id, "data-deposit-id": d.id },
      el("td", {}, time(d.createdAt)),
      el("td", {}, companyName(d.companyId)),
      el("td", { className: "mono", title: d.txHash }, short(d.txHash)),
      el("td", { className: "num" }, money(d.amountUsdt)),
      el("td", { className: "status-cell" }, badge(d.status)),
      el("td", { className: "num" }, d.confirmations))), 6, "No deposits");
  }

  // --- refresh loop --------------------------------------------------------------------------------

  let timer = null;

  async function refresh() {
    try {
      // Companies first: the other tables show company names.
      const [clock, companyList] = await Promise.all([call("GET", "/_sandbox/clock"), call("GET", "/_sandbox/companies")]);
      renderClock(clock);
      renderCompanies(companyList);
      const [orders, disputes, deposits] = await Promise.all([
        call("GET", "/_sandbox/orders?limit=50"),
        call("GET", "/_sandbox/disputes?limit=50"),
        call("GET", "/_sandbox/deposits?limit=50"),
      ]);
      renderOrders(orders);
      renderDisputes(disputes);
      renderDeposits(deposits);
      clearError(false);
    } catch (error) {
      showError(error, false);
    }
  }

  // One refresh at a time, and none while the tab is hidden (the journal need not fill with polls).
  async function loop() {
    clearTimeout(timer);
    if (document.visibilityState !== "hidden") await refresh();
    timer = setTimeout(loop, refreshMs);
  }

  $("advance-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await call("POST", "/_sandbox/clock/advance", { seconds: Number($("advance-seconds").value) });
      clearError(true);
      await refresh();
    } catch (error) {
      showError(error);
    }
  });

  $("reset").addEventListener("click", async () => {
    if (!confirm("Reset the sandbox to its scenario? Companies, orders and the clock start over.")) return;
    try {
      await call("POST", "/_sandbox/reset");
      clearError(true);
      await refresh();
    } catch (error) {
      showError(error);
    }
  });

  $("token-form").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(tokenKey, $("token").value);
    $("token-bar").hidden = true;
    loop();
  });

  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") loop(); });
  loop();
})();
