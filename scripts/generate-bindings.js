#!/usr/bin/env node
// Regenerates cdktf_openai/generated (the L1 layer) from cdktf_openai/schema/mkdev-openai-1.2.0.schema.json.
//
// Run it through `make bindings`. It uses cdktf's own provider generator
// (@cdktf/provider-generator, pinned to the cdktf version in package-lock.json) the way
// `cdktf get` does for a Python project -- TypeScript from the schema, compiled with jsii,
// turned into Python with jsii-pacmak -- with three differences:
//   * the schema is read from the project's file instead of from `terraform providers schema`
//     (no `terraform init`, no registry, works offline);
//   * the Python module is `cdktf_openai.generated` instead of a top-level `openai`
//     (that name belongs to OpenAI's SDK);
//   * generator bugs are worked around in the generated TypeScript (TYPESCRIPT_FIXUPS, below),
//     never in the schema, which stays equal to what the provider prints.
// The output is byte-for-byte reproducible: running this twice leaves `git status` clean.
//
// Between the generator and jsii the TypeScript goes through one step of ours,
// `stageTypeScript`: the generator's files are saved, then the fix-ups of TYPESCRIPT_FIXUPS
// (generator bugs we work around without touching the schema) are applied, each one checked
// against the exact shape of the generator's output so that it fails loudly instead of being
// skipped when the generator changes. That step is also where further TypeScript sources for
// the same jsii assembly belong.
//
// Usage: node scripts/generate-bindings.js [--out DIR | --typescript DIR]
//   --out DIR         write the package into DIR/cdktf_openai/generated instead of the project
//                     (the tests use it to prove the committed bindings match the schema);
//   --typescript DIR  only write the TypeScript that jsii would compile (the generator's output
//                     with TYPESCRIPT_FIXUPS applied) into DIR, to read it; nothing is compiled.
// `require`d as a module it runs nothing and exports the fix-up table and its function (tests).
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
const GENERATOR_PACKAGE = "@cdktf/provider-generator";
const GENERATOR_VERSION = require(`${GENERATOR_PACKAGE}/package.json`).version;
const GENERATOR = `${GENERATOR_PACKAGE} ${GENERATOR_VERSION}`;

// Fix-ups of the generated TypeScript, applied by `applyTypeScriptFixups` before jsii compiles it.
// Each entry renames one identifier token in one generated file:
//   file       the file, relative to the generator's output folder;
//   generators the generators ("package version") whose output the entry was checked against;
//              any other generator stops the script: check its output, then add it here (or
//              drop the entry if the generator no longer needs it);
//   from, to   the identifier token and its replacement (whole tokens only: `_imported` does not
//              match `_importedResource`); `to` must not occur in the file before the rename;
//   lines      every line of the file that holds `from`, trimmed, in order, exactly as the
//              generator writes them. Any difference (a line more, less or changed) stops the
//              script, so the fix-up cannot silently miss a use or rename something else.
const TYPESCRIPT_FIXUPS = [
  {
    // openai_model_response has a boolean attribute `imported`. The generator backs every
    // attribute with a private field `_<camelCaseName>`, here `_imported`, but cdktf's
    // TerraformResource has a private `_imported` of its own (the target of `importFrom`), so
    // jsii stops with TS2415 ("Class 'ModelResponse' incorrectly extends base class
    // 'TerraformResource'. Types have separate declarations of a private property
    // '_imported'"). At run time the two would also be one JavaScript property: setting the
    // attribute would make the resource synthesize an `import` block. Renaming the generated
    // field fixes both. Only the private field changes: the config key and the property stay
    // `imported` (Python: `imported`, `imported_input`, `reset_imported()`), and the Terraform
    // JSON/HCL key stays `imported`. (`_imported_resource` becomes `importedResource` /
    // `_importedResource`, which clashes with nothing; it keeps its Terraform key too.)
    file: "providers/openai/model-response/index.ts",
    generators: ["@cdktf/provider-generator 0.21.0"],
    from: "_imported",
    to: "_importedAttribute",
    lines: [
      "this._imported = config.imported;",
      "private _imported?: boolean | cdktf.IResolvable;",
      "this._imported = value;",
      "this._imported = undefined;",
      "return this._imported;",
      "imported: cdktf.booleanToTerraform(this._imported),",
      "value: cdktf.booleanToHclTerraform(this._imported),",
    ],
  },
];

const HEADER = [
  "# GENERATED FILE -- DO NOT EDIT BY HAND.",
  `# Made by \`make bindings\` (scripts/generate-bindings.js) with ${GENERATOR}`,
  `# from ${SCHEMA_FILE} (provider ${PROVIDER}).`,
  "",
].join("\n");

const README = `# cdktf_openai.generated

GENERATED -- do not edit. These are the L1 Terraform CDK bindings for the provider
\`${PROVIDER}\`, made by \`make bindings\` (scripts/generate-bindings.js) with
${GENERATOR} from \`${SCHEMA_FILE}\`.

Before jsii compiles the generator's TypeScript, \`make bindings\` applies the fix-ups of
\`TYPESCRIPT_FIXUPS\` in scripts/generate-bindings.js (generator bugs, worked around there and
not in the schema):

${TYPESCRIPT_FIXUPS.map((f) => `- \`${f.file}\`: private field \`${f.from}\` renamed \`${f.to}\``).join("\n")}

To change them, change the schema file (or the generator version in package.json) and run
\`make bindings\`. The hand-written constructs of cdktf_openai build on these classes.
`;

function option(argv, name) {
  const i = argv.indexOf(name);
  if (i === -1) return undefined;
  if (!argv[i + 1]) throw new Error(`${name} needs a directory`);
  return path.resolve(argv[i + 1]);
}

// The generator's TypeScript for the schema file, as a CodeMaker (nothing written yet).
function generateTypeScript(constraint) {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, SCHEMA_FILE), "utf8"));
  const fqpn = Object.keys(schema.provider_schemas)[0];
  // `cdktf get` adds the provider version it read from `terraform version -json`; the version is
  // what the generated provider class records as its generator metadata.
  schema.provider_versions = { [fqpn]: constraint.version };
  const code = new CodeMaker();
  new TerraformProviderGenerator(code, schema).generate(constraint);
  return code;
}

async function main() {
  const argv = process.argv.slice(2);
  const constraint = new TerraformProviderConstraint(PROVIDER);
  const target = new ConstructsMakerProviderTarget(constraint, Language.PYTHON);
  const code = generateTypeScript(constraint);

  const typescriptDir = option(argv, "--typescript");
  if (typescriptDir) {
    await stageTypeScript(code).save(typescriptDir);
    console.log(`TypeScript for ${PROVIDER} written to ${typescriptDir}/`);
    return;
  }
  const outRoot = option(argv, "--out") ?? ROOT;

  const staging = fs.mkdtempSync(path.join(require("os").tmpdir(), "cdktf-openai-bindings-"));
  try {
    await generateJsiiLanguage(
      stageTypeScript(code),
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

// What `generateJsiiLanguage` saves into its jsii project: the generator's TypeScript with
// TYPESCRIPT_FIXUPS applied. (`generateJsiiLanguage` calls only `save` on it.)
function stageTypeScript(code) {
  return {
    async save(dir) {
      const saved = await code.save(dir);
      applyTypeScriptFixups(dir, TYPESCRIPT_FIXUPS);
      return saved;
    },
  };
}

function applyTypeScriptFixups(dir, fixups) {
  for (const fixup of fixups) {
    const where = `TYPESCRIPT_FIXUPS (${fixup.file}, ${fixup.from} -> ${fixup.to})`;
    if (!fixup.generators.includes(GENERATOR)) {
      throw new Error(
        `${where}: written for ${fixup.generators.join(", ")}, not checked against ${GENERATOR}. ` +
          "Look at what this generator emits, then list it in `generators` or drop the fix-up.",
      );
    }
    const file = path.join(dir, fixup.file);
    if (!fs.existsSync(file)) throw new Error(`${where}: the generator wrote no ${fixup.file}`);
    const text = fs.readFileSync(file, "utf8");
    const token = (name) => new RegExp(`(?<![\\w$])${name.replace(/[$]/g, "\\$&")}(?![\\w$])`, "g");
    if (token(fixup.to).test(text)) throw new Error(`${where}: ${fixup.to} is already in the file`);
    const found = text
      .split("\n")
      .filter((line) => token(fixup.from).test(line))
      .map((line) => line.trim());
    if (JSON.stringify(found) !== JSON.stringify(fixup.lines)) {
      throw new Error(
        `${where}: the generator's output no longer has the expected shape.\n` +
          `expected the lines holding ${fixup.from} to be:\n  ${fixup.lines.join("\n  ")}\n` +
          `found:\n  ${found.join("\n  ")}`,
      );
    }
    fs.writeFileSync(file, text.replace(token(fixup.from), fixup.to));
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

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
} else {
  module.exports = { TYPESCRIPT_FIXUPS, applyTypeScriptFixups, GENERATOR };
}
