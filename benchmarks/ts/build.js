#!/usr/bin/env node
// Builds the TypeScript anchor of the benchmarks into a directory (default build/bench-ts/):
//   1. TypeScript bindings for mkdev-me/openai 1.2.0 from cdktf_openai/schema/ with
//      @cdktf/provider-generator -- the same generator and schema as `make bindings`
//      (scripts/generate-bindings.js), which turns them into Python instead;
//   2. benchmarks/ts/app.ts next to them;
//   3. everything transpiled to CommonJS with the project's pinned `typescript` (no type check:
//      the harness checks the app's output against the Python variants instead).
// Nothing of it is committed. Usage: node benchmarks/ts/build.js [OUTDIR]
"use strict";

const fs = require("fs");
const path = require("path");
const ts = require("typescript");
const { CodeMaker, TerraformProviderGenerator } = require("@cdktf/provider-generator");
const { TerraformProviderConstraint } = require("@cdktf/commons");

const ROOT = path.resolve(__dirname, "..", "..");
const SCHEMA_FILE = path.join(ROOT, "cdktf_openai/schema/mkdev-openai-1.2.0.full.schema.json");
const PROVIDER = "mkdev-me/openai@1.2.0";

function walk(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

async function main() {
  const outdir = path.resolve(process.argv[2] || path.join(ROOT, "build", "bench-ts"));
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });

  const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, "utf8"));
  const constraint = new TerraformProviderConstraint(PROVIDER);
  schema.provider_versions = { [Object.keys(schema.provider_schemas)[0]]: constraint.version };
  const code = new CodeMaker();
  new TerraformProviderGenerator(code, schema).generate(constraint);
  await code.save(outdir);
  fs.copyFileSync(path.join(__dirname, "app.ts"), path.join(outdir, "app.ts"));

  const options = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    esModuleInterop: true,
  };
  for (const file of walk(outdir).filter((f) => f.endsWith(".ts"))) {
    const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), {
      compilerOptions: options,
      fileName: file,
    });
    fs.writeFileSync(file.replace(/\.ts$/, ".js"), outputText);
  }
  // node resolves cdktf and constructs from the project's node_modules, above the build dir
  if (!outdir.startsWith(ROOT + path.sep)) {
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(outdir, "node_modules"), "dir");
  }
  console.log(`TypeScript anchor (${PROVIDER} bindings + app) built in ${outdir}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
