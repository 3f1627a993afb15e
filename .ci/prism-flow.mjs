// A full integrator flow sent through Prism (`prism proxy <document> <sandbox> --errors`), which checks every
// request and every response against the served document. Control calls go without an admin token, as a
// sandbox started without --admin-token takes them. Usage: node prism-flow.mjs http://127.0.0.1:PORT
// Prints one line per call and ends with "N passed, N failed"; exits 1 on any violation.
const base = process.argv[2];
let passed = 0;
let failed = 0;
let apiKey = '';

async function call(method, path, { body, expect, key = true } = {}) {
  const headers = { accept: 'application/json' };
  if (key && apiKey) headers['x-api-key'] = apiKey;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  const violations = response.headers.get('sl-violations');
  const ok = response.status === expect && !violations;
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${method} ${path} -> ${response.status} (expected ${expect})${ok ? '' : `\n     ${violations ?? ''} ${text.slice(0, 2000)}`}`);
  try { return text ? JSON.parse(text) : null; } catch { return null; }
}

const qr = (kopecks, id) => `https://qr.nspk.ru/${id}?type=02&bank=100000000007&sum=${kopecks}&cur=RUB&crc=0A1B`;

await call('GET', '/_sandbox/health', { expect: 200 });
const company = await call('POST', '/_sandbox/companies', { body: { usdtBalance: 1000, trxBalance: 10 }, expect: 201, key: false });
const login = await call('POST', '/auth/company/login', { body: { email: company.email, password: company.password }, expect: 201, key: false });
apiKey = login.apiKey; // login issues the key to use from now on
await call('GET', '/auth/company/profile', { expect: 200 });
await call('PATCH', '/auth/company/profile', { body: { contactTelegram: '@prism' }, expect: 200 });
await call('GET', '/rates/current', { expect: 200 });
await call('GET', '/wallets/balance', { expect: 200 });

const quote = await call('POST', '/orders/prepare', { body: { qrCode: qr(500000, 'AD10006M8KH4QP2R5T7V9W1X3Y5Z7B9C'), externalOrderId: 'prism-1' }, expect: 201 });
const order = await call('POST', `/orders/accept/${quote.id}`, { expect: 201 });
await call('GET', `/orders/${order.id}`, { expect: 200 });
await call('GET', '/orders?limit=5&offset=0', { expect: 200 });
await call('GET', '/wallets/balance', { expect: 200 });
await call('POST', `/_sandbox/orders/${order.id}/complete`, { expect: 200, key: false });
await call('GET', `/orders/${order.id}`, { expect: 200 });

const dispute = await call('POST', `/orders/${order.id}/disputes`, { body: { reason: 'Merchant did not deliver' }, expect: 201 });
await call('GET', '/disputes?limit=5', { expect: 200 });
await call('GET', `/disputes/${dispute.id}`, { expect: 200 });
await call('GET', '/_sandbox/disputes', { expect: 200, key: false });
await call('POST', `/_sandbox/disputes/${dispute.id}/review`, { expect: 200, key: false });
await call('POST', `/_sandbox/disputes/${dispute.id}/resolve`, { body: { resolution: 'partial_refund', refundAmount: 1.5, adminComment: 'Half' }, expect: 200, key: false });
await call('GET', `/disputes/${dispute.id}`, { expect: 200 });

const second = await call('POST', '/orders/prepare', { body: { qrCode: qr(100000, 'AD10006M8KH4QP2R5T7V9W1X3Y5Z7B9D'), externalOrderId: 'prism-2' }, expect: 201 });
await call('POST', `/orders/accept/${second.id}`, { expect: 201 });
await call('POST', `/_sandbox/orders/${second.id}/fail`, { body: { failureReason: 'Bank declined' }, expect: 200, key: false });

await call('GET', '/_sandbox/clock', { expect: 200, key: false });
await call('POST', '/_sandbox/clock/advance', { body: { seconds: 31 }, expect: 200, key: false });
await call('POST', '/_sandbox/deposits', { body: { companyId: company.id, amountUsdt: 250 }, expect: 201, key: false });
await call('POST', '/_sandbox/clock/advance', { body: { seconds: 60 }, expect: 200, key: false });
await call('GET', '/wallets/deposits?limit=5', { expect: 200 });
await call('GET', '/_sandbox/deposits', { expect: 200, key: false });

const wallet = await call('POST', '/user-wallets', { body: { externalId: 'prism-user' }, expect: 201 });
await call('GET', `/user-wallets/${wallet.id}`, { expect: 200 });
await call('POST', `/_sandbox/user-wallets/${wallet.id}/deposits`, { body: { amountUsdt: 10 }, expect: 201, key: false });
await call('POST', `/_sandbox/user-wallets/${wallet.id}/block`, { body: { reason: 'Sanctions screening' }, expect: 200, key: false });
await call('GET', '/user-wallets/blocked?limit=5', { expect: 200 });
await call('POST', `/_sandbox/user-wallets/${wallet.id}/unblock`, { expect: 200, key: false });

await call('GET', `/orders/${crypto.randomUUID()}`, { expect: 404 });
await call('GET', '/_sandbox/companies', { expect: 200, key: false });
await call('GET', '/_sandbox/orders?limit=5', { expect: 200, key: false });
await call('GET', '/_sandbox/requests?limit=5', { expect: 200, key: false });
await call('GET', '/_sandbox/webhooks', { expect: 200, key: false });
await call('GET', '/_sandbox/scenario', { expect: 200, key: false });
await call('POST', '/_sandbox/reset', { expect: 204, key: false });

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
