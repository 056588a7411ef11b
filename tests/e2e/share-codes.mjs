// Result and invitation codes written in JavaScript from docs/file-format.md ("Links"),
// independent of the Rust code that reads them: uncompressed, version 1.
import { Buffer } from 'node:buffer';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function varint(n, out) {
  do { let b = n % 128; n = Math.floor(n / 128); out.push(n ? b | 128 : b); } while (n);
}
function text(s, out) {
  const bytes = Buffer.from(s, 'utf8');
  varint(bytes.length, out);
  out.push(...bytes);
}
function day(iso, out) {
  const days = Math.round((Date.parse(iso) - Date.parse('2000-01-01')) / 86400000);
  varint(days >= 0 ? days * 2 : -days * 2 - 1, out);
}
function seal(body, invitation) {
  const bytes = [(1 << 4) | (invitation ? 2 : 0), ...body];
  const crc = crc32(bytes);
  bytes.push(crc & 255, (crc >>> 8) & 255, (crc >>> 16) & 255, (crc >>> 24) & 255);
  return Buffer.from(bytes).toString('base64url');
}

// levels: twelve numbers 0-5 (0: not answered), in thesis order.
export function resultCode({ levels, date = '2026-11-20', respondent = '', workshop = '' }) {
  let packed = 0n;
  levels.forEach((l, i) => { packed |= BigInt(l) << BigInt(3 * i); });
  const body = [];
  for (let i = 0; i < 5; i++) body.push(Number((packed >> BigInt(8 * i)) & 255n));
  day(date, body);
  text(respondent, body);
  text(workshop, body);
  varint(0, body); // no comments
  return seal(body, false);
}

export function invitationCode({ workshop, lang = 'en', deadline = null }) {
  const body = [];
  text(workshop, body);
  text(lang, body);
  if (deadline) { body.push(1); day(deadline, body); } else body.push(0);
  return seal(body, true);
}
