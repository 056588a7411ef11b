// Would compressing the workspace (CompressionStream, gzip) make it fit in local
// storage? Measures, for 20,000 and 100,000 customers with five years of history by
// six offerings (the shape issue "sales history" adds), the JSON text, its gzip size,
// and what local storage would have to hold (gzip bytes as base64 characters; local
// storage keeps strings, ~5 million characters per site). Run by `make bench`.
const customers = (n) => Array.from({ length: n }, (_, i) => ({
  id: i + 1, name: `Kunde ${String(i + 1).padStart(6, '0')} GmbH`, customer_number: `K-${100000 + i}`,
  industry: `Branche ${i % 17}`, region: ['Nord', 'Süd', 'West', 'Ost'][i % 4],
  revenue: Math.round(5e6 / Math.pow(i + 1, 1.1) * 100) / 100,
  contribution_margin: Math.round(1e6 / (i + 1) * 100) / 100,
}));
const history = (n) => {
  const rows = [];
  for (let c = 1; c <= n; c++) {
    for (let y = 2021; y <= 2025; y++) {
      for (let o = 1; o <= 6; o++) {
        const revenue = Math.round(8e5 / Math.pow(c, 1.05) * (1 + ((c * 7 + y * 3 + o) % 11) / 20) * 100) / 100;
        rows.push({ account: c, period: String(y), offering: o, revenue, margin: Math.round(revenue * 22) / 100 });
      }
    }
  }
  return rows;
};
async function gzipSize(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}
const mb = (b) => (b / 1e6).toFixed(1);
console.log('\n| workspace | JSON | gzip | as base64 in local storage (of ~5 M chars) |\n|---|---:|---:|---:|');
for (const n of [20000, 100000]) {
  for (const withHistory of [false, true]) {
    const text = JSON.stringify({ format: 'keystone-workspace', schema_version: 7, data: { accounts: customers(n), ...(withHistory ? { sales_history: history(n) } : {}) } });
    const gz = await gzipSize(text);
    const chars = Math.ceil(gz / 3) * 4;
    console.log(`| ${n.toLocaleString('en')} customers${withHistory ? ' + 5 years × 6 offerings' : ''} | ${mb(text.length)} MB | ${mb(gz)} MB | ${mb(chars)} M chars (${Math.round(chars / 5e6 * 100)} %) |`);
  }
}
