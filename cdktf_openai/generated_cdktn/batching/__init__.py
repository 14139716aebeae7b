# GENERATED FILE -- DO NOT EDIT BY HAND.
# Made by `make bindings` (scripts/generate-bindings.js) with @cdktn/provider-generator 0.24.0
# from cdktf_openai/schema/mkdev-openai-1.2.0.full.schema.json (provider mkdev-me/openai@1.2.0).
from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

import typeguard
from importlib.metadata import version as _metadata_package_version
TYPEGUARD_MAJOR_VERSION = int(_metadata_package_version('typeguard').split('.')[0])

def check_type(argname: str, value: object, expected_type: typing.Any) -> typing.Any:
    if TYPEGUARD_MAJOR_VERSION <= 2:
        return typeguard.check_type(argname=argname, value=value, expected_type=expected_type) # type:ignore
    else:
        if isinstance(value, jsii._reference_map.InterfaceDynamicProxy): # pyright: ignore [reportAttributeAccessIssue]
           pass
        else:
            if TYPEGUARD_MAJOR_VERSION == 3:
                typeguard.config.collection_check_strategy = typeguard.CollectionCheckStrategy.ALL_ITEMS # type:ignore
                typeguard.check_type(value=value, expected_type=expected_type) # type:ignore
            else:
                typeguard.check_type(value=value, expected_type=expected_type, collection_check_strategy=typeguard.CollectionCheckStrategy.ALL_ITEMS) # type:ignore

from .._jsii import *

import cdktn as _cdktn_78ede62e
import constructs as _constructs_77d1e7e8


class Batch(metaclass=jsii.JSIIMeta, jsii_type="mkdev-me_openai_cdktn.batching.Batch"):
    '''Creates constructs in batches for cdktf-openai (not for use by others).'''

    @jsii.member(jsii_name="checkTerraformVersionOnce")
    @builtins.classmethod
    def check_terraform_version_once(
        cls,
        companion: "_cdktn_78ede62e.DataResource",
    ) -> None:
        '''Leave cdktf's Terraform version check of a guard companion to the first one of its stack.

        The core (cdktf, cdktn) gives every DataResource (``terraform_data``) a check that Terraform
        is 1.4 or later, which runs ``terraform version`` at synthesis. The first companion of a
        stack keeps it, so that a Terraform older than 1.4 still fails the synthesis with the
        core's own message; the others lose theirs: a stack runs ``terraform version`` once, not
        once per companion. ``create`` does this for each DataResource it makes; the Python side
        calls it for a companion created without a batch. Nothing is removed when the check is
        not where the core puts it.

        :param companion: A DataResource just created by cdktf-openai (nothing else added to it).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5f8657f9a0d9459eae46f6a3d9c49940c637f52389e69967e90692881aa8809a)
            check_type(argname="argument companion", value=companion, expected_type=type_hints["companion"])
        return typing.cast(None, jsii.sinvoke(cls, "checkTerraformVersionOnce", [companion]))

    @jsii.member(jsii_name="children")
    @builtins.classmethod
    def children(
        cls,
        scope: "_constructs_77d1e7e8.IConstruct",
        full: builtins.bool,
    ) -> typing.List[builtins.str]:
        '''What changed among the children of ``scope`` since the last call (or since ``create`` made it).

        :param scope: A construct.
        :param full: Report every child, as if never asked before.

        :return:

        ``"+<id>"`` for each child added, ``"-<id>"`` for each one removed, and first ``"!"``
        when no child can be added to ``scope`` any more (it or a scope above it is locked).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f0114ece69252ecf7fcc530ee576f06c7f378fc0ec24267e7922937de1c1da7c)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument full", value=full, expected_type=type_hints["full"])
        return typing.cast(typing.List[builtins.str], jsii.sinvoke(cls, "children", [scope, full]))

    @jsii.member(jsii_name="create")
    @builtins.classmethod
    def create(
        cls,
        specs: builtins.str,
        objects: typing.Sequence[typing.Any],
    ) -> typing.List[typing.Any]:
        '''Create the constructs of ``specs``, in order, as ``new <class>(scope, id[, config])``.

        :param specs: JSON: ``{"t": [fqn, ...], "s": [[type index, scope, id, config?], ...]}``, the scope and config encoded as scripts/batch.ts describes; a spec ``[-1, object, name]`` reads the property ``name`` of the object instead (and makes nothing).
        :param objects: The jsii objects the specs name by ``{"$o": i}``.

        :return:

        The constructs created, one per spec (null for a read); when a constructor or a
        read throws, its message (a string) in that spec's place, and nothing after it.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__da8cfe784091b6296a2fe6a2753db8afb9262a94a8225bf4e43d26be7861ebc3)
            check_type(argname="argument specs", value=specs, expected_type=type_hints["specs"])
            check_type(argname="argument objects", value=objects, expected_type=type_hints["objects"])
        return typing.cast(typing.List[typing.Any], jsii.sinvoke(cls, "create", [specs, objects]))


__all__ = [
    "Batch",
]

publication.publish()

def _typecheckingstub__5f8657f9a0d9459eae46f6a3d9c49940c637f52389e69967e90692881aa8809a(
    companion: _cdktn_78ede62e.DataResource,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0114ece69252ecf7fcc530ee576f06c7f378fc0ec24267e7922937de1c1da7c(
    scope: _constructs_77d1e7e8.IConstruct,
    full: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da8cfe784091b6296a2fe6a2753db8afb9262a94a8225bf4e43d26be7861ebc3(
    specs: builtins.str,
    objects: typing.Sequence[typing.Any],
) -> None:
    """Type checking stubs"""
    pass
