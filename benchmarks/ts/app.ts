// The TypeScript anchor: the `l1` workload of benchmarks/workloads.py in TypeScript cdktf, with
// bindings generated from the same schema by the same generator (benchmarks/ts/build.js compiles
// this file next to them, into build/bench-ts/). The harness checks that its cdk.tf.json equals
// the Python variants'.
//
// Usage: node build/bench-ts/app.js N OUTDIR   -> prints `BENCH_RESULT {...}` like benchmarks/worker.py
/* eslint-disable @typescript-eslint/no-var-requires */
const importStarted = performance.now();
const { App, DataResource, TerraformStack } = require("cdktf");
const { OpenaiProvider } = require("./providers/openai/provider");
const { Assistant } = require("./providers/openai/assistant");
const { Thread } = require("./providers/openai/thread");
const { Run } = require("./providers/openai/run");
const fs = require("fs");
const imported = performance.now();

// The same texts as benchmarks/workloads.py.
const MODEL = "gpt-4o";
const LANGUAGE = "python";
const FOCUS = "Focus on SQL injection and suggest secure alternatives.";
const TEMPERATURE = 0.2;
const REVIEWER_NAME = "Code reviewer";
const REVIEWER_INSTRUCTIONS =
  "You are an expert code reviewer. Analyze code for bugs, security issues, performance " +
  "problems and readability, and suggest concrete improvements. Be constructive and " +
  "educational in your feedback.";

function codeOf(i: number): string {
  return `def handler_${i}(user_id):\n    return db.execute(f'SELECT * FROM t${i} WHERE id={user_id}')\n`;
}

function messageOf(i: number): string {
  return `Please review this ${LANGUAGE} code:\n\n\`\`\`${LANGUAGE}\n${codeOf(i)}\`\`\``;
}

function main(argv: string[]): void {
  const n = Number(argv[0]);
  const outdir = argv[1];
  fs.mkdirSync(outdir, { recursive: true });
  const started = performance.now();
  // BENCH_SKIP_VALIDATION=1: skip cdktf's validations, as benchmarks/worker.py does
  const app = new App({ outdir, skipValidation: process.env.BENCH_SKIP_VALIDATION === "1" });
  const stack = new TerraformStack(app, "bench");
  new OpenaiProvider(stack, "openai");
  for (let i = 0; i < n; i++) {
    const assistant = new Assistant(stack, `assistant_${i}`, {
      model: MODEL,
      name: REVIEWER_NAME,
      instructions: REVIEWER_INSTRUCTIONS,
      tools: [{ type: "code_interpreter" }],
    });
    const thread = new Thread(stack, `thread_${i}`, {
      messages: [{ role: "user", content: messageOf(i) }],
    });
    // what the Thread L2 adds: a companion whose change replaces the thread (guard.py)
    const guard = new DataResource(thread, "replace_on_change", {
      input: { messages: JSON.stringify([{ content: messageOf(i), file_ids: [], role: "user" }]) },
    });
    thread.lifecycle = { replaceTriggeredBy: [`terraform_data.${guard.friendlyUniqueId}`] };
    new Run(stack, `run_${i}`, {
      threadId: thread.id,
      assistantId: assistant.id,
      instructions: FOCUS,
      temperature: TEMPERATURE,
      lifecycle: { replaceTriggeredBy: [`openai_assistant.assistant_${i}`] },
    });
  }
  const built = performance.now();
  app.synth();
  const synthesized = performance.now();
  const result = {
    variant: "ts",
    n,
    import_s: (imported - importStarted) / 1000,
    build_s: (built - started) / 1000,
    synth_s: (synthesized - built) / 1000,
    in_process_s: synthesized / 1000, // performance.now() counts from the process start
    python_rss_kib: 0,
    node_rss_kib: ownPeakRssKib(),
  };
  console.log("BENCH_RESULT " + JSON.stringify(result));
}

// This process's peak RSS (VmHWM, KiB). Not process.resourceUsage().maxRSS: Linux keeps
// getrusage's maxrss across exec, so it would report the (Python) harness's peak whenever
// this process's own is lower.
function ownPeakRssKib(): number {
  const status = fs.readFileSync("/proc/self/status", "utf8");
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(status);
  return match ? Number(match[1]) : 0;
}

main(process.argv.slice(2));
