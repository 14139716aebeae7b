"""The generated ``file`` module of the core in use (see :mod:`cdktf_openai.l1`)."""

from cdktf_openai.core import CDKTF_OPENAI_CDKTN

if CDKTF_OPENAI_CDKTN:
    from cdktf_openai.generated_cdktn.file import *  # noqa: F403
else:
    from cdktf_openai.generated.file import *  # noqa: F403
