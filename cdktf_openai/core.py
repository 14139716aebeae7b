"""The Terraform CDK core this package runs on: cdktf 0.21, or CDK Terrain (``cdktn``) 0.24.

HashiCorp archived cdktf; its community fork CDK Terrain carries it on under the module name
``cdktn``, with the same API. One installation of this package serves both: install
``cdktf-openai[cdktn]`` or ``cdktf-openai[cdktf]``, and the package uses that core, with the
generated layer made for it (:mod:`cdktf_openai.l1`). The choice, made once at import:

1. ``CDKTF_OPENAI_CORE=cdktn`` or ``=cdktf`` in the environment, if set;
2. else the core the app has imported already (``import cdktn`` before this package);
3. else the one core installed;
4. else an ``ImportError`` that says what to do (none installed, or both and no choice).

An app must use one core: cdktn constructs in a cdktf stack (or the reverse) would mix two
runtimes, so a construct of this package refuses to be created once both are imported.

Every name the package needs from its core is re-exported here, so ``from cdktf_openai.core
import App, TerraformStack`` works under either (the examples use it).

Static typing: mypy and pyright see the cdktn names; a cdktf project gets its core's own types
with ``always_false = ["CDKTF_OPENAI_CDKTN"]`` (mypy) or ``"defineConstant":
{"CDKTF_OPENAI_CDKTN": false}`` (pyright), and Any otherwise.
"""

from __future__ import annotations

import os
import sys
from importlib.util import find_spec
from typing import Final

__all__ = [
    "CDKTF_OPENAI_CDKTN",
    "CORE",
    "CORES",
    "Annotations",
    "App",
    "Aspects",
    "AssetType",
    "DataConfig",
    "DataResource",
    "DataTerraformRemoteStateLocal",
    "DefaultTokenResolver",
    "Fn",
    "IAspect",
    "IInterpolatingParent",
    "IResolveContext",
    "IStringProducer",
    "ITerraformDependable",
    "ITerraformIterator",
    "Lazy",
    "NumberMap",
    "Op",
    "Precondition",
    "StringConcat",
    "StringMap",
    "TerraformAsset",
    "TerraformCount",
    "TerraformDataSource",
    "TerraformIterator",
    "TerraformLocal",
    "TerraformOutput",
    "TerraformProvider",
    "TerraformResource",
    "TerraformResourceLifecycle",
    "TerraformStack",
    "TerraformVariable",
    "Testing",
    "Token",
    "Tokenization",
    "both_cores_imported",
]

#: The cores this package runs on, by module name.
CORES: Final = ("cdktn", "cdktf")
#: The environment variable that chooses the core.
CHOICE_VARIABLE: Final = "CDKTF_OPENAI_CORE"


def _choose() -> str:
    chosen = os.environ.get(CHOICE_VARIABLE)
    if chosen:
        if chosen not in CORES:
            raise ImportError(
                f"cdktf-openai: {CHOICE_VARIABLE} must be cdktn or cdktf, got {chosen!r}"
            )
        return chosen
    imported = [core for core in CORES if core in sys.modules]
    if len(imported) == 1:
        return imported[0]
    installed = [core for core in CORES if find_spec(core) is not None]
    if len(installed) == 1:
        return installed[0]
    if not installed:
        raise ImportError(
            "cdktf-openai needs a Terraform CDK core: pip install 'cdktf-openai[cdktn]' (CDK "
            "Terrain) or 'cdktf-openai[cdktf]' (cdktf 0.21)"
        )
    raise ImportError(
        "cdktf-openai: both cdktn and cdktf are installed; choose one with "
        f"{CHOICE_VARIABLE}=cdktn or {CHOICE_VARIABLE}=cdktf (an app must use one core)"
    )


#: The core in use: ``"cdktn"`` or ``"cdktf"``.
CORE: Final[str] = _choose()
#: Whether the core is CDK Terrain (a constant static type checkers can be told about).
CDKTF_OPENAI_CDKTN: Final[bool] = CORE == "cdktn"

if CDKTF_OPENAI_CDKTN:
    from cdktn import (
        Annotations,
        App,
        Aspects,
        AssetType,
        DataConfig,
        DataResource,
        DataTerraformRemoteStateLocal,
        DefaultTokenResolver,
        Fn,
        IAspect,
        IInterpolatingParent,
        IResolveContext,
        IStringProducer,
        ITerraformDependable,
        ITerraformIterator,
        Lazy,
        NumberMap,
        Op,
        Precondition,
        StringConcat,
        StringMap,
        TerraformAsset,
        TerraformCount,
        TerraformDataSource,
        TerraformIterator,
        TerraformLocal,
        TerraformOutput,
        TerraformProvider,
        TerraformResource,
        TerraformResourceLifecycle,
        TerraformStack,
        TerraformVariable,
        Testing,
        Token,
        Tokenization,
    )
else:
    from cdktf import (
        Annotations,
        App,
        Aspects,
        AssetType,
        DataConfig,
        DataResource,
        DataTerraformRemoteStateLocal,
        DefaultTokenResolver,
        Fn,
        IAspect,
        IInterpolatingParent,
        IResolveContext,
        IStringProducer,
        ITerraformDependable,
        ITerraformIterator,
        Lazy,
        NumberMap,
        Op,
        Precondition,
        StringConcat,
        StringMap,
        TerraformAsset,
        TerraformCount,
        TerraformDataSource,
        TerraformIterator,
        TerraformLocal,
        TerraformOutput,
        TerraformProvider,
        TerraformResource,
        TerraformResourceLifecycle,
        TerraformStack,
        TerraformVariable,
        Testing,
        Token,
        Tokenization,
    )


def both_cores_imported() -> bool:
    """Whether the process has imported cdktf and cdktn both (an app must use one)."""
    return all(core in sys.modules for core in CORES)
