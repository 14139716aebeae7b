# GENERATED FILE -- DO NOT EDIT BY HAND.
# Made by `make bindings` (scripts/generate-bindings.js), one module per submodule of
# cdktf_openai.generated and cdktf_openai.generated_cdktn.
"""The resource ``openai_assistant``, for the core in use.

It is ``cdktf_openai.generated.assistant`` on cdktf and
``cdktf_openai.generated_cdktn.assistant`` on cdktn
(see :mod:`cdktf_openai.l1`).
"""

from cdktf_openai.core import CDKTF_OPENAI_CDKTN

if CDKTF_OPENAI_CDKTN:
    from cdktf_openai.generated_cdktn.assistant import *  # noqa: F403
else:
    from cdktf_openai.generated.assistant import *  # noqa: F403
