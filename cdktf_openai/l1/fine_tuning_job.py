# GENERATED FILE -- DO NOT EDIT BY HAND.
# Made by `make bindings` (scripts/generate-bindings.js), one module per submodule of
# cdktf_openai.generated and cdktf_openai.generated_cdktn.
"""The resource ``openai_fine_tuning_job``, for the core in use.

It is ``cdktf_openai.generated.fine_tuning_job`` on cdktf and
``cdktf_openai.generated_cdktn.fine_tuning_job`` on cdktn
(see :mod:`cdktf_openai.l1`).
"""

from cdktf_openai.core import CDKTF_OPENAI_CDKTN

if CDKTF_OPENAI_CDKTN:
    from cdktf_openai.generated_cdktn.fine_tuning_job import *  # noqa: F403
else:
    from cdktf_openai.generated.fine_tuning_job import *  # noqa: F403
