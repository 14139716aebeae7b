"""The ``batch`` module of the generated layer of the core in use (see :mod:`cdktf_openai.l1`).

Not generated from the schema: ``scripts/batch.ts``, compiled into the layer by
``make bindings`` (see :mod:`cdktf_openai.batching`).
"""

from cdktf_openai.core import CDKTF_OPENAI_CDKTN

if CDKTF_OPENAI_CDKTN:
    from cdktf_openai.generated_cdktn.batch import *  # noqa: F403
else:
    from cdktf_openai.generated.batch import *  # noqa: F403
