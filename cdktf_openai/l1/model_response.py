"""The generated ``model_response`` module of the core in use (see :mod:`cdktf_openai.l1`)."""

from cdktf_openai.core import CDKTF_OPENAI_CDKTN

if CDKTF_OPENAI_CDKTN:
    from cdktf_openai.generated_cdktn.model_response import *  # noqa: F403
else:
    from cdktf_openai.generated.model_response import *  # noqa: F403
