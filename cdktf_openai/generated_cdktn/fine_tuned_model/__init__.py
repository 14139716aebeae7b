# GENERATED FILE -- DO NOT EDIT BY HAND.
# Made by `make bindings` (scripts/generate-bindings.js) with @cdktn/provider-generator 0.24.0
# from cdktf_openai/schema/mkdev-openai-1.2.0.full.schema.json (provider mkdev-me/openai@1.2.0).
r'''
# `openai_fine_tuned_model`

Refer to the Terraform Registry for docs: [`openai_fine_tuned_model`](https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model).
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


class FineTunedModel(
    _cdktn_78ede62e.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai_cdktn.fineTunedModel.FineTunedModel",
):
    '''Represents a {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model openai_fine_tuned_model}.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id_: builtins.str,
        *,
        model: builtins.str,
        training_file: builtins.str,
        completion_window: typing.Optional[jsii.Number] = None,
        hyperparameters: typing.Optional[typing.Union["FineTunedModelHyperparameters", typing.Dict[builtins.str, typing.Any]]] = None,
        id: typing.Optional[builtins.str] = None,
        suffix: typing.Optional[builtins.str] = None,
        validation_file: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.WinrmProvisionerConnection", typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]] = None,
        depends_on: typing.Optional[typing.Sequence["_cdktn_78ede62e.ITerraformDependable"]] = None,
        for_each: typing.Optional["_cdktn_78ede62e.ITerraformIterator"] = None,
        lifecycle: typing.Optional[typing.Union["_cdktn_78ede62e.TerraformResourceLifecycle", typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional["_cdktn_78ede62e.TerraformProvider"] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union["_cdktn_78ede62e.FileProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.LocalExecProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.RemoteExecProvisioner", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model openai_fine_tuned_model} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param model: The name of the base model to fine-tune. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#model FineTunedModel#model}
        :param training_file: The ID of the file containing training data. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#training_file FineTunedModel#training_file}
        :param completion_window: Time in seconds to wait for job to complete during creation. 0 means don't wait. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#completion_window FineTunedModel#completion_window}
        :param hyperparameters: hyperparameters block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#hyperparameters FineTunedModel#hyperparameters}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#id FineTunedModel#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param suffix: A suffix to append to the fine-tuned model name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#suffix FineTunedModel#suffix}
        :param validation_file: The ID of the file containing validation data. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#validation_file FineTunedModel#validation_file}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3a20c9b23fa1b3914e5642d3a6ae82fd420efe339e46f3704def46e04a43db68)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = FineTunedModelConfig(
            model=model,
            training_file=training_file,
            completion_window=completion_window,
            hyperparameters=hyperparameters,
            id=id,
            suffix=suffix,
            validation_file=validation_file,
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
        '''Generates CDKTN code for importing a FineTunedModel resource upon running "cdktn plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the FineTunedModel to import.
        :param import_from_id: The id of the existing FineTunedModel that should be imported. Refer to the {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the FineTunedModel to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__17dd7098bc74f0b06c19d07b67e4ad4bba34c85f987b352403af3070999311d2)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast("_cdktn_78ede62e.ImportableResource", jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putHyperparameters")
    def put_hyperparameters(
        self,
        *,
        batch_size: typing.Optional[jsii.Number] = None,
        learning_rate_multiplier: typing.Optional[jsii.Number] = None,
        n_epochs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param batch_size: Batch size to use for training. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#batch_size FineTunedModel#batch_size}
        :param learning_rate_multiplier: Learning rate multiplier to use for training. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#learning_rate_multiplier FineTunedModel#learning_rate_multiplier}
        :param n_epochs: Number of epochs to train for. Can be an integer or 'auto'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#n_epochs FineTunedModel#n_epochs}
        '''
        value = FineTunedModelHyperparameters(
            batch_size=batch_size,
            learning_rate_multiplier=learning_rate_multiplier,
            n_epochs=n_epochs,
        )

        return typing.cast(None, jsii.invoke(self, "putHyperparameters", [value]))

    @jsii.member(jsii_name="resetCompletionWindow")
    def reset_completion_window(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCompletionWindow", []))

    @jsii.member(jsii_name="resetHyperparameters")
    def reset_hyperparameters(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHyperparameters", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetSuffix")
    def reset_suffix(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSuffix", []))

    @jsii.member(jsii_name="resetValidationFile")
    def reset_validation_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetValidationFile", []))

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
    @jsii.member(jsii_name="createdAt")
    def created_at(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "createdAt"))

    @builtins.property
    @jsii.member(jsii_name="fineTunedModel")
    def fine_tuned_model(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fineTunedModel"))

    @builtins.property
    @jsii.member(jsii_name="finishedAt")
    def finished_at(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "finishedAt"))

    @builtins.property
    @jsii.member(jsii_name="hyperparameters")
    def hyperparameters(self) -> "FineTunedModelHyperparametersOutputReference":
        return typing.cast("FineTunedModelHyperparametersOutputReference", jsii.get(self, "hyperparameters"))

    @builtins.property
    @jsii.member(jsii_name="status")
    def status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "status"))

    @builtins.property
    @jsii.member(jsii_name="completionWindowInput")
    def completion_window_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "completionWindowInput"))

    @builtins.property
    @jsii.member(jsii_name="hyperparametersInput")
    def hyperparameters_input(self) -> typing.Optional["FineTunedModelHyperparameters"]:
        return typing.cast(typing.Optional["FineTunedModelHyperparameters"], jsii.get(self, "hyperparametersInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="modelInput")
    def model_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "modelInput"))

    @builtins.property
    @jsii.member(jsii_name="suffixInput")
    def suffix_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "suffixInput"))

    @builtins.property
    @jsii.member(jsii_name="trainingFileInput")
    def training_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "trainingFileInput"))

    @builtins.property
    @jsii.member(jsii_name="validationFileInput")
    def validation_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "validationFileInput"))

    @builtins.property
    @jsii.member(jsii_name="completionWindow")
    def completion_window(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "completionWindow"))

    @completion_window.setter
    def completion_window(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__70e961b8664ae3eecd2ab08b032b76ef8e84a1383bb5b8dfba23230900a2e683)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "completionWindow", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6885541fdf4c73c0f69d7408e95507962f37ec34aee9e2fbda25ad20964c01f1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="model")
    def model(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "model"))

    @model.setter
    def model(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__91b82bf7d79a3207201e76b3f804c2c697234bebc687dbaeb1398abaa673f3f9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "model", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="suffix")
    def suffix(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "suffix"))

    @suffix.setter
    def suffix(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__770d9940a3b3a97ddc7c68aa710c5479d981e68f9e8ec072bc796234fd84e0e9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "suffix", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="trainingFile")
    def training_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "trainingFile"))

    @training_file.setter
    def training_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__465da9265523dd4d941592e288ef17230c446418fba17844ad91be75343a1cf8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "trainingFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="validationFile")
    def validation_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "validationFile"))

    @validation_file.setter
    def validation_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__92e67c8d653ccf389c78cdc432f5233f941589cb5d4de5eaf1ff971e1536d62f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "validationFile", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mkdev-me_openai_cdktn.fineTunedModel.FineTunedModelConfig",
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
        "training_file": "trainingFile",
        "completion_window": "completionWindow",
        "hyperparameters": "hyperparameters",
        "id": "id",
        "suffix": "suffix",
        "validation_file": "validationFile",
    },
)
class FineTunedModelConfig(_cdktn_78ede62e.TerraformMetaArguments):
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
        training_file: builtins.str,
        completion_window: typing.Optional[jsii.Number] = None,
        hyperparameters: typing.Optional[typing.Union["FineTunedModelHyperparameters", typing.Dict[builtins.str, typing.Any]]] = None,
        id: typing.Optional[builtins.str] = None,
        suffix: typing.Optional[builtins.str] = None,
        validation_file: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param model: The name of the base model to fine-tune. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#model FineTunedModel#model}
        :param training_file: The ID of the file containing training data. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#training_file FineTunedModel#training_file}
        :param completion_window: Time in seconds to wait for job to complete during creation. 0 means don't wait. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#completion_window FineTunedModel#completion_window}
        :param hyperparameters: hyperparameters block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#hyperparameters FineTunedModel#hyperparameters}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#id FineTunedModel#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param suffix: A suffix to append to the fine-tuned model name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#suffix FineTunedModel#suffix}
        :param validation_file: The ID of the file containing validation data. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#validation_file FineTunedModel#validation_file}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktn_78ede62e.TerraformResourceLifecycle(**lifecycle)
        if isinstance(hyperparameters, dict):
            hyperparameters = FineTunedModelHyperparameters(**hyperparameters)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8acef974a87ab23fee00d18e41b103e6fa6ceb043cdcac9bdd744e2577682b10)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument model", value=model, expected_type=type_hints["model"])
            check_type(argname="argument training_file", value=training_file, expected_type=type_hints["training_file"])
            check_type(argname="argument completion_window", value=completion_window, expected_type=type_hints["completion_window"])
            check_type(argname="argument hyperparameters", value=hyperparameters, expected_type=type_hints["hyperparameters"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument suffix", value=suffix, expected_type=type_hints["suffix"])
            check_type(argname="argument validation_file", value=validation_file, expected_type=type_hints["validation_file"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "model": model,
            "training_file": training_file,
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
        if completion_window is not None:
            self._values["completion_window"] = completion_window
        if hyperparameters is not None:
            self._values["hyperparameters"] = hyperparameters
        if id is not None:
            self._values["id"] = id
        if suffix is not None:
            self._values["suffix"] = suffix
        if validation_file is not None:
            self._values["validation_file"] = validation_file

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
        '''The name of the base model to fine-tune.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#model FineTunedModel#model}
        '''
        result = self._values.get("model")
        assert result is not None, "Required property 'model' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def training_file(self) -> builtins.str:
        '''The ID of the file containing training data.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#training_file FineTunedModel#training_file}
        '''
        result = self._values.get("training_file")
        assert result is not None, "Required property 'training_file' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def completion_window(self) -> typing.Optional[jsii.Number]:
        '''Time in seconds to wait for job to complete during creation. 0 means don't wait.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#completion_window FineTunedModel#completion_window}
        '''
        result = self._values.get("completion_window")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def hyperparameters(self) -> typing.Optional["FineTunedModelHyperparameters"]:
        '''hyperparameters block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#hyperparameters FineTunedModel#hyperparameters}
        '''
        result = self._values.get("hyperparameters")
        return typing.cast(typing.Optional["FineTunedModelHyperparameters"], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#id FineTunedModel#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def suffix(self) -> typing.Optional[builtins.str]:
        '''A suffix to append to the fine-tuned model name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#suffix FineTunedModel#suffix}
        '''
        result = self._values.get("suffix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def validation_file(self) -> typing.Optional[builtins.str]:
        '''The ID of the file containing validation data.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#validation_file FineTunedModel#validation_file}
        '''
        result = self._values.get("validation_file")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FineTunedModelConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mkdev-me_openai_cdktn.fineTunedModel.FineTunedModelHyperparameters",
    jsii_struct_bases=[],
    name_mapping={
        "batch_size": "batchSize",
        "learning_rate_multiplier": "learningRateMultiplier",
        "n_epochs": "nEpochs",
    },
)
class FineTunedModelHyperparameters:
    def __init__(
        self,
        *,
        batch_size: typing.Optional[jsii.Number] = None,
        learning_rate_multiplier: typing.Optional[jsii.Number] = None,
        n_epochs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param batch_size: Batch size to use for training. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#batch_size FineTunedModel#batch_size}
        :param learning_rate_multiplier: Learning rate multiplier to use for training. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#learning_rate_multiplier FineTunedModel#learning_rate_multiplier}
        :param n_epochs: Number of epochs to train for. Can be an integer or 'auto'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#n_epochs FineTunedModel#n_epochs}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1dd34ffb200972079ffe377a75f18c768aeadf32172cd87c3ddfc784126e804e)
            check_type(argname="argument batch_size", value=batch_size, expected_type=type_hints["batch_size"])
            check_type(argname="argument learning_rate_multiplier", value=learning_rate_multiplier, expected_type=type_hints["learning_rate_multiplier"])
            check_type(argname="argument n_epochs", value=n_epochs, expected_type=type_hints["n_epochs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if batch_size is not None:
            self._values["batch_size"] = batch_size
        if learning_rate_multiplier is not None:
            self._values["learning_rate_multiplier"] = learning_rate_multiplier
        if n_epochs is not None:
            self._values["n_epochs"] = n_epochs

    @builtins.property
    def batch_size(self) -> typing.Optional[jsii.Number]:
        '''Batch size to use for training.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#batch_size FineTunedModel#batch_size}
        '''
        result = self._values.get("batch_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def learning_rate_multiplier(self) -> typing.Optional[jsii.Number]:
        '''Learning rate multiplier to use for training.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#learning_rate_multiplier FineTunedModel#learning_rate_multiplier}
        '''
        result = self._values.get("learning_rate_multiplier")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def n_epochs(self) -> typing.Optional[builtins.str]:
        '''Number of epochs to train for. Can be an integer or 'auto'.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuned_model#n_epochs FineTunedModel#n_epochs}
        '''
        result = self._values.get("n_epochs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FineTunedModelHyperparameters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FineTunedModelHyperparametersOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai_cdktn.fineTunedModel.FineTunedModelHyperparametersOutputReference",
):
    def __init__(
        self,
        terraform_resource: "_cdktn_78ede62e.IInterpolatingParent",
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b7e853f9a41c7282cdcc6c07d5c7e9a04af750a99b884137b20d0de695402933)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetBatchSize")
    def reset_batch_size(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBatchSize", []))

    @jsii.member(jsii_name="resetLearningRateMultiplier")
    def reset_learning_rate_multiplier(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLearningRateMultiplier", []))

    @jsii.member(jsii_name="resetNEpochs")
    def reset_n_epochs(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNEpochs", []))

    @builtins.property
    @jsii.member(jsii_name="batchSizeInput")
    def batch_size_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "batchSizeInput"))

    @builtins.property
    @jsii.member(jsii_name="learningRateMultiplierInput")
    def learning_rate_multiplier_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "learningRateMultiplierInput"))

    @builtins.property
    @jsii.member(jsii_name="nEpochsInput")
    def n_epochs_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nEpochsInput"))

    @builtins.property
    @jsii.member(jsii_name="batchSize")
    def batch_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "batchSize"))

    @batch_size.setter
    def batch_size(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d685b303c28e7f06310fb0dc1a8cdbd87f2281d354072fc2820f2ae63e46e4d4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "batchSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="learningRateMultiplier")
    def learning_rate_multiplier(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "learningRateMultiplier"))

    @learning_rate_multiplier.setter
    def learning_rate_multiplier(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f75b86935217e08cf646bd98141e6f3847922650a6b52c4f61142fd1e610a323)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "learningRateMultiplier", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="nEpochs")
    def n_epochs(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "nEpochs"))

    @n_epochs.setter
    def n_epochs(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3720c983b7f541ade776bd15b3ef04a9730a5a2afd5614863709880d75bf155f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "nEpochs", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["FineTunedModelHyperparameters"]:
        return typing.cast(typing.Optional["FineTunedModelHyperparameters"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["FineTunedModelHyperparameters"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__935394803f60358a19b36d442796fca780ad4e89381dfc5e425220479d1ad430)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "FineTunedModel",
    "FineTunedModelConfig",
    "FineTunedModelHyperparameters",
    "FineTunedModelHyperparametersOutputReference",
]

publication.publish()

def _typecheckingstub__3a20c9b23fa1b3914e5642d3a6ae82fd420efe339e46f3704def46e04a43db68(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    model: builtins.str,
    training_file: builtins.str,
    completion_window: typing.Optional[jsii.Number] = None,
    hyperparameters: typing.Optional[typing.Union[FineTunedModelHyperparameters, typing.Dict[builtins.str, typing.Any]]] = None,
    id: typing.Optional[builtins.str] = None,
    suffix: typing.Optional[builtins.str] = None,
    validation_file: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__17dd7098bc74f0b06c19d07b67e4ad4bba34c85f987b352403af3070999311d2(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70e961b8664ae3eecd2ab08b032b76ef8e84a1383bb5b8dfba23230900a2e683(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6885541fdf4c73c0f69d7408e95507962f37ec34aee9e2fbda25ad20964c01f1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91b82bf7d79a3207201e76b3f804c2c697234bebc687dbaeb1398abaa673f3f9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__770d9940a3b3a97ddc7c68aa710c5479d981e68f9e8ec072bc796234fd84e0e9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__465da9265523dd4d941592e288ef17230c446418fba17844ad91be75343a1cf8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92e67c8d653ccf389c78cdc432f5233f941589cb5d4de5eaf1ff971e1536d62f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8acef974a87ab23fee00d18e41b103e6fa6ceb043cdcac9bdd744e2577682b10(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktn_78ede62e.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktn_78ede62e.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktn_78ede62e.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktn_78ede62e.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktn_78ede62e.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktn_78ede62e.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    model: builtins.str,
    training_file: builtins.str,
    completion_window: typing.Optional[jsii.Number] = None,
    hyperparameters: typing.Optional[typing.Union[FineTunedModelHyperparameters, typing.Dict[builtins.str, typing.Any]]] = None,
    id: typing.Optional[builtins.str] = None,
    suffix: typing.Optional[builtins.str] = None,
    validation_file: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1dd34ffb200972079ffe377a75f18c768aeadf32172cd87c3ddfc784126e804e(
    *,
    batch_size: typing.Optional[jsii.Number] = None,
    learning_rate_multiplier: typing.Optional[jsii.Number] = None,
    n_epochs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b7e853f9a41c7282cdcc6c07d5c7e9a04af750a99b884137b20d0de695402933(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d685b303c28e7f06310fb0dc1a8cdbd87f2281d354072fc2820f2ae63e46e4d4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f75b86935217e08cf646bd98141e6f3847922650a6b52c4f61142fd1e610a323(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3720c983b7f541ade776bd15b3ef04a9730a5a2afd5614863709880d75bf155f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__935394803f60358a19b36d442796fca780ad4e89381dfc5e425220479d1ad430(
    value: typing.Optional[FineTunedModelHyperparameters],
) -> None:
    """Type checking stubs"""
    pass
