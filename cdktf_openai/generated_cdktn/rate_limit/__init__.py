# GENERATED FILE -- DO NOT EDIT BY HAND.
# Made by `make bindings` (scripts/generate-bindings.js) with @cdktn/provider-generator 0.24.0
# from cdktf_openai/schema/mkdev-openai-1.2.0.full.schema.json (provider mkdev-me/openai@1.2.0).
r'''
# `openai_rate_limit`

Refer to the Terraform Registry for docs: [`openai_rate_limit`](https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit).
'''
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


class RateLimit(
    _cdktn_78ede62e.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai_cdktn.rateLimit.RateLimit",
):
    '''Represents a {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit openai_rate_limit}.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id_: builtins.str,
        *,
        model: builtins.str,
        project_id: builtins.str,
        batch1_day_max_input_tokens: typing.Optional[jsii.Number] = None,
        id: typing.Optional[builtins.str] = None,
        max_audio_megabytes_per1_minute: typing.Optional[jsii.Number] = None,
        max_images_per_minute: typing.Optional[jsii.Number] = None,
        max_requests_per1_day: typing.Optional[jsii.Number] = None,
        max_requests_per_minute: typing.Optional[jsii.Number] = None,
        max_tokens_per_minute: typing.Optional[jsii.Number] = None,
        connection: typing.Optional[typing.Union[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.WinrmProvisionerConnection", typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]] = None,
        depends_on: typing.Optional[typing.Sequence["_cdktn_78ede62e.ITerraformDependable"]] = None,
        for_each: typing.Optional["_cdktn_78ede62e.ITerraformIterator"] = None,
        lifecycle: typing.Optional[typing.Union["_cdktn_78ede62e.TerraformResourceLifecycle", typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional["_cdktn_78ede62e.TerraformProvider"] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union["_cdktn_78ede62e.FileProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.LocalExecProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.RemoteExecProvisioner", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit openai_rate_limit} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param model: The OpenAI model name to set rate limits for. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#model RateLimit#model}
        :param project_id: The ID of the project to set rate limits for. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#project_id RateLimit#project_id}
        :param batch1_day_max_input_tokens: Maximum number of input tokens per day for batch processing. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#batch_1_day_max_input_tokens RateLimit#batch_1_day_max_input_tokens}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#id RateLimit#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param max_audio_megabytes_per1_minute: Maximum audio megabytes per minute. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#max_audio_megabytes_per_1_minute RateLimit#max_audio_megabytes_per_1_minute}
        :param max_images_per_minute: Maximum number of images per minute. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#max_images_per_minute RateLimit#max_images_per_minute}
        :param max_requests_per1_day: Maximum number of requests per day. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#max_requests_per_1_day RateLimit#max_requests_per_1_day}
        :param max_requests_per_minute: Maximum number of requests per minute. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#max_requests_per_minute RateLimit#max_requests_per_minute}
        :param max_tokens_per_minute: Maximum number of tokens per minute. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#max_tokens_per_minute RateLimit#max_tokens_per_minute}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ecc7a484509cf07f37ed24dc385b1fb13221eb971a061102dc9ba44909c4b550)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = RateLimitConfig(
            model=model,
            project_id=project_id,
            batch1_day_max_input_tokens=batch1_day_max_input_tokens,
            id=id,
            max_audio_megabytes_per1_minute=max_audio_megabytes_per1_minute,
            max_images_per_minute=max_images_per_minute,
            max_requests_per1_day=max_requests_per1_day,
            max_requests_per_minute=max_requests_per_minute,
            max_tokens_per_minute=max_tokens_per_minute,
            connection=connection,
            count=count,
            depends_on=depends_on,
            for_each=for_each,
            lifecycle=lifecycle,
            provider=provider,
            provisioners=provisioners,
        )

        jsii.create(self.__class__, self, [scope, id_, config])

    @jsii.member(jsii_name="generateConfigForImport")
    @builtins.classmethod
    def generate_config_for_import(
        cls,
        scope: "_constructs_77d1e7e8.Construct",
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional["_cdktn_78ede62e.TerraformProvider"] = None,
    ) -> "_cdktn_78ede62e.ImportableResource":
        '''Generates CDKTN code for importing a RateLimit resource upon running "cdktn plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the RateLimit to import.
        :param import_from_id: The id of the existing RateLimit that should be imported. Refer to the {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the RateLimit to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__095f6d357cad3d80572287a9c83d88640460cbea2e8261ab2f2fc2e2d1910a76)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast("_cdktn_78ede62e.ImportableResource", jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetBatch1DayMaxInputTokens")
    def reset_batch1_day_max_input_tokens(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBatch1DayMaxInputTokens", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetMaxAudioMegabytesPer1Minute")
    def reset_max_audio_megabytes_per1_minute(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxAudioMegabytesPer1Minute", []))

    @jsii.member(jsii_name="resetMaxImagesPerMinute")
    def reset_max_images_per_minute(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxImagesPerMinute", []))

    @jsii.member(jsii_name="resetMaxRequestsPer1Day")
    def reset_max_requests_per1_day(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxRequestsPer1Day", []))

    @jsii.member(jsii_name="resetMaxRequestsPerMinute")
    def reset_max_requests_per_minute(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxRequestsPerMinute", []))

    @jsii.member(jsii_name="resetMaxTokensPerMinute")
    def reset_max_tokens_per_minute(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxTokensPerMinute", []))

    @jsii.member(jsii_name="synthesizeAttributes")
    def _synthesize_attributes(self) -> typing.Mapping[builtins.str, typing.Any]:
        return typing.cast(typing.Mapping[builtins.str, typing.Any], jsii.invoke(self, "synthesizeAttributes", []))

    @jsii.member(jsii_name="synthesizeHclAttributes")
    def _synthesize_hcl_attributes(self) -> typing.Mapping[builtins.str, typing.Any]:
        return typing.cast(typing.Mapping[builtins.str, typing.Any], jsii.invoke(self, "synthesizeHclAttributes", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="tfResourceType")
    def TF_RESOURCE_TYPE(cls) -> builtins.str:
        return typing.cast(builtins.str, jsii.sget(cls, "tfResourceType"))

    @builtins.property
    @jsii.member(jsii_name="rateLimitId")
    def rate_limit_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "rateLimitId"))

    @builtins.property
    @jsii.member(jsii_name="batch1DayMaxInputTokensInput")
    def batch1_day_max_input_tokens_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "batch1DayMaxInputTokensInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="maxAudioMegabytesPer1MinuteInput")
    def max_audio_megabytes_per1_minute_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxAudioMegabytesPer1MinuteInput"))

    @builtins.property
    @jsii.member(jsii_name="maxImagesPerMinuteInput")
    def max_images_per_minute_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxImagesPerMinuteInput"))

    @builtins.property
    @jsii.member(jsii_name="maxRequestsPer1DayInput")
    def max_requests_per1_day_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxRequestsPer1DayInput"))

    @builtins.property
    @jsii.member(jsii_name="maxRequestsPerMinuteInput")
    def max_requests_per_minute_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxRequestsPerMinuteInput"))

    @builtins.property
    @jsii.member(jsii_name="maxTokensPerMinuteInput")
    def max_tokens_per_minute_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxTokensPerMinuteInput"))

    @builtins.property
    @jsii.member(jsii_name="modelInput")
    def model_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "modelInput"))

    @builtins.property
    @jsii.member(jsii_name="projectIdInput")
    def project_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "projectIdInput"))

    @builtins.property
    @jsii.member(jsii_name="batch1DayMaxInputTokens")
    def batch1_day_max_input_tokens(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "batch1DayMaxInputTokens"))

    @batch1_day_max_input_tokens.setter
    def batch1_day_max_input_tokens(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a280031ab6b529369b9bce335443fa031fa9dca493ec8af0a43b3a5e9d553d22)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "batch1DayMaxInputTokens", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__10756a0e4c5a6922adcc63d2c1317112e64d1593873945b9f8d3d0ef5c012140)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxAudioMegabytesPer1Minute")
    def max_audio_megabytes_per1_minute(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "maxAudioMegabytesPer1Minute"))

    @max_audio_megabytes_per1_minute.setter
    def max_audio_megabytes_per1_minute(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0700eed37575bfcc68be7a866b39ee29515f7d919d2076c6b646e0ceafa7411d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxAudioMegabytesPer1Minute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxImagesPerMinute")
    def max_images_per_minute(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "maxImagesPerMinute"))

    @max_images_per_minute.setter
    def max_images_per_minute(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4032e6b9f2e78656a9d8a3e7aa9ae6e88059f467e630a8389a51d1909b92b2d4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxImagesPerMinute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxRequestsPer1Day")
    def max_requests_per1_day(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "maxRequestsPer1Day"))

    @max_requests_per1_day.setter
    def max_requests_per1_day(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__58e7d82c423aeaf88b0a1affc4a8a1e3252e3a276d9203d4e08e0743f1bc9bff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxRequestsPer1Day", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxRequestsPerMinute")
    def max_requests_per_minute(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "maxRequestsPerMinute"))

    @max_requests_per_minute.setter
    def max_requests_per_minute(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0c85ff07d972b8b1fc97058a7534f0a97ef611d0bebfbd9bbfac44df72d15cf6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxRequestsPerMinute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxTokensPerMinute")
    def max_tokens_per_minute(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "maxTokensPerMinute"))

    @max_tokens_per_minute.setter
    def max_tokens_per_minute(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bacf70c9e0123fb90091536bc7b15bd440ed8368544ebbe932ba71f43d69c1a4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxTokensPerMinute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="model")
    def model(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "model"))

    @model.setter
    def model(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3c1f4d27bcceb13bb00dca2cd6289639274f7952cec52487442a190840de2e1f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "model", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="projectId")
    def project_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "projectId"))

    @project_id.setter
    def project_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__775302df831d7c6d02092f348d389ef61e6c0af59de0a066175cbae330982c47)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "projectId", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mkdev-me_openai_cdktn.rateLimit.RateLimitConfig",
    jsii_struct_bases=[_cdktn_78ede62e.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "model": "model",
        "project_id": "projectId",
        "batch1_day_max_input_tokens": "batch1DayMaxInputTokens",
        "id": "id",
        "max_audio_megabytes_per1_minute": "maxAudioMegabytesPer1Minute",
        "max_images_per_minute": "maxImagesPerMinute",
        "max_requests_per1_day": "maxRequestsPer1Day",
        "max_requests_per_minute": "maxRequestsPerMinute",
        "max_tokens_per_minute": "maxTokensPerMinute",
    },
)
class RateLimitConfig(_cdktn_78ede62e.TerraformMetaArguments):
    def __init__(
        self,
        *,
        connection: typing.Optional[typing.Union[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.WinrmProvisionerConnection", typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]] = None,
        depends_on: typing.Optional[typing.Sequence["_cdktn_78ede62e.ITerraformDependable"]] = None,
        for_each: typing.Optional["_cdktn_78ede62e.ITerraformIterator"] = None,
        lifecycle: typing.Optional[typing.Union["_cdktn_78ede62e.TerraformResourceLifecycle", typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional["_cdktn_78ede62e.TerraformProvider"] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union["_cdktn_78ede62e.FileProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.LocalExecProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.RemoteExecProvisioner", typing.Dict[builtins.str, typing.Any]]]]] = None,
        model: builtins.str,
        project_id: builtins.str,
        batch1_day_max_input_tokens: typing.Optional[jsii.Number] = None,
        id: typing.Optional[builtins.str] = None,
        max_audio_megabytes_per1_minute: typing.Optional[jsii.Number] = None,
        max_images_per_minute: typing.Optional[jsii.Number] = None,
        max_requests_per1_day: typing.Optional[jsii.Number] = None,
        max_requests_per_minute: typing.Optional[jsii.Number] = None,
        max_tokens_per_minute: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param model: The OpenAI model name to set rate limits for. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#model RateLimit#model}
        :param project_id: The ID of the project to set rate limits for. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#project_id RateLimit#project_id}
        :param batch1_day_max_input_tokens: Maximum number of input tokens per day for batch processing. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#batch_1_day_max_input_tokens RateLimit#batch_1_day_max_input_tokens}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#id RateLimit#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param max_audio_megabytes_per1_minute: Maximum audio megabytes per minute. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#max_audio_megabytes_per_1_minute RateLimit#max_audio_megabytes_per_1_minute}
        :param max_images_per_minute: Maximum number of images per minute. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#max_images_per_minute RateLimit#max_images_per_minute}
        :param max_requests_per1_day: Maximum number of requests per day. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#max_requests_per_1_day RateLimit#max_requests_per_1_day}
        :param max_requests_per_minute: Maximum number of requests per minute. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#max_requests_per_minute RateLimit#max_requests_per_minute}
        :param max_tokens_per_minute: Maximum number of tokens per minute. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#max_tokens_per_minute RateLimit#max_tokens_per_minute}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktn_78ede62e.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__52f4e5bfd3fcca7398d318761198205f790b68a467871bb19d6ce4e06ca057f8)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument model", value=model, expected_type=type_hints["model"])
            check_type(argname="argument project_id", value=project_id, expected_type=type_hints["project_id"])
            check_type(argname="argument batch1_day_max_input_tokens", value=batch1_day_max_input_tokens, expected_type=type_hints["batch1_day_max_input_tokens"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument max_audio_megabytes_per1_minute", value=max_audio_megabytes_per1_minute, expected_type=type_hints["max_audio_megabytes_per1_minute"])
            check_type(argname="argument max_images_per_minute", value=max_images_per_minute, expected_type=type_hints["max_images_per_minute"])
            check_type(argname="argument max_requests_per1_day", value=max_requests_per1_day, expected_type=type_hints["max_requests_per1_day"])
            check_type(argname="argument max_requests_per_minute", value=max_requests_per_minute, expected_type=type_hints["max_requests_per_minute"])
            check_type(argname="argument max_tokens_per_minute", value=max_tokens_per_minute, expected_type=type_hints["max_tokens_per_minute"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "model": model,
            "project_id": project_id,
        }
        if connection is not None:
            self._values["connection"] = connection
        if count is not None:
            self._values["count"] = count
        if depends_on is not None:
            self._values["depends_on"] = depends_on
        if for_each is not None:
            self._values["for_each"] = for_each
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if provider is not None:
            self._values["provider"] = provider
        if provisioners is not None:
            self._values["provisioners"] = provisioners
        if batch1_day_max_input_tokens is not None:
            self._values["batch1_day_max_input_tokens"] = batch1_day_max_input_tokens
        if id is not None:
            self._values["id"] = id
        if max_audio_megabytes_per1_minute is not None:
            self._values["max_audio_megabytes_per1_minute"] = max_audio_megabytes_per1_minute
        if max_images_per_minute is not None:
            self._values["max_images_per_minute"] = max_images_per_minute
        if max_requests_per1_day is not None:
            self._values["max_requests_per1_day"] = max_requests_per1_day
        if max_requests_per_minute is not None:
            self._values["max_requests_per_minute"] = max_requests_per_minute
        if max_tokens_per_minute is not None:
            self._values["max_tokens_per_minute"] = max_tokens_per_minute

    @builtins.property
    def connection(
        self,
    ) -> typing.Optional[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", "_cdktn_78ede62e.WinrmProvisionerConnection"]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("connection")
        return typing.cast(typing.Optional[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", "_cdktn_78ede62e.WinrmProvisionerConnection"]], result)

    @builtins.property
    def count(
        self,
    ) -> typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]], result)

    @builtins.property
    def depends_on(
        self,
    ) -> typing.Optional[typing.List["_cdktn_78ede62e.ITerraformDependable"]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("depends_on")
        return typing.cast(typing.Optional[typing.List["_cdktn_78ede62e.ITerraformDependable"]], result)

    @builtins.property
    def for_each(self) -> typing.Optional["_cdktn_78ede62e.ITerraformIterator"]:
        '''
        :stability: experimental
        '''
        result = self._values.get("for_each")
        return typing.cast(typing.Optional["_cdktn_78ede62e.ITerraformIterator"], result)

    @builtins.property
    def lifecycle(
        self,
    ) -> typing.Optional["_cdktn_78ede62e.TerraformResourceLifecycle"]:
        '''
        :stability: experimental
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Optional["_cdktn_78ede62e.TerraformResourceLifecycle"], result)

    @builtins.property
    def provider(self) -> typing.Optional["_cdktn_78ede62e.TerraformProvider"]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional["_cdktn_78ede62e.TerraformProvider"], result)

    @builtins.property
    def provisioners(
        self,
    ) -> typing.Optional[typing.List[typing.Union["_cdktn_78ede62e.FileProvisioner", "_cdktn_78ede62e.LocalExecProvisioner", "_cdktn_78ede62e.RemoteExecProvisioner"]]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provisioners")
        return typing.cast(typing.Optional[typing.List[typing.Union["_cdktn_78ede62e.FileProvisioner", "_cdktn_78ede62e.LocalExecProvisioner", "_cdktn_78ede62e.RemoteExecProvisioner"]]], result)

    @builtins.property
    def model(self) -> builtins.str:
        '''The OpenAI model name to set rate limits for.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#model RateLimit#model}
        '''
        result = self._values.get("model")
        assert result is not None, "Required property 'model' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def project_id(self) -> builtins.str:
        '''The ID of the project to set rate limits for.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#project_id RateLimit#project_id}
        '''
        result = self._values.get("project_id")
        assert result is not None, "Required property 'project_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def batch1_day_max_input_tokens(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of input tokens per day for batch processing.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#batch_1_day_max_input_tokens RateLimit#batch_1_day_max_input_tokens}
        '''
        result = self._values.get("batch1_day_max_input_tokens")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#id RateLimit#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_audio_megabytes_per1_minute(self) -> typing.Optional[jsii.Number]:
        '''Maximum audio megabytes per minute.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#max_audio_megabytes_per_1_minute RateLimit#max_audio_megabytes_per_1_minute}
        '''
        result = self._values.get("max_audio_megabytes_per1_minute")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_images_per_minute(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of images per minute.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#max_images_per_minute RateLimit#max_images_per_minute}
        '''
        result = self._values.get("max_images_per_minute")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per1_day(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests per day.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#max_requests_per_1_day RateLimit#max_requests_per_1_day}
        '''
        result = self._values.get("max_requests_per1_day")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_requests_per_minute(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of requests per minute.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#max_requests_per_minute RateLimit#max_requests_per_minute}
        '''
        result = self._values.get("max_requests_per_minute")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_tokens_per_minute(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of tokens per minute.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/rate_limit#max_tokens_per_minute RateLimit#max_tokens_per_minute}
        '''
        result = self._values.get("max_tokens_per_minute")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RateLimitConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "RateLimit",
    "RateLimitConfig",
]

publication.publish()

def _typecheckingstub__ecc7a484509cf07f37ed24dc385b1fb13221eb971a061102dc9ba44909c4b550(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    model: builtins.str,
    project_id: builtins.str,
    batch1_day_max_input_tokens: typing.Optional[jsii.Number] = None,
    id: typing.Optional[builtins.str] = None,
    max_audio_megabytes_per1_minute: typing.Optional[jsii.Number] = None,
    max_images_per_minute: typing.Optional[jsii.Number] = None,
    max_requests_per1_day: typing.Optional[jsii.Number] = None,
    max_requests_per_minute: typing.Optional[jsii.Number] = None,
    max_tokens_per_minute: typing.Optional[jsii.Number] = None,
    connection: typing.Optional[typing.Union[typing.Union[_cdktn_78ede62e.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktn_78ede62e.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktn_78ede62e.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktn_78ede62e.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktn_78ede62e.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktn_78ede62e.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__095f6d357cad3d80572287a9c83d88640460cbea2e8261ab2f2fc2e2d1910a76(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a280031ab6b529369b9bce335443fa031fa9dca493ec8af0a43b3a5e9d553d22(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__10756a0e4c5a6922adcc63d2c1317112e64d1593873945b9f8d3d0ef5c012140(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0700eed37575bfcc68be7a866b39ee29515f7d919d2076c6b646e0ceafa7411d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4032e6b9f2e78656a9d8a3e7aa9ae6e88059f467e630a8389a51d1909b92b2d4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58e7d82c423aeaf88b0a1affc4a8a1e3252e3a276d9203d4e08e0743f1bc9bff(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c85ff07d972b8b1fc97058a7534f0a97ef611d0bebfbd9bbfac44df72d15cf6(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bacf70c9e0123fb90091536bc7b15bd440ed8368544ebbe932ba71f43d69c1a4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c1f4d27bcceb13bb00dca2cd6289639274f7952cec52487442a190840de2e1f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__775302df831d7c6d02092f348d389ef61e6c0af59de0a066175cbae330982c47(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__52f4e5bfd3fcca7398d318761198205f790b68a467871bb19d6ce4e06ca057f8(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktn_78ede62e.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktn_78ede62e.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktn_78ede62e.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktn_78ede62e.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktn_78ede62e.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktn_78ede62e.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    model: builtins.str,
    project_id: builtins.str,
    batch1_day_max_input_tokens: typing.Optional[jsii.Number] = None,
    id: typing.Optional[builtins.str] = None,
    max_audio_megabytes_per1_minute: typing.Optional[jsii.Number] = None,
    max_images_per_minute: typing.Optional[jsii.Number] = None,
    max_requests_per1_day: typing.Optional[jsii.Number] = None,
    max_requests_per_minute: typing.Optional[jsii.Number] = None,
    max_tokens_per_minute: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
