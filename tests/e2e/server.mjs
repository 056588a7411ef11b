// A minimal static file server for dist/, like any plain web host: it knows only the
// files, so every page must work behind the '#'.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};

// With `gzip`, answers compressed when the browser accepts it (for the benchmark).
// With `prefix` (e.g. '/tools/keystone/'), the site is served from that sub-path only.
export function serve(root, { gzip = false, prefix = '/' } = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404).end('not found'); return; }
    let file = path.join(root, decodeURIComponent(url.pathname.slice(prefix.length - 1)));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404).end('not found'); return; }
      const type = TYPES[path.extname(file)] || 'application/octet-stream';
      if (gzip && /gzip/.test(req.headers['accept-encoding'] || '')) {
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
        res.end(zlib.gzipSync(body, { level: 9 }));
        return;
      }
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}${prefix}` }));
  });
}
