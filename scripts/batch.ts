// cdktf-openai's own JavaScript: create many constructs in one jsii call (issue 16).
//
// `make bindings` (scripts/generate-bindings.js, `stageTypeScript`) copies this file into the
// generator's TypeScript as the submodule `batching` of the provider's assembly (not `batch`:
// that is the resource openai_batch), next to the generated classes, and jsii compiles it with
// them: the Python layers get it as `cdktf_openai.generated.batching` (cdktf) and
// `cdktf_openai.generated_cdktn.batching` (cdktn; the script writes `from 'cdktn'` for the
// import of the core below). The Python side, which decides
// what is batched and when a batch is sent, is `cdktf_openai/batching.py`.
//
// Why: every construct created from Python is one jsii round trip (a request to node and its
// answer), and each `.id` read that wires a run to its thread is another. `Batch.create` takes
// the constructors' arguments of many constructs at once and runs the same constructors, in the
// same order, that the jsii kernel would have run one request at a time.
//
// It also runs cdktf's Terraform version check once per stack instead of once per guard
// companion (`Batch.checkTerraformVersionOnce`, issue 14).
import { Construct, IConstruct } from 'constructs';
import * as core from 'cdktf';

const RTTI = Symbol.for("jsii.rtti");

// The children of each scope as last reported to Python (`Batch.children`) or created by
// `Batch.create`: what Python knows, so that `children` only reports what changed since.
const reported = new WeakMap<IConstruct, Set<string>>();

// Classes by jsii fqn (as Python's `__jsii_type__` names them).
const classes = new Map<string, any>();

function classOf(fqn: string): any {
  let found = classes.get(fqn);
  if (found !== undefined) return found;
  const [assembly, ...names] = fqn.split(".");
  const own: string = (Batch as any)[RTTI].fqn.split(".")[0];
  const roots: Record<string, any> = {
    [own]: require('../lazy-index'),
    [(core.TerraformStack as any)[RTTI].fqn.split(".")[0]]: core,
    constructs: { Construct },
  };
  found = names.reduce((namespace, name) => namespace?.[name], roots[assembly]);
  if (typeof found !== "function" || found[RTTI]?.fqn !== fqn) {
    throw new Error(`cdktf-openai batch: no class ${fqn} to create`);
  }
  classes.set(fqn, found);
  return found;
}

// A value of a spec: JSON, where an object with one of these keys stands for
//   {"$o": i}           objects[i], a jsii object passed by reference;
//   {"$b": i}           the construct created by the i-th spec of this batch;
//   {"$g": [v, name]}   the property `name` of the object v (e.g. a resource's `id` token),
//                       read when the spec is created, as Python would have read it;
//   {"$m": {...}}       a map taken literally (a user map whose only key is one of these).
function decode(value: any, objects: any[], made: any[]): any {
  if (Array.isArray(value)) return value.map((item) => decode(item, objects, made));
  if (value === null || typeof value !== "object") return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const inner = value[keys[0]];
    switch (keys[0]) {
      case "$o":
        return objects[inner];
      case "$b":
        return made[inner];
      case "$g":
        return decode(inner[0], objects, made)[inner[1]];
      case "$m":
        return decodeMap(inner, objects, made);
    }
  }
  return decodeMap(value, objects, made);
}

function decodeMap(value: any, objects: any[], made: any[]): any {
  const out: Record<string, any> = {};
  for (const key of Object.keys(value)) out[key] = decode(value[key], objects, made);
  return out;
}

// cdktf's Terraform version check (issue 14). cdktf 0.21 and cdktn 0.24 (lib/terraform-data-
// resource.ts) add `new ValidateTerraformVersion(">=1.4", hint)` to every DataResource
// (`terraform_data`), and the stack runs each one at synthesis: one `terraform version`
// (execSync, about 36 ms) per DataResource, although all of them ask the same question of the
// same binary. Neither core exports the class, so the check is recognised by its class name;
// constructs 10 keeps a node's validations in its private array `_validations` (what
// `node.addValidation` appends to and `node.validate` runs). Both are pinned by
// tests/test_workarounds.py (see cdktf_openai/workarounds.py).
const TERRAFORM_VERSION_CHECK = "ValidateTerraformVersion";

// The stacks where a guard companion holds the check already.
const checkedStacks = new WeakSet<core.TerraformStack>();

function isTerraformVersionCheck(validation: any): boolean {
  return validation?.constructor?.name === TERRAFORM_VERSION_CHECK;
}

/**
 * Creates constructs in batches for cdktf-openai (not for use by others).
 */
export class Batch {
  /**
   * Create the constructs of `specs`, in order, as `new <class>(scope, id[, config])`.
   *
   * @param specs JSON: `{"t": [fqn, ...], "s": [[type index, scope, id, config?], ...]}`, the
   *   scope and config encoded as scripts/batch.ts describes; a spec `[-1, object, name]`
   *   reads the property `name` of the object instead (and makes nothing).
   * @param objects The jsii objects the specs name by `{"$o": i}`.
   * @returns The constructs created, one per spec (null for a read); when a constructor or a
   *   read throws, its message (a string) in that spec's place, and nothing after it.
   */
  public static create(specs: string, objects: any[]): any[] {
    const batch = JSON.parse(specs);
    const made: any[] = [];
    for (const [type, scope, id, config] of batch.s) {
      try {
        if (type === -1) {
          // [-1, object, name]: read a property, for what the read does (cdktf's `fqn`)
          void decode(scope, objects, made)[id];
          made.push(null);
          continue;
        }
        const parent = decode(scope, objects, made);
        const Class = classOf(batch.t[type]);
        const construct =
          config === undefined
            ? new Class(parent, id)
            : new Class(parent, id, decode(config, objects, made));
        // every DataResource in a batch is a guard companion: batching.py is given the library's
        // own constructs only, and guard.py's companion is the one DataResource among them
        if (construct instanceof core.DataResource) Batch.checkTerraformVersionOnce(construct);
        reported.get(parent)?.add(construct.node.id);
        reported.set(construct, new Set());
        made.push(construct);
      } catch (error: any) {
        made.push(String(error?.message ?? error));
        break;
      }
    }
    return made;
  }

  /**
   * What changed among the children of `scope` since the last call (or since `create` made it).
   *
   * @param scope A construct.
   * @param full Report every child, as if never asked before.
   * @returns `"+<id>"` for each child added, `"-<id>"` for each one removed, and first `"!"`
   *   when no child can be added to `scope` any more (it or a scope above it is locked).
   */
  public static children(scope: IConstruct, full: boolean): string[] {
    const now = scope.node.children.map((child) => child.node.id);
    const before = full ? undefined : reported.get(scope);
    const changes = scope.node.locked ? ["!"] : [];
    for (const id of now) if (!before?.has(id)) changes.push(`+${id}`);
    const current = new Set(now);
    for (const id of before ?? []) if (!current.has(id)) changes.push(`-${id}`);
    reported.set(scope, current);
    return changes;
  }

  /**
   * Leave cdktf's Terraform version check of a guard companion to the first one of its stack.
   *
   * The core (cdktf, cdktn) gives every DataResource (`terraform_data`) a check that Terraform
   * is 1.4 or later, which runs `terraform version` at synthesis. The first companion of a
   * stack keeps it, so that a Terraform older than 1.4 still fails the synthesis with the
   * core's own message; the others lose theirs: a stack runs `terraform version` once, not
   * once per companion. `create` does this for each DataResource it makes; the Python side
   * calls it for a companion created without a batch. Nothing is removed when the check is
   * not where the core puts it.
   *
   * @param companion A DataResource just created by cdktf-openai (nothing else added to it).
   */
  public static checkTerraformVersionOnce(companion: core.DataResource): void {
    const validations: unknown = (companion.node as any)._validations;
    if (!Array.isArray(validations) || !validations.some(isTerraformVersionCheck)) return;
    const stack = core.TerraformStack.of(companion);
    if (!checkedStacks.has(stack)) {
      checkedStacks.add(stack);
      return;
    }
    for (let i = validations.length - 1; i >= 0; i--) {
      if (isTerraformVersionCheck(validations[i])) validations.splice(i, 1);
    }
  }

  private constructor() {}
}
