# GENERATED FILE -- DO NOT EDIT BY HAND.
# Made by `make bindings` (scripts/generate-bindings.js) with @cdktf/provider-generator 0.21.0
# from cdktf_openai/schema/mkdev-openai-1.2.0.full.schema.json (provider mkdev-me/openai@1.2.0).
r'''
# `openai_chat_completion`

Refer to the Terraform Registry for docs: [`openai_chat_completion`](https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion).
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

import cdktf as _cdktf_9a9027ec
import constructs as _constructs_77d1e7e8


class ChatCompletion(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletion",
):
    '''Represents a {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion openai_chat_completion}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        messages: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ChatCompletionMessages", typing.Dict[builtins.str, typing.Any]]]],
        model: builtins.str,
        choices: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ChatCompletionChoices", typing.Dict[builtins.str, typing.Any]]]]] = None,
        frequency_penalty: typing.Optional[jsii.Number] = None,
        function_call: typing.Optional[builtins.str] = None,
        functions: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ChatCompletionFunctions", typing.Dict[builtins.str, typing.Any]]]]] = None,
        id: typing.Optional[builtins.str] = None,
        imported: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        imported_resource: typing.Optional[builtins.str] = None,
        logit_bias: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
        max_tokens: typing.Optional[jsii.Number] = None,
        metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        n: typing.Optional[jsii.Number] = None,
        presence_penalty: typing.Optional[jsii.Number] = None,
        project_id: typing.Optional[builtins.str] = None,
        stop: typing.Optional[typing.Sequence[builtins.str]] = None,
        store: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        stream: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        temperature: typing.Optional[jsii.Number] = None,
        top_p: typing.Optional[jsii.Number] = None,
        user: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion openai_chat_completion} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param messages: messages block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#messages ChatCompletion#messages}
        :param model: ID of the model to use for the chat completion. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#model ChatCompletion#model}
        :param choices: choices block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#choices ChatCompletion#choices}
        :param frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#frequency_penalty ChatCompletion#frequency_penalty}
        :param function_call: Controls how the model responds to function calls. 'none' means the model doesn't call a function, 'auto' means the model can pick between calling a function or generating a message Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#function_call ChatCompletion#function_call}
        :param functions: functions block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#functions ChatCompletion#functions}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#id ChatCompletion#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param imported: Whether this resource was imported from an existing chat completion. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#imported ChatCompletion#imported}
        :param imported_resource: Internal field to prevent recreation of imported resources. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#_imported_resource ChatCompletion#_imported_resource}
        :param logit_bias: Modify the likelihood of specified tokens appearing in the completion. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#logit_bias ChatCompletion#logit_bias}
        :param max_tokens: The maximum number of tokens to generate in the chat completion. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#max_tokens ChatCompletion#max_tokens}
        :param metadata: A map of key-value pairs that can be used to filter chat completions when listing them through the API. Only applicable when store is set to true. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#metadata ChatCompletion#metadata}
        :param n: How many chat completion choices to generate for each input message. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#n ChatCompletion#n}
        :param presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#presence_penalty ChatCompletion#presence_penalty}
        :param project_id: The project to use for this request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#project_id ChatCompletion#project_id}
        :param stop: Up to 4 sequences where the API will stop generating further tokens. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#stop ChatCompletion#stop}
        :param store: Whether to store the chat completion for later retrieval via API. Note: requires a compatible model (e.g., gpt-4o), this parameter set to true, and the Chat Completions Store feature enabled on your OpenAI account. Without these conditions, completions won't be retrievable through the API. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#store ChatCompletion#store}
        :param stream: Whether to stream back partial progress. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#stream ChatCompletion#stream}
        :param temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#temperature ChatCompletion#temperature}
        :param top_p: Nuclear sampling: consider the results of the tokens with top_p probability mass. Range from 0 to 1. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#top_p ChatCompletion#top_p}
        :param user: A unique identifier representing your end-user. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#user ChatCompletion#user}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f278523adcc8cc8146e397065e6748bf47b483a3954774e7c743f295b2dacc26)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = ChatCompletionConfig(
            messages=messages,
            model=model,
            choices=choices,
            frequency_penalty=frequency_penalty,
            function_call=function_call,
            functions=functions,
            id=id,
            imported=imported,
            imported_resource=imported_resource,
            logit_bias=logit_bias,
            max_tokens=max_tokens,
            metadata=metadata,
            n=n,
            presence_penalty=presence_penalty,
            project_id=project_id,
            stop=stop,
            store=store,
            stream=stream,
            temperature=temperature,
            top_p=top_p,
            user=user,
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
        scope: _constructs_77d1e7e8.Construct,
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    ) -> _cdktf_9a9027ec.ImportableResource:
        '''Generates CDKTF code for importing a ChatCompletion resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the ChatCompletion to import.
        :param import_from_id: The id of the existing ChatCompletion that should be imported. Refer to the {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the ChatCompletion to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__86e379d572e1b3608bad40e58e0d521efaa9e50524bd021db02e2510be72886c)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putChoices")
    def put_choices(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ChatCompletionChoices", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e7c147441938015fceeed3d021ed29f1768eb9c746fd59c108ca7f72da00e31d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putChoices", [value]))

    @jsii.member(jsii_name="putFunctions")
    def put_functions(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ChatCompletionFunctions", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9b447df3fa538f8e5dbf8a3ce9aca5469ba7796b1407617580d20a91ead96909)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putFunctions", [value]))

    @jsii.member(jsii_name="putMessages")
    def put_messages(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ChatCompletionMessages", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__49e10b1be5628c4afc5af1621940743102d8af96d20962933b637807ba2bedcf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putMessages", [value]))

    @jsii.member(jsii_name="resetChoices")
    def reset_choices(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetChoices", []))

    @jsii.member(jsii_name="resetFrequencyPenalty")
    def reset_frequency_penalty(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFrequencyPenalty", []))

    @jsii.member(jsii_name="resetFunctionCall")
    def reset_function_call(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFunctionCall", []))

    @jsii.member(jsii_name="resetFunctions")
    def reset_functions(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFunctions", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetImported")
    def reset_imported(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetImported", []))

    @jsii.member(jsii_name="resetImportedResource")
    def reset_imported_resource(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetImportedResource", []))

    @jsii.member(jsii_name="resetLogitBias")
    def reset_logit_bias(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLogitBias", []))

    @jsii.member(jsii_name="resetMaxTokens")
    def reset_max_tokens(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxTokens", []))

    @jsii.member(jsii_name="resetMetadata")
    def reset_metadata(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMetadata", []))

    @jsii.member(jsii_name="resetN")
    def reset_n(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetN", []))

    @jsii.member(jsii_name="resetPresencePenalty")
    def reset_presence_penalty(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPresencePenalty", []))

    @jsii.member(jsii_name="resetProjectId")
    def reset_project_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProjectId", []))

    @jsii.member(jsii_name="resetStop")
    def reset_stop(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStop", []))

    @jsii.member(jsii_name="resetStore")
    def reset_store(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStore", []))

    @jsii.member(jsii_name="resetStream")
    def reset_stream(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStream", []))

    @jsii.member(jsii_name="resetTemperature")
    def reset_temperature(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTemperature", []))

    @jsii.member(jsii_name="resetTopP")
    def reset_top_p(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTopP", []))

    @jsii.member(jsii_name="resetUser")
    def reset_user(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUser", []))

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
    @jsii.member(jsii_name="chatCompletionId")
    def chat_completion_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "chatCompletionId"))

    @builtins.property
    @jsii.member(jsii_name="choices")
    def choices(self) -> "ChatCompletionChoicesList":
        return typing.cast("ChatCompletionChoicesList", jsii.get(self, "choices"))

    @builtins.property
    @jsii.member(jsii_name="created")
    def created(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "created"))

    @builtins.property
    @jsii.member(jsii_name="functions")
    def functions(self) -> "ChatCompletionFunctionsList":
        return typing.cast("ChatCompletionFunctionsList", jsii.get(self, "functions"))

    @builtins.property
    @jsii.member(jsii_name="messages")
    def messages(self) -> "ChatCompletionMessagesList":
        return typing.cast("ChatCompletionMessagesList", jsii.get(self, "messages"))

    @builtins.property
    @jsii.member(jsii_name="modelUsed")
    def model_used(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "modelUsed"))

    @builtins.property
    @jsii.member(jsii_name="object")
    def object(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "object"))

    @builtins.property
    @jsii.member(jsii_name="usage")
    def usage(self) -> _cdktf_9a9027ec.NumberMap:
        return typing.cast(_cdktf_9a9027ec.NumberMap, jsii.get(self, "usage"))

    @builtins.property
    @jsii.member(jsii_name="choicesInput")
    def choices_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ChatCompletionChoices"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ChatCompletionChoices"]]], jsii.get(self, "choicesInput"))

    @builtins.property
    @jsii.member(jsii_name="frequencyPenaltyInput")
    def frequency_penalty_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "frequencyPenaltyInput"))

    @builtins.property
    @jsii.member(jsii_name="functionCallInput")
    def function_call_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "functionCallInput"))

    @builtins.property
    @jsii.member(jsii_name="functionsInput")
    def functions_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ChatCompletionFunctions"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ChatCompletionFunctions"]]], jsii.get(self, "functionsInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="importedInput")
    def imported_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "importedInput"))

    @builtins.property
    @jsii.member(jsii_name="importedResourceInput")
    def imported_resource_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "importedResourceInput"))

    @builtins.property
    @jsii.member(jsii_name="logitBiasInput")
    def logit_bias_input(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], jsii.get(self, "logitBiasInput"))

    @builtins.property
    @jsii.member(jsii_name="maxTokensInput")
    def max_tokens_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxTokensInput"))

    @builtins.property
    @jsii.member(jsii_name="messagesInput")
    def messages_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ChatCompletionMessages"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ChatCompletionMessages"]]], jsii.get(self, "messagesInput"))

    @builtins.property
    @jsii.member(jsii_name="metadataInput")
    def metadata_input(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "metadataInput"))

    @builtins.property
    @jsii.member(jsii_name="modelInput")
    def model_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "modelInput"))

    @builtins.property
    @jsii.member(jsii_name="nInput")
    def n_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "nInput"))

    @builtins.property
    @jsii.member(jsii_name="presencePenaltyInput")
    def presence_penalty_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "presencePenaltyInput"))

    @builtins.property
    @jsii.member(jsii_name="projectIdInput")
    def project_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "projectIdInput"))

    @builtins.property
    @jsii.member(jsii_name="stopInput")
    def stop_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "stopInput"))

    @builtins.property
    @jsii.member(jsii_name="storeInput")
    def store_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "storeInput"))

    @builtins.property
    @jsii.member(jsii_name="streamInput")
    def stream_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "streamInput"))

    @builtins.property
    @jsii.member(jsii_name="temperatureInput")
    def temperature_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "temperatureInput"))

    @builtins.property
    @jsii.member(jsii_name="topPInput")
    def top_p_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "topPInput"))

    @builtins.property
    @jsii.member(jsii_name="userInput")
    def user_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "userInput"))

    @builtins.property
    @jsii.member(jsii_name="frequencyPenalty")
    def frequency_penalty(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "frequencyPenalty"))

    @frequency_penalty.setter
    def frequency_penalty(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d937a6e7bbf8c8101f7364b40137b6fbb6d6b0856db3741c79f5238bf5ef4d89)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "frequencyPenalty", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="functionCall")
    def function_call(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "functionCall"))

    @function_call.setter
    def function_call(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9e0aacbccc4cb306ccc36b51dae5ea4e0cbeffc4ab3ac258241288d44a40871d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "functionCall", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2ebd6bdea37a11e98830cf307079d6735418ed63938c735e2fd07cd8c270fcb8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="imported")
    def imported(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "imported"))

    @imported.setter
    def imported(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ff820b219e9b0c1611616c6af1334840835fa3ef13ea2f6b2056bcf02319243f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "imported", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="importedResource")
    def imported_resource(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "importedResource"))

    @imported_resource.setter
    def imported_resource(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__da94cdd9006ce9aa830a9ebe28c49f62c7d517ac9fdcb98f5deea5ad4be1e043)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "importedResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="logitBias")
    def logit_bias(self) -> typing.Mapping[builtins.str, jsii.Number]:
        return typing.cast(typing.Mapping[builtins.str, jsii.Number], jsii.get(self, "logitBias"))

    @logit_bias.setter
    def logit_bias(self, value: typing.Mapping[builtins.str, jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__831b5f1cd55abdd17a4ec1b7c9ae1b6be72abec285efddf9bee825cfd1797fe9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "logitBias", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxTokens")
    def max_tokens(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "maxTokens"))

    @max_tokens.setter
    def max_tokens(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__595cb6307e77f125989efc273523c93be8c7684e5c3a66441847170d78dfdd6d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxTokens", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="metadata")
    def metadata(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "metadata"))

    @metadata.setter
    def metadata(self, value: typing.Mapping[builtins.str, builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ecef1743ec0efbf5f3283b783231de55f5da057f2b27642cc9b1efac97391f06)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "metadata", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="model")
    def model(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "model"))

    @model.setter
    def model(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fc3943d3c9e92caf988ba9ac304202df3f1df0159df5c086b8238a8c82121671)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "model", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="n")
    def n(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "n"))

    @n.setter
    def n(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5d9eae759801c1a0016c18f847d608d9816248d793d7eddbe8bd8f4f4471f2f3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "n", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="presencePenalty")
    def presence_penalty(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "presencePenalty"))

    @presence_penalty.setter
    def presence_penalty(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__45f228988fed39dbddc0dbcba8c29e6f88c29cdc18b373ec278667cba0669949)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "presencePenalty", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="projectId")
    def project_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "projectId"))

    @project_id.setter
    def project_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fd68ab5f7956e9392f9aa45fd39a66d78760b9c561de1d0fd1836900574cefc5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "projectId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="stop")
    def stop(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "stop"))

    @stop.setter
    def stop(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cc4e1e8e341ad134df01dfef81428357510eedf83fc2bd4a3475fc53052d6768)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "stop", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="store")
    def store(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "store"))

    @store.setter
    def store(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9b7787cfdfd035e00e3987637f04ed0a1e53124f3babc732804d240c2bbd0317)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "store", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="stream")
    def stream(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "stream"))

    @stream.setter
    def stream(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b18ade023cabf93d720852b5d6ddc3c06cba6edcba5071a28319a96a2342b533)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "stream", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="temperature")
    def temperature(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "temperature"))

    @temperature.setter
    def temperature(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__20a7903b2f0d4b20c6e65918e688af5b36605f417c583b7edc0c2bd2d39263e1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "temperature", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="topP")
    def top_p(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "topP"))

    @top_p.setter
    def top_p(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1282fda99fd3379dab3b72874ff1eea11bc5b7c338e71223dee5cdaff1244865)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "topP", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="user")
    def user(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "user"))

    @user.setter
    def user(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e9da035a931f2c840f977cdb5c05f90eb7adcde9fbb484fe77e67b7326dee2f7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "user", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletionChoices",
    jsii_struct_bases=[],
    name_mapping={},
)
class ChatCompletionChoices:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ChatCompletionChoices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ChatCompletionChoicesList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletionChoicesList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ab1b5793779936ad9e4342f179d3b164260b21fa1ad1fe80d73830ebed0d21ca)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "ChatCompletionChoicesOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cbd98ab5136b17501c8ad6a0dde1eabd5d075176ef6472e568dd6864142b4169)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ChatCompletionChoicesOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__14234fb1c3be8ffb1606a5b137cfe925354c059c24ccf866dc665a280bcd1d48)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__632525d32995482b14ae839ead0039c87ac2ace71673a19963bec1d2af1d0e87)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__933437c4239bcde092016ede7fac810705c11baf79169e02f3529fba3984bf1f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ChatCompletionChoices]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ChatCompletionChoices]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ChatCompletionChoices]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2ec591dfdf60122b03f64905bba3a0b3bd98497b26075ee8f0d56a94edae3caa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletionChoicesMessage",
    jsii_struct_bases=[],
    name_mapping={},
)
class ChatCompletionChoicesMessage:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ChatCompletionChoicesMessage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletionChoicesMessageFunctionCall",
    jsii_struct_bases=[],
    name_mapping={},
)
class ChatCompletionChoicesMessageFunctionCall:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ChatCompletionChoicesMessageFunctionCall(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ChatCompletionChoicesMessageFunctionCallList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletionChoicesMessageFunctionCallList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__afeaa51676ff58657911101570931a5d5d6615cf8c3bb8f95eeb6290826247da)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "ChatCompletionChoicesMessageFunctionCallOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2b72eb7c59de659feffc52b447e5bcc7a2d568eddbbf4079cb014107f9669e92)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ChatCompletionChoicesMessageFunctionCallOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__58defd2ad56a8937664c87eb48ace06fabf7517e441b3da3b1f3cc89a637b926)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__68d295dbaaf26b18fe113ee56322160a2b2b272632a4d507c7638b7f8232f8d3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__511f1fa2d81f5a5d703f8a935979417ec559ad6d8fa99530ddf63dee2427c1d1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class ChatCompletionChoicesMessageFunctionCallOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletionChoicesMessageFunctionCallOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ab3ae7b39a820b080cfca6cc29ecbb5c7cb7f749ae757fbc8bc428f877483c08)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="arguments")
    def arguments(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "arguments"))

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[ChatCompletionChoicesMessageFunctionCall]:
        return typing.cast(typing.Optional[ChatCompletionChoicesMessageFunctionCall], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[ChatCompletionChoicesMessageFunctionCall],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f5aa19bc642ff23e8f857ab189f823e311bf4ec8afed01809180a57b5a4f1d5f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ChatCompletionChoicesMessageList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletionChoicesMessageList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7c3dea65065aade9c7e6455212ab55ee95d3e5af5b5509eeb884f9163f54c758)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "ChatCompletionChoicesMessageOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2dddba9d69efe02c39fe87a197b1d805d4f37dce6d35693a5f8e624a0d25e52e)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ChatCompletionChoicesMessageOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3e82fcfb1b92ab5cb799b3e6f1b2d2606bb21943782c6d2de24f6b580af9789f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2aee7bf49491274a5696cb8f5ff0ff4e66a4a6d1d98cdac4e9379d1ee576b907)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__11c816fdfdfa191031a18c3d0199c60832c8b37c83fde48dc0e274f01f95f1b0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class ChatCompletionChoicesMessageOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletionChoicesMessageOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5adc9eb041d88040f326137173822093024458e435c1a43094674ee0e172e234)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="content")
    def content(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "content"))

    @builtins.property
    @jsii.member(jsii_name="functionCall")
    def function_call(self) -> ChatCompletionChoicesMessageFunctionCallList:
        return typing.cast(ChatCompletionChoicesMessageFunctionCallList, jsii.get(self, "functionCall"))

    @builtins.property
    @jsii.member(jsii_name="role")
    def role(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "role"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[ChatCompletionChoicesMessage]:
        return typing.cast(typing.Optional[ChatCompletionChoicesMessage], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[ChatCompletionChoicesMessage],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__35f4d3524af023f567909fc80384bbd39733d6a07598bf01546e30c289aa8bcb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ChatCompletionChoicesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletionChoicesOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1e150f7a08ac57d7760233af2b35aa1834baec0e844d9c59c68689d2981476f4)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="finishReason")
    def finish_reason(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "finishReason"))

    @builtins.property
    @jsii.member(jsii_name="index")
    def index(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "index"))

    @builtins.property
    @jsii.member(jsii_name="message")
    def message(self) -> ChatCompletionChoicesMessageList:
        return typing.cast(ChatCompletionChoicesMessageList, jsii.get(self, "message"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ChatCompletionChoices]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ChatCompletionChoices]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ChatCompletionChoices]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0a1392c9d44ad0b06823e787e5a3e0dd2d873052fd13b3be28b3e09aecd43d05)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletionConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "messages": "messages",
        "model": "model",
        "choices": "choices",
        "frequency_penalty": "frequencyPenalty",
        "function_call": "functionCall",
        "functions": "functions",
        "id": "id",
        "imported": "imported",
        "imported_resource": "importedResource",
        "logit_bias": "logitBias",
        "max_tokens": "maxTokens",
        "metadata": "metadata",
        "n": "n",
        "presence_penalty": "presencePenalty",
        "project_id": "projectId",
        "stop": "stop",
        "store": "store",
        "stream": "stream",
        "temperature": "temperature",
        "top_p": "topP",
        "user": "user",
    },
)
class ChatCompletionConfig(_cdktf_9a9027ec.TerraformMetaArguments):
    def __init__(
        self,
        *,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
        messages: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ChatCompletionMessages", typing.Dict[builtins.str, typing.Any]]]],
        model: builtins.str,
        choices: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ChatCompletionChoices, typing.Dict[builtins.str, typing.Any]]]]] = None,
        frequency_penalty: typing.Optional[jsii.Number] = None,
        function_call: typing.Optional[builtins.str] = None,
        functions: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ChatCompletionFunctions", typing.Dict[builtins.str, typing.Any]]]]] = None,
        id: typing.Optional[builtins.str] = None,
        imported: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        imported_resource: typing.Optional[builtins.str] = None,
        logit_bias: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
        max_tokens: typing.Optional[jsii.Number] = None,
        metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        n: typing.Optional[jsii.Number] = None,
        presence_penalty: typing.Optional[jsii.Number] = None,
        project_id: typing.Optional[builtins.str] = None,
        stop: typing.Optional[typing.Sequence[builtins.str]] = None,
        store: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        stream: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        temperature: typing.Optional[jsii.Number] = None,
        top_p: typing.Optional[jsii.Number] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param messages: messages block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#messages ChatCompletion#messages}
        :param model: ID of the model to use for the chat completion. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#model ChatCompletion#model}
        :param choices: choices block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#choices ChatCompletion#choices}
        :param frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#frequency_penalty ChatCompletion#frequency_penalty}
        :param function_call: Controls how the model responds to function calls. 'none' means the model doesn't call a function, 'auto' means the model can pick between calling a function or generating a message Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#function_call ChatCompletion#function_call}
        :param functions: functions block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#functions ChatCompletion#functions}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#id ChatCompletion#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param imported: Whether this resource was imported from an existing chat completion. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#imported ChatCompletion#imported}
        :param imported_resource: Internal field to prevent recreation of imported resources. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#_imported_resource ChatCompletion#_imported_resource}
        :param logit_bias: Modify the likelihood of specified tokens appearing in the completion. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#logit_bias ChatCompletion#logit_bias}
        :param max_tokens: The maximum number of tokens to generate in the chat completion. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#max_tokens ChatCompletion#max_tokens}
        :param metadata: A map of key-value pairs that can be used to filter chat completions when listing them through the API. Only applicable when store is set to true. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#metadata ChatCompletion#metadata}
        :param n: How many chat completion choices to generate for each input message. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#n ChatCompletion#n}
        :param presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#presence_penalty ChatCompletion#presence_penalty}
        :param project_id: The project to use for this request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#project_id ChatCompletion#project_id}
        :param stop: Up to 4 sequences where the API will stop generating further tokens. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#stop ChatCompletion#stop}
        :param store: Whether to store the chat completion for later retrieval via API. Note: requires a compatible model (e.g., gpt-4o), this parameter set to true, and the Chat Completions Store feature enabled on your OpenAI account. Without these conditions, completions won't be retrievable through the API. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#store ChatCompletion#store}
        :param stream: Whether to stream back partial progress. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#stream ChatCompletion#stream}
        :param temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#temperature ChatCompletion#temperature}
        :param top_p: Nuclear sampling: consider the results of the tokens with top_p probability mass. Range from 0 to 1. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#top_p ChatCompletion#top_p}
        :param user: A unique identifier representing your end-user. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#user ChatCompletion#user}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2a1e768af335f8dcd982f64a67e5f315d2f9cf50a0c8c5bbc429e217e2845723)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument messages", value=messages, expected_type=type_hints["messages"])
            check_type(argname="argument model", value=model, expected_type=type_hints["model"])
            check_type(argname="argument choices", value=choices, expected_type=type_hints["choices"])
            check_type(argname="argument frequency_penalty", value=frequency_penalty, expected_type=type_hints["frequency_penalty"])
            check_type(argname="argument function_call", value=function_call, expected_type=type_hints["function_call"])
            check_type(argname="argument functions", value=functions, expected_type=type_hints["functions"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument imported", value=imported, expected_type=type_hints["imported"])
            check_type(argname="argument imported_resource", value=imported_resource, expected_type=type_hints["imported_resource"])
            check_type(argname="argument logit_bias", value=logit_bias, expected_type=type_hints["logit_bias"])
            check_type(argname="argument max_tokens", value=max_tokens, expected_type=type_hints["max_tokens"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument n", value=n, expected_type=type_hints["n"])
            check_type(argname="argument presence_penalty", value=presence_penalty, expected_type=type_hints["presence_penalty"])
            check_type(argname="argument project_id", value=project_id, expected_type=type_hints["project_id"])
            check_type(argname="argument stop", value=stop, expected_type=type_hints["stop"])
            check_type(argname="argument store", value=store, expected_type=type_hints["store"])
            check_type(argname="argument stream", value=stream, expected_type=type_hints["stream"])
            check_type(argname="argument temperature", value=temperature, expected_type=type_hints["temperature"])
            check_type(argname="argument top_p", value=top_p, expected_type=type_hints["top_p"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "messages": messages,
            "model": model,
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
        if choices is not None:
            self._values["choices"] = choices
        if frequency_penalty is not None:
            self._values["frequency_penalty"] = frequency_penalty
        if function_call is not None:
            self._values["function_call"] = function_call
        if functions is not None:
            self._values["functions"] = functions
        if id is not None:
            self._values["id"] = id
        if imported is not None:
            self._values["imported"] = imported
        if imported_resource is not None:
            self._values["imported_resource"] = imported_resource
        if logit_bias is not None:
            self._values["logit_bias"] = logit_bias
        if max_tokens is not None:
            self._values["max_tokens"] = max_tokens
        if metadata is not None:
            self._values["metadata"] = metadata
        if n is not None:
            self._values["n"] = n
        if presence_penalty is not None:
            self._values["presence_penalty"] = presence_penalty
        if project_id is not None:
            self._values["project_id"] = project_id
        if stop is not None:
            self._values["stop"] = stop
        if store is not None:
            self._values["store"] = store
        if stream is not None:
            self._values["stream"] = stream
        if temperature is not None:
            self._values["temperature"] = temperature
        if top_p is not None:
            self._values["top_p"] = top_p
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def connection(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, _cdktf_9a9027ec.WinrmProvisionerConnection]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("connection")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, _cdktf_9a9027ec.WinrmProvisionerConnection]], result)

    @builtins.property
    def count(
        self,
    ) -> typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]], result)

    @builtins.property
    def depends_on(
        self,
    ) -> typing.Optional[typing.List[_cdktf_9a9027ec.ITerraformDependable]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("depends_on")
        return typing.cast(typing.Optional[typing.List[_cdktf_9a9027ec.ITerraformDependable]], result)

    @builtins.property
    def for_each(self) -> typing.Optional[_cdktf_9a9027ec.ITerraformIterator]:
        '''
        :stability: experimental
        '''
        result = self._values.get("for_each")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.ITerraformIterator], result)

    @builtins.property
    def lifecycle(self) -> typing.Optional[_cdktf_9a9027ec.TerraformResourceLifecycle]:
        '''
        :stability: experimental
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.TerraformResourceLifecycle], result)

    @builtins.property
    def provider(self) -> typing.Optional[_cdktf_9a9027ec.TerraformProvider]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.TerraformProvider], result)

    @builtins.property
    def provisioners(
        self,
    ) -> typing.Optional[typing.List[typing.Union[_cdktf_9a9027ec.FileProvisioner, _cdktf_9a9027ec.LocalExecProvisioner, _cdktf_9a9027ec.RemoteExecProvisioner]]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provisioners")
        return typing.cast(typing.Optional[typing.List[typing.Union[_cdktf_9a9027ec.FileProvisioner, _cdktf_9a9027ec.LocalExecProvisioner, _cdktf_9a9027ec.RemoteExecProvisioner]]], result)

    @builtins.property
    def messages(
        self,
    ) -> typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ChatCompletionMessages"]]:
        '''messages block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#messages ChatCompletion#messages}
        '''
        result = self._values.get("messages")
        assert result is not None, "Required property 'messages' is missing"
        return typing.cast(typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ChatCompletionMessages"]], result)

    @builtins.property
    def model(self) -> builtins.str:
        '''ID of the model to use for the chat completion.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#model ChatCompletion#model}
        '''
        result = self._values.get("model")
        assert result is not None, "Required property 'model' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def choices(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ChatCompletionChoices]]]:
        '''choices block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#choices ChatCompletion#choices}
        '''
        result = self._values.get("choices")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ChatCompletionChoices]]], result)

    @builtins.property
    def frequency_penalty(self) -> typing.Optional[jsii.Number]:
        '''Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#frequency_penalty ChatCompletion#frequency_penalty}
        '''
        result = self._values.get("frequency_penalty")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def function_call(self) -> typing.Optional[builtins.str]:
        '''Controls how the model responds to function calls.

        'none' means the model doesn't call a function, 'auto' means the model can pick between calling a function or generating a message

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#function_call ChatCompletion#function_call}
        '''
        result = self._values.get("function_call")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def functions(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ChatCompletionFunctions"]]]:
        '''functions block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#functions ChatCompletion#functions}
        '''
        result = self._values.get("functions")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ChatCompletionFunctions"]]], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#id ChatCompletion#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def imported(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Whether this resource was imported from an existing chat completion.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#imported ChatCompletion#imported}
        '''
        result = self._values.get("imported")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def imported_resource(self) -> typing.Optional[builtins.str]:
        '''Internal field to prevent recreation of imported resources.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#_imported_resource ChatCompletion#_imported_resource}
        '''
        result = self._values.get("imported_resource")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def logit_bias(self) -> typing.Optional[typing.Mapping[builtins.str, jsii.Number]]:
        '''Modify the likelihood of specified tokens appearing in the completion.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#logit_bias ChatCompletion#logit_bias}
        '''
        result = self._values.get("logit_bias")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, jsii.Number]], result)

    @builtins.property
    def max_tokens(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of tokens to generate in the chat completion.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#max_tokens ChatCompletion#max_tokens}
        '''
        result = self._values.get("max_tokens")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def metadata(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''A map of key-value pairs that can be used to filter chat completions when listing them through the API.

        Only applicable when store is set to true.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#metadata ChatCompletion#metadata}
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def n(self) -> typing.Optional[jsii.Number]:
        '''How many chat completion choices to generate for each input message.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#n ChatCompletion#n}
        '''
        result = self._values.get("n")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def presence_penalty(self) -> typing.Optional[jsii.Number]:
        '''Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#presence_penalty ChatCompletion#presence_penalty}
        '''
        result = self._values.get("presence_penalty")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def project_id(self) -> typing.Optional[builtins.str]:
        '''The project to use for this request.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#project_id ChatCompletion#project_id}
        '''
        result = self._values.get("project_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def stop(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Up to 4 sequences where the API will stop generating further tokens.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#stop ChatCompletion#stop}
        '''
        result = self._values.get("stop")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def store(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Whether to store the chat completion for later retrieval via API.

        Note: requires a compatible model (e.g., gpt-4o), this parameter set to true, and the Chat Completions Store feature enabled on your OpenAI account. Without these conditions, completions won't be retrievable through the API.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#store ChatCompletion#store}
        '''
        result = self._values.get("store")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def stream(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Whether to stream back partial progress.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#stream ChatCompletion#stream}
        '''
        result = self._values.get("stream")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def temperature(self) -> typing.Optional[jsii.Number]:
        '''What sampling temperature to use, between 0 and 2.

        Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#temperature ChatCompletion#temperature}
        '''
        result = self._values.get("temperature")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def top_p(self) -> typing.Optional[jsii.Number]:
        '''Nuclear sampling: consider the results of the tokens with top_p probability mass. Range from 0 to 1.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#top_p ChatCompletion#top_p}
        '''
        result = self._values.get("top_p")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''A unique identifier representing your end-user.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#user ChatCompletion#user}
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ChatCompletionConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletionFunctions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "parameters": "parameters",
        "description": "description",
    },
)
class ChatCompletionFunctions:
    def __init__(
        self,
        *,
        name: builtins.str,
        parameters: builtins.str,
        description: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: The name of the function. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#name ChatCompletion#name}
        :param parameters: The parameters the function accepts, described as a JSON Schema object. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#parameters ChatCompletion#parameters}
        :param description: A description of what the function does. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#description ChatCompletion#description}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__199c66c3fb99e2e3cdb1a256a261f4a959082a9e23cafb990aa91cbca5b24d16)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "parameters": parameters,
        }
        if description is not None:
            self._values["description"] = description

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the function.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#name ChatCompletion#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def parameters(self) -> builtins.str:
        '''The parameters the function accepts, described as a JSON Schema object.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#parameters ChatCompletion#parameters}
        '''
        result = self._values.get("parameters")
        assert result is not None, "Required property 'parameters' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''A description of what the function does.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#description ChatCompletion#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ChatCompletionFunctions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ChatCompletionFunctionsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletionFunctionsList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9acdf3fae29ca000719eee85a25ed3dd3a05c250147a3dd455420e1b681b1a9b)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "ChatCompletionFunctionsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4e05b2446a8ef82bc9595957f953af172ad528046b05cb5102df3d7085f33fb0)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ChatCompletionFunctionsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__51d24e6f87f7e8cd59e0161917ff396e961ce86340a60e0a443ec2e1aa4be01d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9f550d263af2fcdd00b612a25c0e9c682fd48db3c7862d91522c099e15dfc82d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f41ff40e4f0990c0b0bfe89d3659d1d4a53bcb4df0871cc9d2f85a33acdf1f14)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ChatCompletionFunctions]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ChatCompletionFunctions]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ChatCompletionFunctions]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__df1f25ed5cf595c0ff6933434ff86fd63bc7c30912086cbafec6129bef9a966d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ChatCompletionFunctionsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletionFunctionsOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cc0e6b1c8a9956a99c646edbb33f657aaa1da77101d2e906be37badb4b4c83ef)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="parametersInput")
    def parameters_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "parametersInput"))

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__878ffce3c999e685102a73ebbb2c8b6f0896fedc221866a09aecc743b57e25ef)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c9d793d82f9aab77d26a2b0981cecf3d68346191e5aa64aa3131664ffdf843c9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="parameters")
    def parameters(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "parameters"))

    @parameters.setter
    def parameters(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__30595a41e511d708a37dbb189108e62513051807722f5dcd3b455ca69e0a7193)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "parameters", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ChatCompletionFunctions]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ChatCompletionFunctions]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ChatCompletionFunctions]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d3d651155cc8bd3c34a573d3c428b361184280e446ab1c0ebeb4db21fbd5685f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletionMessages",
    jsii_struct_bases=[],
    name_mapping={
        "content": "content",
        "role": "role",
        "function_call": "functionCall",
        "name": "name",
    },
)
class ChatCompletionMessages:
    def __init__(
        self,
        *,
        content: builtins.str,
        role: builtins.str,
        function_call: typing.Optional[typing.Union["ChatCompletionMessagesFunctionCall", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param content: The content of the message. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#content ChatCompletion#content}
        :param role: The role of the message author. One of 'system', 'user', 'assistant', or 'function'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#role ChatCompletion#role}
        :param function_call: function_call block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#function_call ChatCompletion#function_call}
        :param name: The name of the author of this message. Required if role is 'function'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#name ChatCompletion#name}
        '''
        if isinstance(function_call, dict):
            function_call = ChatCompletionMessagesFunctionCall(**function_call)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aa0f1ed0773652c2d7fcedfb0c521786471889c93bae5bcd23741de1684186f4)
            check_type(argname="argument content", value=content, expected_type=type_hints["content"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument function_call", value=function_call, expected_type=type_hints["function_call"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "content": content,
            "role": role,
        }
        if function_call is not None:
            self._values["function_call"] = function_call
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def content(self) -> builtins.str:
        '''The content of the message.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#content ChatCompletion#content}
        '''
        result = self._values.get("content")
        assert result is not None, "Required property 'content' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def role(self) -> builtins.str:
        '''The role of the message author. One of 'system', 'user', 'assistant', or 'function'.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#role ChatCompletion#role}
        '''
        result = self._values.get("role")
        assert result is not None, "Required property 'role' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def function_call(self) -> typing.Optional["ChatCompletionMessagesFunctionCall"]:
        '''function_call block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#function_call ChatCompletion#function_call}
        '''
        result = self._values.get("function_call")
        return typing.cast(typing.Optional["ChatCompletionMessagesFunctionCall"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the author of this message. Required if role is 'function'.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#name ChatCompletion#name}
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ChatCompletionMessages(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletionMessagesFunctionCall",
    jsii_struct_bases=[],
    name_mapping={"arguments": "arguments", "name": "name"},
)
class ChatCompletionMessagesFunctionCall:
    def __init__(self, *, arguments: builtins.str, name: builtins.str) -> None:
        '''
        :param arguments: The arguments to call the function with, as a JSON string. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#arguments ChatCompletion#arguments}
        :param name: The name of the function to call. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#name ChatCompletion#name}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1c31008abdb8e1e5061dd91f05b7243dc1d195d3d22e256efd5ea372adc1ee81)
            check_type(argname="argument arguments", value=arguments, expected_type=type_hints["arguments"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "arguments": arguments,
            "name": name,
        }

    @builtins.property
    def arguments(self) -> builtins.str:
        '''The arguments to call the function with, as a JSON string.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#arguments ChatCompletion#arguments}
        '''
        result = self._values.get("arguments")
        assert result is not None, "Required property 'arguments' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the function to call.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#name ChatCompletion#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ChatCompletionMessagesFunctionCall(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ChatCompletionMessagesFunctionCallOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletionMessagesFunctionCallOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__90421dc7c093b8ac7fb4e9f270dd1ef9e6f1cd74bd3e07b884272980641807da)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @builtins.property
    @jsii.member(jsii_name="argumentsInput")
    def arguments_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "argumentsInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="arguments")
    def arguments(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "arguments"))

    @arguments.setter
    def arguments(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__29dff2b843823735dfe248fff651a6cc9e3a912d5ed38af32655d0959c107571)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "arguments", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__53089d1ce7a26859999765804ff1584b799e971bf7d621f79356e58fa7e6d7a5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[ChatCompletionMessagesFunctionCall]:
        return typing.cast(typing.Optional[ChatCompletionMessagesFunctionCall], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[ChatCompletionMessagesFunctionCall],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__352dc1f4ebe6c498bdc212346b3a7cb3c5e17395484abe45a50e12233891e358)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ChatCompletionMessagesList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletionMessagesList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0c94d208098cd583da42f7e67ab2dfe9c3df7ddf739e58693cec873f2473ad05)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "ChatCompletionMessagesOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3c0c29de65ac70a4abef6112c417f5b432154c9ac44734da28a54a723b4ddf36)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ChatCompletionMessagesOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e6e65c158bd8ee95986c385e6c50c5b08f1616dd08d630c3825bcd4de448ef11)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6a73544ef0ca67c0616630f82352cdaf00e999838da969d3cfc4b98fb5e5ff79)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ce78326b441cd436ee38e5b5076dff674d7ed4b6ad3b436ce4b90479e4769fff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ChatCompletionMessages]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ChatCompletionMessages]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ChatCompletionMessages]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2bcef81c6ac492803f618b21d7c18b5b3fe37c804268584caeb80d4110c99db6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ChatCompletionMessagesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.chatCompletion.ChatCompletionMessagesOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9b38d080f18fada93d849eddbc81a5b7736caaef0fbc698331873ac99b995e8c)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="putFunctionCall")
    def put_function_call(self, *, arguments: builtins.str, name: builtins.str) -> None:
        '''
        :param arguments: The arguments to call the function with, as a JSON string. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#arguments ChatCompletion#arguments}
        :param name: The name of the function to call. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/chat_completion#name ChatCompletion#name}
        '''
        value = ChatCompletionMessagesFunctionCall(arguments=arguments, name=name)

        return typing.cast(None, jsii.invoke(self, "putFunctionCall", [value]))

    @jsii.member(jsii_name="resetFunctionCall")
    def reset_function_call(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFunctionCall", []))

    @jsii.member(jsii_name="resetName")
    def reset_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetName", []))

    @builtins.property
    @jsii.member(jsii_name="functionCall")
    def function_call(self) -> ChatCompletionMessagesFunctionCallOutputReference:
        return typing.cast(ChatCompletionMessagesFunctionCallOutputReference, jsii.get(self, "functionCall"))

    @builtins.property
    @jsii.member(jsii_name="contentInput")
    def content_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "contentInput"))

    @builtins.property
    @jsii.member(jsii_name="functionCallInput")
    def function_call_input(
        self,
    ) -> typing.Optional[ChatCompletionMessagesFunctionCall]:
        return typing.cast(typing.Optional[ChatCompletionMessagesFunctionCall], jsii.get(self, "functionCallInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="roleInput")
    def role_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "roleInput"))

    @builtins.property
    @jsii.member(jsii_name="content")
    def content(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "content"))

    @content.setter
    def content(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2997faa1abbc0a9e648042aa9088e7c252c5401a2e063bc3b6514aa8976ee7e5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "content", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__789996a83e7d12f034228c5ad9112292453d8d6d581d24ebda22658befb11629)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="role")
    def role(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "role"))

    @role.setter
    def role(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d22509b4322a4ce705d647cc4b38b9954fdf7ccef0fa6952c208fde7d9254030)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "role", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ChatCompletionMessages]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ChatCompletionMessages]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ChatCompletionMessages]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__288fbfcb29d98efcb3314f524fb712b1e86ca85a5250c530b2deb24eec4ec5ec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "ChatCompletion",
    "ChatCompletionChoices",
    "ChatCompletionChoicesList",
    "ChatCompletionChoicesMessage",
    "ChatCompletionChoicesMessageFunctionCall",
    "ChatCompletionChoicesMessageFunctionCallList",
    "ChatCompletionChoicesMessageFunctionCallOutputReference",
    "ChatCompletionChoicesMessageList",
    "ChatCompletionChoicesMessageOutputReference",
    "ChatCompletionChoicesOutputReference",
    "ChatCompletionConfig",
    "ChatCompletionFunctions",
    "ChatCompletionFunctionsList",
    "ChatCompletionFunctionsOutputReference",
    "ChatCompletionMessages",
    "ChatCompletionMessagesFunctionCall",
    "ChatCompletionMessagesFunctionCallOutputReference",
    "ChatCompletionMessagesList",
    "ChatCompletionMessagesOutputReference",
]

publication.publish()

def _typecheckingstub__f278523adcc8cc8146e397065e6748bf47b483a3954774e7c743f295b2dacc26(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    messages: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ChatCompletionMessages, typing.Dict[builtins.str, typing.Any]]]],
    model: builtins.str,
    choices: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ChatCompletionChoices, typing.Dict[builtins.str, typing.Any]]]]] = None,
    frequency_penalty: typing.Optional[jsii.Number] = None,
    function_call: typing.Optional[builtins.str] = None,
    functions: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ChatCompletionFunctions, typing.Dict[builtins.str, typing.Any]]]]] = None,
    id: typing.Optional[builtins.str] = None,
    imported: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    imported_resource: typing.Optional[builtins.str] = None,
    logit_bias: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    max_tokens: typing.Optional[jsii.Number] = None,
    metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    n: typing.Optional[jsii.Number] = None,
    presence_penalty: typing.Optional[jsii.Number] = None,
    project_id: typing.Optional[builtins.str] = None,
    stop: typing.Optional[typing.Sequence[builtins.str]] = None,
    store: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    stream: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    temperature: typing.Optional[jsii.Number] = None,
    top_p: typing.Optional[jsii.Number] = None,
    user: typing.Optional[builtins.str] = None,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86e379d572e1b3608bad40e58e0d521efaa9e50524bd021db02e2510be72886c(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7c147441938015fceeed3d021ed29f1768eb9c746fd59c108ca7f72da00e31d(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ChatCompletionChoices, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b447df3fa538f8e5dbf8a3ce9aca5469ba7796b1407617580d20a91ead96909(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ChatCompletionFunctions, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49e10b1be5628c4afc5af1621940743102d8af96d20962933b637807ba2bedcf(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ChatCompletionMessages, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d937a6e7bbf8c8101f7364b40137b6fbb6d6b0856db3741c79f5238bf5ef4d89(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e0aacbccc4cb306ccc36b51dae5ea4e0cbeffc4ab3ac258241288d44a40871d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ebd6bdea37a11e98830cf307079d6735418ed63938c735e2fd07cd8c270fcb8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff820b219e9b0c1611616c6af1334840835fa3ef13ea2f6b2056bcf02319243f(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da94cdd9006ce9aa830a9ebe28c49f62c7d517ac9fdcb98f5deea5ad4be1e043(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__831b5f1cd55abdd17a4ec1b7c9ae1b6be72abec285efddf9bee825cfd1797fe9(
    value: typing.Mapping[builtins.str, jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__595cb6307e77f125989efc273523c93be8c7684e5c3a66441847170d78dfdd6d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ecef1743ec0efbf5f3283b783231de55f5da057f2b27642cc9b1efac97391f06(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc3943d3c9e92caf988ba9ac304202df3f1df0159df5c086b8238a8c82121671(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d9eae759801c1a0016c18f847d608d9816248d793d7eddbe8bd8f4f4471f2f3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45f228988fed39dbddc0dbcba8c29e6f88c29cdc18b373ec278667cba0669949(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd68ab5f7956e9392f9aa45fd39a66d78760b9c561de1d0fd1836900574cefc5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cc4e1e8e341ad134df01dfef81428357510eedf83fc2bd4a3475fc53052d6768(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b7787cfdfd035e00e3987637f04ed0a1e53124f3babc732804d240c2bbd0317(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b18ade023cabf93d720852b5d6ddc3c06cba6edcba5071a28319a96a2342b533(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20a7903b2f0d4b20c6e65918e688af5b36605f417c583b7edc0c2bd2d39263e1(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1282fda99fd3379dab3b72874ff1eea11bc5b7c338e71223dee5cdaff1244865(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9da035a931f2c840f977cdb5c05f90eb7adcde9fbb484fe77e67b7326dee2f7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab1b5793779936ad9e4342f179d3b164260b21fa1ad1fe80d73830ebed0d21ca(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cbd98ab5136b17501c8ad6a0dde1eabd5d075176ef6472e568dd6864142b4169(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14234fb1c3be8ffb1606a5b137cfe925354c059c24ccf866dc665a280bcd1d48(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__632525d32995482b14ae839ead0039c87ac2ace71673a19963bec1d2af1d0e87(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__933437c4239bcde092016ede7fac810705c11baf79169e02f3529fba3984bf1f(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ec591dfdf60122b03f64905bba3a0b3bd98497b26075ee8f0d56a94edae3caa(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ChatCompletionChoices]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__afeaa51676ff58657911101570931a5d5d6615cf8c3bb8f95eeb6290826247da(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b72eb7c59de659feffc52b447e5bcc7a2d568eddbbf4079cb014107f9669e92(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58defd2ad56a8937664c87eb48ace06fabf7517e441b3da3b1f3cc89a637b926(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68d295dbaaf26b18fe113ee56322160a2b2b272632a4d507c7638b7f8232f8d3(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__511f1fa2d81f5a5d703f8a935979417ec559ad6d8fa99530ddf63dee2427c1d1(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab3ae7b39a820b080cfca6cc29ecbb5c7cb7f749ae757fbc8bc428f877483c08(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f5aa19bc642ff23e8f857ab189f823e311bf4ec8afed01809180a57b5a4f1d5f(
    value: typing.Optional[ChatCompletionChoicesMessageFunctionCall],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c3dea65065aade9c7e6455212ab55ee95d3e5af5b5509eeb884f9163f54c758(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2dddba9d69efe02c39fe87a197b1d805d4f37dce6d35693a5f8e624a0d25e52e(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3e82fcfb1b92ab5cb799b3e6f1b2d2606bb21943782c6d2de24f6b580af9789f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2aee7bf49491274a5696cb8f5ff0ff4e66a4a6d1d98cdac4e9379d1ee576b907(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11c816fdfdfa191031a18c3d0199c60832c8b37c83fde48dc0e274f01f95f1b0(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5adc9eb041d88040f326137173822093024458e435c1a43094674ee0e172e234(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__35f4d3524af023f567909fc80384bbd39733d6a07598bf01546e30c289aa8bcb(
    value: typing.Optional[ChatCompletionChoicesMessage],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e150f7a08ac57d7760233af2b35aa1834baec0e844d9c59c68689d2981476f4(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a1392c9d44ad0b06823e787e5a3e0dd2d873052fd13b3be28b3e09aecd43d05(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ChatCompletionChoices]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a1e768af335f8dcd982f64a67e5f315d2f9cf50a0c8c5bbc429e217e2845723(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    messages: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ChatCompletionMessages, typing.Dict[builtins.str, typing.Any]]]],
    model: builtins.str,
    choices: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ChatCompletionChoices, typing.Dict[builtins.str, typing.Any]]]]] = None,
    frequency_penalty: typing.Optional[jsii.Number] = None,
    function_call: typing.Optional[builtins.str] = None,
    functions: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ChatCompletionFunctions, typing.Dict[builtins.str, typing.Any]]]]] = None,
    id: typing.Optional[builtins.str] = None,
    imported: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    imported_resource: typing.Optional[builtins.str] = None,
    logit_bias: typing.Optional[typing.Mapping[builtins.str, jsii.Number]] = None,
    max_tokens: typing.Optional[jsii.Number] = None,
    metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    n: typing.Optional[jsii.Number] = None,
    presence_penalty: typing.Optional[jsii.Number] = None,
    project_id: typing.Optional[builtins.str] = None,
    stop: typing.Optional[typing.Sequence[builtins.str]] = None,
    store: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    stream: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    temperature: typing.Optional[jsii.Number] = None,
    top_p: typing.Optional[jsii.Number] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__199c66c3fb99e2e3cdb1a256a261f4a959082a9e23cafb990aa91cbca5b24d16(
    *,
    name: builtins.str,
    parameters: builtins.str,
    description: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9acdf3fae29ca000719eee85a25ed3dd3a05c250147a3dd455420e1b681b1a9b(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e05b2446a8ef82bc9595957f953af172ad528046b05cb5102df3d7085f33fb0(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__51d24e6f87f7e8cd59e0161917ff396e961ce86340a60e0a443ec2e1aa4be01d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9f550d263af2fcdd00b612a25c0e9c682fd48db3c7862d91522c099e15dfc82d(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f41ff40e4f0990c0b0bfe89d3659d1d4a53bcb4df0871cc9d2f85a33acdf1f14(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df1f25ed5cf595c0ff6933434ff86fd63bc7c30912086cbafec6129bef9a966d(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ChatCompletionFunctions]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cc0e6b1c8a9956a99c646edbb33f657aaa1da77101d2e906be37badb4b4c83ef(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__878ffce3c999e685102a73ebbb2c8b6f0896fedc221866a09aecc743b57e25ef(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9d793d82f9aab77d26a2b0981cecf3d68346191e5aa64aa3131664ffdf843c9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__30595a41e511d708a37dbb189108e62513051807722f5dcd3b455ca69e0a7193(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d3d651155cc8bd3c34a573d3c428b361184280e446ab1c0ebeb4db21fbd5685f(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ChatCompletionFunctions]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa0f1ed0773652c2d7fcedfb0c521786471889c93bae5bcd23741de1684186f4(
    *,
    content: builtins.str,
    role: builtins.str,
    function_call: typing.Optional[typing.Union[ChatCompletionMessagesFunctionCall, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c31008abdb8e1e5061dd91f05b7243dc1d195d3d22e256efd5ea372adc1ee81(
    *,
    arguments: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__90421dc7c093b8ac7fb4e9f270dd1ef9e6f1cd74bd3e07b884272980641807da(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29dff2b843823735dfe248fff651a6cc9e3a912d5ed38af32655d0959c107571(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53089d1ce7a26859999765804ff1584b799e971bf7d621f79356e58fa7e6d7a5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__352dc1f4ebe6c498bdc212346b3a7cb3c5e17395484abe45a50e12233891e358(
    value: typing.Optional[ChatCompletionMessagesFunctionCall],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c94d208098cd583da42f7e67ab2dfe9c3df7ddf739e58693cec873f2473ad05(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c0c29de65ac70a4abef6112c417f5b432154c9ac44734da28a54a723b4ddf36(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6e65c158bd8ee95986c385e6c50c5b08f1616dd08d630c3825bcd4de448ef11(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a73544ef0ca67c0616630f82352cdaf00e999838da969d3cfc4b98fb5e5ff79(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce78326b441cd436ee38e5b5076dff674d7ed4b6ad3b436ce4b90479e4769fff(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2bcef81c6ac492803f618b21d7c18b5b3fe37c804268584caeb80d4110c99db6(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ChatCompletionMessages]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b38d080f18fada93d849eddbc81a5b7736caaef0fbc698331873ac99b995e8c(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2997faa1abbc0a9e648042aa9088e7c252c5401a2e063bc3b6514aa8976ee7e5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__789996a83e7d12f034228c5ad9112292453d8d6d581d24ebda22658befb11629(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d22509b4322a4ce705d647cc4b38b9954fdf7ccef0fa6952c208fde7d9254030(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__288fbfcb29d98efcb3314f524fb712b1e86ca85a5250c530b2deb24eec4ec5ec(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ChatCompletionMessages]],
) -> None:
    """Type checking stubs"""
    pass
