"""``File``: a local file uploaded to OpenAI (``openai_file``)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Literal, Unpack

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.base import OpenAIResource
from cdktf_openai.core import AssetType, TerraformAsset
from cdktf_openai.keywords import ResourceOptions
from cdktf_openai.l1 import file as _file
from cdktf_openai.props import Prop, Props

__all__ = ["File", "FilePurpose"]

#: What a file is for, as the provider accepts it.
FilePurpose = Literal["assistants", "fine-tune", "vision", "batch"]


class File(OpenAIResource, _file.File):
    """A local file, uploaded to OpenAI at apply time (``openai_file``).

    The file is copied into the stack's output as a cdktf asset
    (``cdktf.out/stacks/<stack>/assets/...``), so the synthesized JSON holds a path relative to
    the stack folder: it is the same on every machine, and ``terraform apply`` finds the file
    wherever the stack folder is. A path that does not exist is a ``ValidationError`` at
    synthesis, not an upload error at apply.

    Read-only attributes (tokens until apply; provider 1.2.0 always sets them, so each can be
    a ``TerraformOutput``): ``id``, ``filename``, ``bytes``, ``created_at``.

    Example::

        spec = File(stack, "spec", path="docs/spec.md")  # purpose "assistants"
    """

    _PROPS: ClassVar[Props] = Props(
        _file.FileConfig,
        path=Prop(limits.FILE_PATH, required=True, to="file", render=lambda path: ""),
        purpose=Prop(limits.FILE_PURPOSE, required=True),
        project_id=Prop(limits.PROJECT_ID),
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        path: str | Path,
        purpose: FilePurpose = "assistants",
        project_id: str | None = None,
        **options: Unpack[ResourceOptions],
    ) -> None:
        """Create the file.

        Args:
            scope: The construct this file belongs to (a stack or a composite).
            id: The construct id, unique among the scope's children.
            path: The local file to upload (relative to the working directory of synthesis, or
                absolute); it must exist.
            purpose: ``"assistants"`` (default: for file search and the code interpreter),
                ``"fine-tune"``, ``"vision"`` or ``"batch"``.
            project_id: The provider's ``project_id`` label (kept in Terraform only; not sent
                to OpenAI).
            **options: Terraform's ``depends_on`` and ``provider`` (``ResourceOptions``).

        Raises:
            ValidationError: Every problem of the props at once, with this construct's path.
        """
        self._build(scope, id, locals())
        # the file travels as an asset; its path in the JSON is relative to the stack folder
        asset = TerraformAsset(self, "content", path=str(Path(path).resolve()), type=AssetType.FILE)
        self.file = asset.path
