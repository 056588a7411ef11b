// The published JSON Schema agrees with what the app writes: every fixture of the
// current schema version and the sample workspace's export validate against
// public/keystone-workspace.schema.json with ajv (draft 2020-12, formats checked).
// The sample's export is written by `cargo test --test schema` (tests/schema.rs) to
// target/sample-export.json; `make test-host` runs cargo test first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (p) => JSON.parse(fs.readFileSync(path.join(root, p), 'utf8'));
const schema = read('public/keystone-workspace.schema.json');

// The version the app writes, from the code (not from the schema under test).
const envelope = fs.readFileSync(path.join(root, 'src/persist/envelope.rs'), 'utf8');
const CURRENT = Number(envelope.match(/pub const SCHEMA_VERSION: u64 = (\d+);/)[1]);

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function problems(doc) {
  if (validate(doc)) return [];
  return validate.errors.map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

const fixtures = fs
  .readdirSync(path.join(root, 'tests/fixtures'))
  .filter((f) => /^workspace-.*\.json$/.test(f))
  .map((f) => [f, read(`tests/fixtures/${f}`)]);

test('the schema is for the version the app writes', () => {
  assert.equal(schema.properties.schema_version.maximum, CURRENT);
  assert.match(schema.title, new RegExp(`schema version ${CURRENT}\\)$`));
});

test('every fixture of the current version validates against the schema', () => {
  const current = fixtures.filter(([, doc]) => doc.schema_version === CURRENT);
  assert.ok(current.length > 0, `no fixture of version ${CURRENT} in tests/fixtures`);
  for (const [name, doc] of current) {
    assert.deepEqual(problems(doc), [], `${name} does not validate`);
  }
});

// The schema describes the current version; an older file only lacks later fields
// (every field it has kept its meaning), so the older fixtures validate too.
test('the fixtures of older versions validate against the schema as well', () => {
  const older = fixtures.filter(([, doc]) => doc.schema_version < CURRENT);
  assert.ok(older.length >= CURRENT - 1, 'a fixture of every older version');
  for (const [name, doc] of older) {
    assert.deepEqual(problems(doc), [], `${name} does not validate`);
  }
});

test("the sample workspace's export validates against the schema", () => {
  const file = path.join(root, 'target/sample-export.json');
  assert.ok(
    fs.existsSync(file),
    `${file} is missing: run \`cargo test --test schema\` first (make test-host does)`,
  );
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(doc.schema_version, CURRENT);
  assert.deepEqual(problems(doc), [], 'the sample export does not validate');
});

test('the validator refuses what the app refuses', () => {
  const [, doc] = fixtures.find(([name]) => name === 'workspace-unknown-fields.json');
  const bad = structuredClone(doc);
  bad.data.value_model.scope = 'ab';
  assert.ok(problems(bad).some((p) => p.startsWith('/data/value_model/scope')));
  const badSource = structuredClone(doc);
  badSource.data.value_model.criteria[0].source = 'turnover';
  assert.ok(problems(badSource).some((p) => p.startsWith('/data/value_model/criteria/0/source')));
  const badDate = structuredClone(doc);
  badDate.exported_at = 'yesterday';
  assert.ok(problems(badDate).some((p) => p.startsWith('/exported_at')));
  // Unknown fields are allowed everywhere: the app keeps them.
  assert.deepEqual(problems(doc), []);
});
