#!/usr/bin/env node
// Regenerates cdktf_openai/generated (the L1 layer) from cdktf_openai/schema/mkdev-openai-1.2.0.schema.json.
//
// Run it through `make bindings`. It uses cdktf's own provider generator
// (@cdktf/provider-generator, pinned to the cdktf version in package-lock.json) the way
// `cdktf get` does for a Python project -- TypeScript from the schema, compiled with jsii,
// turned into Python with jsii-pacmak -- with two differences:
//   * the schema is read from the project's file instead of from `terraform providers schema`
//     (no `terraform init`, no registry, works offline);
//   * the Python module is `cdktf_openai.generated` instead of a top-level `openai`
//     (that name belongs to OpenAI's SDK).
// The output is byte-for-byte reproducible: running this twice leaves `git status` clean.
//
// Usage: node scripts/generate-bindings.js [--out DIR]
//   --out DIR  write the package into DIR/cdktf_openai/generated instead of the project
//              (the tests use it to prove the committed bindings match the schema).
"use strict";

const fs = require("fs");
const path = require("path");
const {
  CodeMaker,
  TerraformProviderGenerator,
  generateJsiiLanguage,
} = require("@cdktf/provider-generator");
const {
  ConstructsMakerProviderTarget,
  Language,
  TerraformProviderConstraint,
} = require("@cdktf/commons");

const ROOT = path.resolve(__dirname, "..");
const SCHEMA_FILE = "cdktf_openai/schema/mkdev-openai-1.2.0.schema.json";
const PROVIDER = "mkdev-me/openai@1.2.0";
const PYTHON_MODULE = "cdktf_openai.generated";
const GENERATOR_VERSION = require("@cdktf/provider-generator/package.json").version;

const HEADER = [
  "# GENERATED FILE -- DO NOT EDIT BY HAND.",
  `# Made by \`make bindings\` (scripts/generate-bindings.js) with @cdktf/provider-generator ${GENERATOR_VERSION}`,
  `# from ${SCHEMA_FILE} (provider ${PROVIDER}).`,
  "",
].join("\n");

const README = `# cdktf_openai.generated

GENERATED -- do not edit. These are the L1 Terraform CDK bindings for the provider
\`${PROVIDER}\`, made by \`make bindings\` (scripts/generate-bindings.js) with
@cdktf/provider-generator ${GENERATOR_VERSION} from \`${SCHEMA_FILE}\`.

To change them, change the schema file (or the generator version in package.json) and run
\`make bindings\`. The hand-written constructs of cdktf_openai build on these classes.
`;

function parseOutRoot(argv) {
  const i = argv.indexOf("--out");
  if (i === -1) return ROOT;
  if (!argv[i + 1]) throw new Error("--out needs a directory");
  return path.resolve(argv[i + 1]);
}

async function main() {
  const outRoot = parseOutRoot(process.argv.slice(2));
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, SCHEMA_FILE), "utf8"));
  const constraint = new TerraformProviderConstraint(PROVIDER);
  const target = new ConstructsMakerProviderTarget(constraint, Language.PYTHON);
  const fqpn = Object.keys(schema.provider_schemas)[0];
  // `cdktf get` adds the provider version it read from `terraform version -json`; the version is
  // what the generated provider class records as its generator metadata.
  schema.provider_versions = { [fqpn]: constraint.version };

  const code = new CodeMaker();
  new TerraformProviderGenerator(code, schema).generate(constraint);

  const staging = fs.mkdtempSync(path.join(require("os").tmpdir(), "cdktf-openai-bindings-"));
  try {
    await generateJsiiLanguage(
      code,
      {
        entrypoint: target.fileName,
        deps: ["@types/node", "constructs", "cdktf"].map((dep) =>
          path.dirname(require.resolve(`${dep}/package.json`)),
        ),
        moduleKey: target.moduleKey,
        exports: {
          ".": {
            import: `./providers/${target.name}/index.js`,
            require: `./providers/${target.name}/lazy-index.js`,
          },
        },
        python: { outdir: staging, moduleName: PYTHON_MODULE },
      },
      staging,
      ["modules/**"],
    );

    const source = path.join(staging, ...PYTHON_MODULE.split("."));
    const destination = path.join(outRoot, ...PYTHON_MODULE.split("."));
    fs.rmSync(destination, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(destination), { recursive: true });
    fs.cpSync(source, destination, { recursive: true });
    postProcess(destination);
    console.log(`bindings for ${PROVIDER} written to ${path.relative(process.cwd(), destination)}/`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

function postProcess(dir) {
  // Same as `cdktf get` for Python: the package root does not import every submodule
  // (users import `cdktf_openai.generated.run` etc.), which keeps import time low.
  const rootInit = path.join(dir, "__init__.py");
  fs.writeFileSync(rootInit, fs.readFileSync(rootInit, "utf8").replace(/from \. import .*\n/g, ""));
  for (const file of walk(dir).filter((f) => f.endsWith(".py"))) {
    fs.writeFileSync(file, HEADER + fs.readFileSync(file, "utf8"));
  }
  fs.writeFileSync(path.join(dir, "README.md"), README);
}

function walk(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
