#!/usr/bin/env node
// Regenerates the L1 layers from cdktf_openai/schema/mkdev-openai-1.2.0.full.schema.json, one per
// core (the CDK library the generated classes extend):
//   --core cdktf  cdktf_openai/generated        with @cdktf/provider-generator, from the npm tree
//                                                of package.json (the repository root)
//   --core cdktn  cdktf_openai/generated_cdktn  with @cdktn/provider-generator (CDK Terrain),
//                                                from the npm tree of tools/cdktn/package.json
// Without --core it makes both, cdktf first; `make bindings` runs it once per core.
//
// Run it through `make bindings`. It uses each core's own provider generator (pinned, with its
// jsii and jsii-pacmak, in that core's package-lock.json) the way `cdktf get` / `cdktn get` do
// for a Python project -- TypeScript from the schema, compiled with jsii, turned into Python
// with jsii-pacmak -- with these differences:
//   * the schema is read from the project's file instead of from `terraform providers schema`
//     (no `terraform init`, no registry, works offline);
//   * the Python module is `cdktf_openai.generated` / `cdktf_openai.generated_cdktn` instead of
//     a top-level `openai` (that name belongs to OpenAI's SDK);
//   * the cdktn layer's jsii assembly has a name of its own (CORES, `moduleKey`), so that the
//     two layers never share one assembly in a process;
//   * generator bugs are worked around in the generated TypeScript (TYPESCRIPT_FIXUPS, below),
//     never in the schema, which stays equal to what the provider prints.
// The output is byte-for-byte reproducible: running this twice leaves `git status` clean.
//
// Each core's packages are loaded with `createRequire` from that core's own npm tree: the two
// trees cannot be one (cdktn-cli 0.24 wants constructs >= 10.6 and jsii ~5.9, while the cdktf
// layer is pinned to what cdktf 0.21's toolchain, constructs 10.4.2 and jsii 5.8.9, makes).
//
// Between the generator and jsii the TypeScript goes through one step of ours,
// `stageTypeScript`: the generator's files are saved, then the fix-ups of TYPESCRIPT_FIXUPS
// (generator bugs we work around without touching the schema) are applied, each one checked
// against the exact shape of the generator's output so that it fails loudly instead of being
// skipped when the generator changes. Then our own TypeScript is added to the same jsii
// assembly: scripts/batch.ts becomes the submodule `batching` of the provider (`addBatch`), which
// creates many constructs in one jsii call (cdktf_openai/batching.py is its Python side).
//
// After the layers, it writes `cdktf_openai/l1` (L1_PACKAGE, `writeL1`): one small Python module
// per submodule of the layers (`l1/project.py`, `l1/data_openai_messages.py`, ...), each
// re-exporting that submodule of the core in use. They are files rather than an import hook so
// that mypy and IDEs follow `from cdktf_openai.l1.project import Project` like any import, and
// importing one loads only its own submodule of the layer.
//
// Usage: node scripts/generate-bindings.js [--core cdktf|cdktn] [--out DIR | --typescript DIR]
//   --core CORE       make only that core's layer (default: both);
//   --out DIR         write the packages into DIR/cdktf_openai/generated{,_cdktn} instead of the
//                     project (the tests use it to prove the committed bindings match the schema);
//   --typescript DIR  only write the TypeScript that jsii would compile (the generator's output
//                     with TYPESCRIPT_FIXUPS applied) into DIR, to read it; nothing is compiled.
//                     Needs --core.
// `require`d as a module it runs nothing and exports the fix-up table and its functions (tests).
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { createRequire } = require("module");

const ROOT = path.resolve(__dirname, "..");
const SCHEMA_FILE = "cdktf_openai/schema/mkdev-openai-1.2.0.full.schema.json";
const PROVIDER = "mkdev-me/openai@1.2.0";

// The cores, each with its npm tree (the folder of its package.json and package-lock.json),
// its generator's npm scope, and where its layer goes.
//   lib        the core's npm package and Python module, and the namespace the generated
//              TypeScript imports it as (`import * as cdktf from 'cdktf';`);
//   moduleKey  the jsii assembly name (and npm name) of the layer. The cdktf layer keeps the
//              generator's own (`mkdev-me_openai`, from the provider's name). The cdktn layer
//              must not have the same one: jsii's kernel loads an assembly once per name, so a
//              process that imported one layer would back the other layer's classes with the
//              first one's JavaScript classes, which extend the other core -- silently. The name
//              is not in the synthesized JSON.
const CORES = {
  cdktf: {
    lib: "cdktf",
    scope: "@cdktf",
    tree: ".",
    module: "cdktf_openai.generated",
    moduleKey: undefined,
  },
  cdktn: {
    lib: "cdktn",
    scope: "@cdktn",
    tree: "tools/cdktn",
    module: "cdktf_openai.generated_cdktn",
    moduleKey: "mkdev-me_openai_cdktn",
  },
};

// A core with its tree's `require` and its generator's name ("package version"). The generator
// packages themselves are only loaded by `load` (requiring @cdktf/commons or @cdktn/commons runs
// `terraform version`).
function core(name) {
  const config = CORES[name];
  if (!config) throw new Error(`--core must be one of ${Object.keys(CORES).join(", ")}, got ${name}`);
  const treeRequire = createRequire(path.join(ROOT, config.tree, "package.json"));
  const generatorPackage = `${config.scope}/provider-generator`;
  let version;
  try {
    version = treeRequire(`${generatorPackage}/package.json`).version;
  } catch (error) {
    const install = config.tree === "." ? "npm ci" : `npm ci --prefix ${config.tree}`;
    throw new Error(`${generatorPackage} is not installed in ${config.tree}/node_modules: ` +
      `run \`make setup\` (${install})\n${error.message}`);
  }
  return {
    name,
    ...config,
    require: treeRequire,
    generator: `${generatorPackage} ${version}`,
    load() {
      return {
        ...treeRequire(generatorPackage), // CodeMaker, TerraformProviderGenerator, generateJsiiLanguage
        ...treeRequire(`${config.scope}/commons`), // ConstructsMakerProviderTarget, Language, ...
      };
    },
  };
}

// Fix-ups of the generated TypeScript, applied by `applyTypeScriptFixups` before jsii compiles it.
// Each entry renames one identifier token in one generated file:
//   file       the file, relative to the generator's output folder;
//   generators the generators ("package version") whose output the entry was checked against;
//              any other generator stops the script: check its output, then add it here (or
//              drop the entry if the generator no longer needs it);
//   from, to   the identifier token and its replacement (whole tokens only: `_imported` does not
//              match `_importedResource`); `to` must not occur in the file before the rename;
//   lines      every line of the file that holds `from`, trimmed, in order, exactly as the
//              generator writes them, with `<core>` for the namespace of the core's library
//              (`cdktf` or `cdktn`; `fixupsFor` fills it in). Any difference (a line more, less
//              or changed) stops the script, so the fix-up cannot silently miss a use or rename
//              something else.
const CORE_NAMESPACE = "<core>";
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
    // cdktn's TerraformResource has the same private `_imported`, and its generator writes the
    // same lines, with `cdktn.` for `cdktf.`.
    file: "providers/openai/model-response/index.ts",
    generators: ["@cdktf/provider-generator 0.21.0", "@cdktn/provider-generator 0.24.0"],
    from: "_imported",
    to: "_importedAttribute",
    lines: [
      "this._imported = config.imported;",
      "private _imported?: boolean | <core>.IResolvable;",
      "this._imported = value;",
      "this._imported = undefined;",
      "return this._imported;",
      "imported: <core>.booleanToTerraform(this._imported),",
      "value: <core>.booleanToHclTerraform(this._imported),",
    ],
  },
  {
    // openai_chat_completion has a boolean attribute `imported` too: the same clash with
    // TerraformResource's private `_imported` (TS2415), the same lines, the same rename.
    file: "providers/openai/chat-completion/index.ts",
    generators: ["@cdktf/provider-generator 0.21.0", "@cdktn/provider-generator 0.24.0"],
    from: "_imported",
    to: "_importedAttribute",
    lines: [
      "this._imported = config.imported;",
      "private _imported?: boolean | <core>.IResolvable;",
      "this._imported = value;",
      "this._imported = undefined;",
      "return this._imported;",
      "imported: <core>.booleanToTerraform(this._imported),",
      "value: <core>.booleanToHclTerraform(this._imported),",
    ],
  },
];

// Our own TypeScript in the assembly: BATCH_SOURCE, written as the submodule BATCH_MODULE of the
// provider (next to `assistant`, `run`, ...). It imports the core as BATCH_CORE_IMPORT says, which
// becomes the core's own module (`cdktn` for the cdktn layer).
const BATCH_SOURCE = "scripts/batch.ts";
const BATCH_MODULE = "batching";
const BATCH_CORE_IMPORT = "import * as core from 'cdktf';";

// The table with `<core>` replaced by the core's namespace (`lib`) in the expected lines.
function fixupsFor(lib, fixups = TYPESCRIPT_FIXUPS) {
  return fixups.map((fixup) => ({
    ...fixup,
    lines: fixup.lines.map((line) => line.split(CORE_NAMESPACE).join(lib)),
  }));
}

function header(c) {
  return [
    "# GENERATED FILE -- DO NOT EDIT BY HAND.",
    `# Made by \`make bindings\` (scripts/generate-bindings.js) with ${c.generator}`,
    `# from ${SCHEMA_FILE} (provider ${PROVIDER}).`,
    "",
  ].join("\n");
}

function readme(c) {
  const fixups = TYPESCRIPT_FIXUPS.map(
    (f) => `- \`${f.file}\`: private field \`${f.from}\` renamed \`${f.to}\``,
  ).join("\n");
  // The cdktf layer's README is what it was before the cdktn layer existed, byte for byte.
  const [twin, change] =
    c.name === "cdktn"
      ? [
          `
They are the CDK Terrain (\`cdktn\`) twin of cdktf_openai.generated: the same schema and
fix-ups, with cdktn's generator and the jsii toolchain pinned in \`tools/cdktn/package.json\`
(and its \`package-lock.json\`). They import \`cdktn\`, never \`cdktf\`. Their jsii assembly
is \`${c.moduleKey}\`, not cdktf_openai.generated's \`mkdev-me_openai\`: with one name, a
process that loaded both layers would silently back the second layer's classes with the first
one's JavaScript classes (those of the other core). The name is not in the Terraform JSON.
`,
          "To change them, change the schema file (or the generator version in\n" +
            "tools/cdktn/package.json) and run `make bindings`. The hand-written constructs of\n" +
            "cdktf_openai build on these classes.",
        ]
      : [
          "",
          "To change them, change the schema file (or the generator version in package.json) and run\n" +
            "`make bindings`. The hand-written constructs of cdktf_openai build on these classes.",
        ];
  return `# ${c.module}

GENERATED -- do not edit. These are the L1 Terraform CDK bindings for the provider
\`${PROVIDER}\`, made by \`make bindings\` (scripts/generate-bindings.js) with
${c.generator} from \`${SCHEMA_FILE}\`.
${twin}
Before jsii compiles the generator's TypeScript, \`make bindings\` applies the fix-ups of
\`TYPESCRIPT_FIXUPS\` in scripts/generate-bindings.js (generator bugs, worked around there and
not in the schema):

${fixups}

One submodule is not the generator's: \`${BATCH_MODULE}\` is cdktf-openai's own TypeScript
(\`${BATCH_SOURCE}\`), compiled into the same assembly, which creates many constructs in one
jsii call (its Python side is cdktf_openai/batching.py).

${change}
`;
}

function option(argv, name) {
  const i = argv.indexOf(name);
  if (i === -1) return undefined;
  if (!argv[i + 1] || argv[i + 1].startsWith("--")) throw new Error(`${name} needs a value`);
  return argv[i + 1];
}

// The generator's TypeScript for the schema file, as a CodeMaker (nothing written yet).
function generateTypeScript(lib, constraint) {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, SCHEMA_FILE), "utf8"));
  const fqpn = Object.keys(schema.provider_schemas)[0];
  // `cdktf get` adds the provider version it read from `terraform version -json`; the version is
  // what the generated provider class records as its generator metadata.
  schema.provider_versions = { [fqpn]: constraint.version };
  const code = new lib.CodeMaker();
  new lib.TerraformProviderGenerator(code, schema).generate(constraint);
  return code;
}

async function generate(c, { outRoot, typescriptDir }) {
  const lib = c.load();
  const constraint = new lib.TerraformProviderConstraint(PROVIDER);
  const target = new lib.ConstructsMakerProviderTarget(constraint, lib.Language.PYTHON);
  const code = generateTypeScript(lib, constraint);

  const stage = stageTypeScript(c, code, `providers/${target.name}`);
  if (typescriptDir) {
    await stage.save(typescriptDir);
    console.log(`TypeScript for ${PROVIDER} (${c.generator}) written to ${typescriptDir}/`);
    return;
  }

  const staging = fs.mkdtempSync(path.join(os.tmpdir(), `cdktf-openai-bindings-${c.name}-`));
  try {
    await lib.generateJsiiLanguage(
      stage,
      {
        entrypoint: target.fileName,
        deps: ["@types/node", "constructs", c.lib].map((dep) =>
          path.dirname(c.require.resolve(`${dep}/package.json`)),
        ),
        moduleKey: c.moduleKey ?? target.moduleKey,
        exports: {
          ".": {
            import: `./providers/${target.name}/index.js`,
            require: `./providers/${target.name}/lazy-index.js`,
          },
        },
        python: { outdir: staging, moduleName: c.module },
      },
      staging,
      ["modules/**"],
    );

    const source = path.join(staging, ...c.module.split("."));
    const destination = path.join(outRoot, ...c.module.split("."));
    fs.rmSync(destination, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(destination), { recursive: true });
    fs.cpSync(source, destination, { recursive: true });
    postProcess(c, destination);
    console.log(
      `bindings for ${PROVIDER} (${c.generator}) written to ${path.relative(process.cwd(), destination)}/`,
    );
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const known = new Set(["--core", "--out", "--typescript"]);
  for (let i = 0; i < argv.length; i += 2) {
    if (!known.has(argv[i])) throw new Error(`unknown argument ${argv[i]} (see the script's header)`);
  }
  const only = option(argv, "--core");
  const typescriptDir = option(argv, "--typescript");
  const out = option(argv, "--out");
  if (typescriptDir && !only) throw new Error("--typescript needs --core cdktf or --core cdktn");
  if (typescriptDir && out) throw new Error("--typescript and --out exclude each other");
  const cores = (only ? [only] : Object.keys(CORES)).map(core); // checks every tree first
  const outRoot = out ? path.resolve(out) : ROOT;
  for (const c of cores) {
    await generate(c, { outRoot, typescriptDir: typescriptDir && path.resolve(typescriptDir) });
  }
  if (!typescriptDir) writeL1(outRoot, cores);
}

// cdktf_openai.l1: the generated layer of the core in use, one module per submodule of the
// layers, under the same name (the names of cdktf's prebuilt providers: `project`,
// `data_openai_messages`, ...). Each module imports its submodule from one layer or the other,
// as cdktf_openai.core chose; nothing else, so importing `cdktf_openai.l1.run` loads the run
// module of one layer and no other. The folder is rewritten whole: a type that left the schema
// leaves no module behind.
const L1_PACKAGE = "cdktf_openai.l1";

function submodules(outRoot, c) {
  const dir = path.join(outRoot, ...c.module.split("."));
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== "_jsii" && !e.name.startsWith("__"))
    .map((e) => e.name)
    .sort();
}

function writeL1(outRoot, cores) {
  // both layers have the same submodules (checked when both were made in this run)
  const [names, ...others] = cores.map((c) => submodules(outRoot, c));
  for (const other of others) {
    if (JSON.stringify(other) !== JSON.stringify(names)) {
      throw new Error(`the layers' submodules differ:\n  ${names.join(" ")}\n  ${other.join(" ")}`);
    }
  }
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, SCHEMA_FILE), "utf8"));
  const entry = Object.values(schema.provider_schemas)[0];
  const kinds = new Map([["provider", "The provider block (``OpenaiProvider``)"]]);
  kinds.set(BATCH_MODULE, `Our own \`\`Batch\`\` (${BATCH_SOURCE}, see :mod:\`cdktf_openai.batching\`)`);
  for (const type of Object.keys(entry.resource_schemas)) {
    kinds.set(type.replace(/^openai_/, ""), `The resource \`\`${type}\`\``);
  }
  for (const type of Object.keys(entry.data_source_schemas)) {
    kinds.set(`data_${type}`, `The data source \`\`${type}\`\``);
  }
  const layers = Object.values(CORES).map((c) => c.module);
  const generatedHeader = [
    "# GENERATED FILE -- DO NOT EDIT BY HAND.",
    "# Made by `make bindings` (scripts/generate-bindings.js), one module per submodule of",
    `# ${layers.join(" and ")}.`,
  ].join("\n");
  const dir = path.join(outRoot, ...L1_PACKAGE.split("."));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const name of names) {
    if (!kinds.has(name)) throw new Error(`no resource or data source of the schema is ${name}`);
    const [cdktf, cdktn] = [CORES.cdktf.module, CORES.cdktn.module].map((m) => `${m}.${name}`);
    fs.writeFileSync(
      path.join(dir, `${name}.py`),
      `${generatedHeader}
"""${kinds.get(name)}, for the core in use.

It is \`\`${cdktf}\`\` on cdktf and
\`\`${cdktn}\`\` on cdktn
(see :mod:\`${L1_PACKAGE}\`).
"""

from cdktf_openai.core import CDKTF_OPENAI_CDKTN

if CDKTF_OPENAI_CDKTN:
    from ${cdktn} import *  # noqa: F403
else:
    from ${cdktf} import *  # noqa: F403
`,
    );
  }
  const resources = names.filter((n) => kinds.get(n).startsWith("The resource")).length;
  const dataSources = names.filter((n) => n.startsWith("data_")).length;
  fs.writeFileSync(
    path.join(dir, "__init__.py"),
    `${generatedHeader}
"""The generated L1 layer of the core in use, chosen by :mod:\`cdktf_openai.core\`.

\`\`cdktf_openai.generated\`\` for cdktf, \`\`cdktf_openai.generated_cdktn\`\` for CDK Terrain. One
module per type of the provider (${resources} resources, ${dataSources} data sources) and the provider
block, named as in cdktf's prebuilt providers: the resource \`\`openai_project\`\` is
\`\`cdktf_openai.l1.project.Project\`\`, the data source \`\`openai_messages\`\` is
\`\`cdktf_openai.l1.data_openai_messages.DataOpenaiMessages\`\`, the provider is
\`\`cdktf_openai.l1.provider.OpenaiProvider\`\`. Importing a module loads that module of one layer
only. The L2 constructs and the policies import the generated classes from here, never from one
core's package.
"""
`,
  );
}

// What `generateJsiiLanguage` saves into its jsii project: the generator's TypeScript with
// TYPESCRIPT_FIXUPS applied, and our `batching` submodule in the provider's folder `providerDir`.
// (`generateJsiiLanguage` calls only `save` on it.)
function stageTypeScript(c, code, providerDir) {
  return {
    async save(dir) {
      const saved = await code.save(dir);
      applyTypeScriptFixups(dir, fixupsFor(c.lib), c.generator);
      addBatch(path.join(dir, providerDir), c.lib);
      return saved;
    },
  };
}

// Adds scripts/batch.ts to the provider's TypeScript in `providerDir` as the submodule `batching`,
// importing the core `lib`, and exports it from the provider's index files (the jsii entry
// point, `index.ts`, and the `lazy-index.ts` that node loads), as the generator does for each
// resource.
function addBatch(providerDir, lib) {
  const source = fs.readFileSync(path.join(ROOT, BATCH_SOURCE), "utf8");
  if (source.split(BATCH_CORE_IMPORT).length !== 2) {
    throw new Error(`${BATCH_SOURCE} must have the line ${BATCH_CORE_IMPORT} once`);
  }
  const folder = path.join(providerDir, BATCH_MODULE);
  if (fs.existsSync(folder)) {
    throw new Error(`the generator wrote a submodule ${BATCH_MODULE} of its own (${folder})`);
  }
  fs.mkdirSync(folder);
  fs.writeFileSync(
    path.join(folder, "index.ts"),
    source.replace(BATCH_CORE_IMPORT, BATCH_CORE_IMPORT.replace("'cdktf'", `'${lib}'`)),
  );
  const exports = {
    "index.ts": `export * as ${BATCH_MODULE} from './${BATCH_MODULE}';\n`,
    "lazy-index.ts":
      `Object.defineProperty(exports, '${BATCH_MODULE}', ` +
      `{ get: function () { return require('./${BATCH_MODULE}'); } });\n`,
  };
  for (const [file, line] of Object.entries(exports)) {
    const index = path.join(providerDir, file);
    if (!fs.existsSync(index)) throw new Error(`the generator wrote no ${index}`);
    fs.appendFileSync(index, line);
  }
}

// Applies `fixups` (the table with the namespace filled in, see `fixupsFor`) to the output of
// `generator` ("package version") in `dir`.
function applyTypeScriptFixups(dir, fixups, generator) {
  for (const fixup of fixups) {
    const where = `TYPESCRIPT_FIXUPS (${fixup.file}, ${fixup.from} -> ${fixup.to})`;
    if (!fixup.generators.includes(generator)) {
      throw new Error(
        `${where}: written for ${fixup.generators.join(", ")}, not checked against ${generator}. ` +
          "Look at what this generator emits, then list it in `generators` or drop the fix-up.",
      );
    }
    if (fixup.lines.some((line) => line.includes(CORE_NAMESPACE))) {
      throw new Error(`${where}: ${CORE_NAMESPACE} in the expected lines (use fixupsFor)`);
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

function postProcess(c, dir) {
  // Same as `cdktf get` for Python: the package root does not import every submodule
  // (users import `cdktf_openai.generated.run` etc.), which keeps import time low.
  const rootInit = path.join(dir, "__init__.py");
  fs.writeFileSync(rootInit, fs.readFileSync(rootInit, "utf8").replace(/from \. import .*\n/g, ""));
  for (const file of walk(dir).filter((f) => f.endsWith(".py"))) {
    fs.writeFileSync(file, header(c) + fs.readFileSync(file, "utf8"));
  }
  fs.writeFileSync(path.join(dir, "README.md"), readme(c));
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
  // For the tests: the table, `fixupsFor`, `applyTypeScriptFixups`, and each core's generator
  // and layer (without loading the generators).
  const generators = Object.fromEntries(
    Object.keys(CORES).map((name) => {
      const c = core(name);
      return [name, { generator: c.generator, module: c.module }];
    }),
  );
  module.exports = { TYPESCRIPT_FIXUPS, CORES: generators, fixupsFor, applyTypeScriptFixups };
}
