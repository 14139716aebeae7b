"""Benchmarks of cdktf-openai (issue 8): ``make bench`` writes ``BENCHMARKS.md``.

- :mod:`benchmarks.workloads`: the stacks measured -- N code reviews (assistant + thread + run)
  built five ways (composite, L2, generated L1, TypeScript, plain ``json.dump``).
- :mod:`benchmarks.worker`: one fresh process that imports, builds and synthesizes one workload
  and reports its phase timings and peak memory.
- :mod:`benchmarks.harness`: runs the workers interleaved, checks that the variants synthesize
  the same resources, and writes the report (``python -m benchmarks``).
- :mod:`benchmarks.profile`: where the time goes (``make profile``).
"""
