# GENERATED FILE -- DO NOT EDIT BY HAND.
# Made by `make bindings` (scripts/generate-bindings.js), one module per submodule of
# cdktf_openai.generated and cdktf_openai.generated_cdktn.
"""The data source ``openai_fine_tuning_checkpoint_permissions``, for the core in use.

It is ``cdktf_openai.generated.data_openai_fine_tuning_checkpoint_permissions`` on cdktf and
``cdktf_openai.generated_cdktn.data_openai_fine_tuning_checkpoint_permissions`` on cdktn
(see :mod:`cdktf_openai.l1`).
"""

from cdktf_openai.core import CDKTF_OPENAI_CDKTN

if CDKTF_OPENAI_CDKTN:
    from cdktf_openai.generated_cdktn.data_openai_fine_tuning_checkpoint_permissions import *  # noqa: F403
else:
    from cdktf_openai.generated.data_openai_fine_tuning_checkpoint_permissions import *  # noqa: F403
