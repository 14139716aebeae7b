# GENERATED FILE -- DO NOT EDIT BY HAND.
# Made by `make bindings` (scripts/generate-bindings.js) with @cdktn/provider-generator 0.24.0
# from cdktf_openai/schema/mkdev-openai-1.2.0.full.schema.json (provider mkdev-me/openai@1.2.0).
r'''
# `openai_fine_tuning_job`

Refer to the Terraform Registry for docs: [`openai_fine_tuning_job`](https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job).
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


class FineTuningJob(
    _cdktn_78ede62e.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJob",
):
    '''Represents a {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job openai_fine_tuning_job}.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id_: builtins.str,
        *,
        model: builtins.str,
        training_file: builtins.str,
        cancel_after_timeout: typing.Optional[jsii.Number] = None,
        hyperparameters: typing.Optional[typing.Union["FineTuningJobHyperparameters", typing.Dict[builtins.str, typing.Any]]] = None,
        id: typing.Optional[builtins.str] = None,
        integrations: typing.Optional[typing.Union["_cdktn_78ede62e.IResolvable", typing.Sequence[typing.Union["FineTuningJobIntegrations", typing.Dict[builtins.str, typing.Any]]]]] = None,
        metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        method: typing.Optional[typing.Union["FineTuningJobMethod", typing.Dict[builtins.str, typing.Any]]] = None,
        seed: typing.Optional[jsii.Number] = None,
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
        '''Create a new {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job openai_fine_tuning_job} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param model: The base model to fine-tune (e.g., gpt-3.5-turbo, gpt-4o-mini). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#model FineTuningJob#model}
        :param training_file: The ID of the uploaded file containing training data. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#training_file FineTuningJob#training_file}
        :param cancel_after_timeout: Automatically cancel the job after this many seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#cancel_after_timeout FineTuningJob#cancel_after_timeout}
        :param hyperparameters: hyperparameters block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#hyperparameters FineTuningJob#hyperparameters}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#id FineTuningJob#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param integrations: integrations block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#integrations FineTuningJob#integrations}
        :param metadata: Key-value pairs attached to the fine-tuning job. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#metadata FineTuningJob#metadata}
        :param method: method block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#method FineTuningJob#method}
        :param seed: Seed for reproducibility. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#seed FineTuningJob#seed}
        :param suffix: A string of up to 64 characters added to your fine-tuned model name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#suffix FineTuningJob#suffix}
        :param validation_file: The ID of the uploaded file containing validation data. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#validation_file FineTuningJob#validation_file}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3e0a513a24f318d2b0cd91f433d56bf83a01dca5bdb9555373715dc382efb229)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = FineTuningJobConfig(
            model=model,
            training_file=training_file,
            cancel_after_timeout=cancel_after_timeout,
            hyperparameters=hyperparameters,
            id=id,
            integrations=integrations,
            metadata=metadata,
            method=method,
            seed=seed,
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
        '''Generates CDKTN code for importing a FineTuningJob resource upon running "cdktn plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the FineTuningJob to import.
        :param import_from_id: The id of the existing FineTuningJob that should be imported. Refer to the {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the FineTuningJob to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__09ba2337a0cb5c9eefaff461b259838270ddd4de9caf588b0379f50af36d076d)
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
        n_epochs: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param batch_size: Number of examples in each batch. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#batch_size FineTuningJob#batch_size}
        :param learning_rate_multiplier: Learning rate multiplier. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#learning_rate_multiplier FineTuningJob#learning_rate_multiplier}
        :param n_epochs: Number of epochs to train for. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#n_epochs FineTuningJob#n_epochs}
        '''
        value = FineTuningJobHyperparameters(
            batch_size=batch_size,
            learning_rate_multiplier=learning_rate_multiplier,
            n_epochs=n_epochs,
        )

        return typing.cast(None, jsii.invoke(self, "putHyperparameters", [value]))

    @jsii.member(jsii_name="putIntegrations")
    def put_integrations(
        self,
        value: typing.Union["_cdktn_78ede62e.IResolvable", typing.Sequence[typing.Union["FineTuningJobIntegrations", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__84aeb11b132f86b3a24f6b1bbf433bc9fb2d80c8164a2357e79bc9e208d61c95)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putIntegrations", [value]))

    @jsii.member(jsii_name="putMethod")
    def put_method(
        self,
        *,
        type: builtins.str,
        dpo: typing.Optional[typing.Union["FineTuningJobMethodDpo", typing.Dict[builtins.str, typing.Any]]] = None,
        supervised: typing.Optional[typing.Union["FineTuningJobMethodSupervised", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param type: The type of fine-tuning method (supervised or dpo). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#type FineTuningJob#type}
        :param dpo: dpo block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#dpo FineTuningJob#dpo}
        :param supervised: supervised block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#supervised FineTuningJob#supervised}
        '''
        value = FineTuningJobMethod(type=type, dpo=dpo, supervised=supervised)

        return typing.cast(None, jsii.invoke(self, "putMethod", [value]))

    @jsii.member(jsii_name="resetCancelAfterTimeout")
    def reset_cancel_after_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCancelAfterTimeout", []))

    @jsii.member(jsii_name="resetHyperparameters")
    def reset_hyperparameters(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHyperparameters", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIntegrations")
    def reset_integrations(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIntegrations", []))

    @jsii.member(jsii_name="resetMetadata")
    def reset_metadata(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMetadata", []))

    @jsii.member(jsii_name="resetMethod")
    def reset_method(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMethod", []))

    @jsii.member(jsii_name="resetSeed")
    def reset_seed(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSeed", []))

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
    def hyperparameters(self) -> "FineTuningJobHyperparametersOutputReference":
        return typing.cast("FineTuningJobHyperparametersOutputReference", jsii.get(self, "hyperparameters"))

    @builtins.property
    @jsii.member(jsii_name="integrations")
    def integrations(self) -> "FineTuningJobIntegrationsList":
        return typing.cast("FineTuningJobIntegrationsList", jsii.get(self, "integrations"))

    @builtins.property
    @jsii.member(jsii_name="lastUpdated")
    def last_updated(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "lastUpdated"))

    @builtins.property
    @jsii.member(jsii_name="method")
    def method(self) -> "FineTuningJobMethodOutputReference":
        return typing.cast("FineTuningJobMethodOutputReference", jsii.get(self, "method"))

    @builtins.property
    @jsii.member(jsii_name="organizationId")
    def organization_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "organizationId"))

    @builtins.property
    @jsii.member(jsii_name="resultFiles")
    def result_files(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "resultFiles"))

    @builtins.property
    @jsii.member(jsii_name="status")
    def status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "status"))

    @builtins.property
    @jsii.member(jsii_name="trainedTokens")
    def trained_tokens(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "trainedTokens"))

    @builtins.property
    @jsii.member(jsii_name="validationLoss")
    def validation_loss(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "validationLoss"))

    @builtins.property
    @jsii.member(jsii_name="cancelAfterTimeoutInput")
    def cancel_after_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "cancelAfterTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="hyperparametersInput")
    def hyperparameters_input(self) -> typing.Optional["FineTuningJobHyperparameters"]:
        return typing.cast(typing.Optional["FineTuningJobHyperparameters"], jsii.get(self, "hyperparametersInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="integrationsInput")
    def integrations_input(
        self,
    ) -> typing.Optional[typing.Union["_cdktn_78ede62e.IResolvable", typing.List["FineTuningJobIntegrations"]]]:
        return typing.cast(typing.Optional[typing.Union["_cdktn_78ede62e.IResolvable", typing.List["FineTuningJobIntegrations"]]], jsii.get(self, "integrationsInput"))

    @builtins.property
    @jsii.member(jsii_name="metadataInput")
    def metadata_input(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "metadataInput"))

    @builtins.property
    @jsii.member(jsii_name="methodInput")
    def method_input(self) -> typing.Optional["FineTuningJobMethod"]:
        return typing.cast(typing.Optional["FineTuningJobMethod"], jsii.get(self, "methodInput"))

    @builtins.property
    @jsii.member(jsii_name="modelInput")
    def model_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "modelInput"))

    @builtins.property
    @jsii.member(jsii_name="seedInput")
    def seed_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "seedInput"))

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
    @jsii.member(jsii_name="cancelAfterTimeout")
    def cancel_after_timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "cancelAfterTimeout"))

    @cancel_after_timeout.setter
    def cancel_after_timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f2518ff15bd5a0bfb6538571e5431bdb159a10d0739dbb4ebe247347f6029fc8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cancelAfterTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d942266a606835028dcf027912ec635fab6297da6a4f015572f49cf3762562fc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="metadata")
    def metadata(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "metadata"))

    @metadata.setter
    def metadata(self, value: typing.Mapping[builtins.str, builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bf4386752ca8e024b5861e8860f481c0172728aaee408749b1f46e8c4809c2cb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "metadata", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="model")
    def model(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "model"))

    @model.setter
    def model(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0da976418490fd56c9778ebf9e3e6d2027cd4d7bd337822f5a0d426bf28e0f52)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "model", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="seed")
    def seed(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "seed"))

    @seed.setter
    def seed(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c9014f9f65f3ff402157d0bb1995803b1a4aa55a0b12bef0864ad9225a3f89e3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "seed", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="suffix")
    def suffix(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "suffix"))

    @suffix.setter
    def suffix(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d2fe1c512bc32a22b3ba05da5b9487c80128102bb8ae2bebd09d1f2fc5a304f7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "suffix", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="trainingFile")
    def training_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "trainingFile"))

    @training_file.setter
    def training_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d586b3757270f1e4d225e7695c23ae88b49d890b2c2b52d3193c841f578659fe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "trainingFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="validationFile")
    def validation_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "validationFile"))

    @validation_file.setter
    def validation_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1871ef1a68a5350acfceeecd7548ead61a85f040314163aa22dfcba7f0493946)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "validationFile", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJobConfig",
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
        "cancel_after_timeout": "cancelAfterTimeout",
        "hyperparameters": "hyperparameters",
        "id": "id",
        "integrations": "integrations",
        "metadata": "metadata",
        "method": "method",
        "seed": "seed",
        "suffix": "suffix",
        "validation_file": "validationFile",
    },
)
class FineTuningJobConfig(_cdktn_78ede62e.TerraformMetaArguments):
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
        cancel_after_timeout: typing.Optional[jsii.Number] = None,
        hyperparameters: typing.Optional[typing.Union["FineTuningJobHyperparameters", typing.Dict[builtins.str, typing.Any]]] = None,
        id: typing.Optional[builtins.str] = None,
        integrations: typing.Optional[typing.Union["_cdktn_78ede62e.IResolvable", typing.Sequence[typing.Union["FineTuningJobIntegrations", typing.Dict[builtins.str, typing.Any]]]]] = None,
        metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        method: typing.Optional[typing.Union["FineTuningJobMethod", typing.Dict[builtins.str, typing.Any]]] = None,
        seed: typing.Optional[jsii.Number] = None,
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
        :param model: The base model to fine-tune (e.g., gpt-3.5-turbo, gpt-4o-mini). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#model FineTuningJob#model}
        :param training_file: The ID of the uploaded file containing training data. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#training_file FineTuningJob#training_file}
        :param cancel_after_timeout: Automatically cancel the job after this many seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#cancel_after_timeout FineTuningJob#cancel_after_timeout}
        :param hyperparameters: hyperparameters block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#hyperparameters FineTuningJob#hyperparameters}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#id FineTuningJob#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param integrations: integrations block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#integrations FineTuningJob#integrations}
        :param metadata: Key-value pairs attached to the fine-tuning job. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#metadata FineTuningJob#metadata}
        :param method: method block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#method FineTuningJob#method}
        :param seed: Seed for reproducibility. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#seed FineTuningJob#seed}
        :param suffix: A string of up to 64 characters added to your fine-tuned model name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#suffix FineTuningJob#suffix}
        :param validation_file: The ID of the uploaded file containing validation data. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#validation_file FineTuningJob#validation_file}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktn_78ede62e.TerraformResourceLifecycle(**lifecycle)
        if isinstance(hyperparameters, dict):
            hyperparameters = FineTuningJobHyperparameters(**hyperparameters)
        if isinstance(method, dict):
            method = FineTuningJobMethod(**method)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a27c79933e1d5c9b7520a79c6db51b0aa54812c5510847095c2b7b3143571900)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument model", value=model, expected_type=type_hints["model"])
            check_type(argname="argument training_file", value=training_file, expected_type=type_hints["training_file"])
            check_type(argname="argument cancel_after_timeout", value=cancel_after_timeout, expected_type=type_hints["cancel_after_timeout"])
            check_type(argname="argument hyperparameters", value=hyperparameters, expected_type=type_hints["hyperparameters"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument integrations", value=integrations, expected_type=type_hints["integrations"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument seed", value=seed, expected_type=type_hints["seed"])
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
        if cancel_after_timeout is not None:
            self._values["cancel_after_timeout"] = cancel_after_timeout
        if hyperparameters is not None:
            self._values["hyperparameters"] = hyperparameters
        if id is not None:
            self._values["id"] = id
        if integrations is not None:
            self._values["integrations"] = integrations
        if metadata is not None:
            self._values["metadata"] = metadata
        if method is not None:
            self._values["method"] = method
        if seed is not None:
            self._values["seed"] = seed
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
        '''The base model to fine-tune (e.g., gpt-3.5-turbo, gpt-4o-mini).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#model FineTuningJob#model}
        '''
        result = self._values.get("model")
        assert result is not None, "Required property 'model' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def training_file(self) -> builtins.str:
        '''The ID of the uploaded file containing training data.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#training_file FineTuningJob#training_file}
        '''
        result = self._values.get("training_file")
        assert result is not None, "Required property 'training_file' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cancel_after_timeout(self) -> typing.Optional[jsii.Number]:
        '''Automatically cancel the job after this many seconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#cancel_after_timeout FineTuningJob#cancel_after_timeout}
        '''
        result = self._values.get("cancel_after_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def hyperparameters(self) -> typing.Optional["FineTuningJobHyperparameters"]:
        '''hyperparameters block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#hyperparameters FineTuningJob#hyperparameters}
        '''
        result = self._values.get("hyperparameters")
        return typing.cast(typing.Optional["FineTuningJobHyperparameters"], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#id FineTuningJob#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def integrations(
        self,
    ) -> typing.Optional[typing.Union["_cdktn_78ede62e.IResolvable", typing.List["FineTuningJobIntegrations"]]]:
        '''integrations block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#integrations FineTuningJob#integrations}
        '''
        result = self._values.get("integrations")
        return typing.cast(typing.Optional[typing.Union["_cdktn_78ede62e.IResolvable", typing.List["FineTuningJobIntegrations"]]], result)

    @builtins.property
    def metadata(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Key-value pairs attached to the fine-tuning job.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#metadata FineTuningJob#metadata}
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def method(self) -> typing.Optional["FineTuningJobMethod"]:
        '''method block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#method FineTuningJob#method}
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional["FineTuningJobMethod"], result)

    @builtins.property
    def seed(self) -> typing.Optional[jsii.Number]:
        '''Seed for reproducibility.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#seed FineTuningJob#seed}
        '''
        result = self._values.get("seed")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def suffix(self) -> typing.Optional[builtins.str]:
        '''A string of up to 64 characters added to your fine-tuned model name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#suffix FineTuningJob#suffix}
        '''
        result = self._values.get("suffix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def validation_file(self) -> typing.Optional[builtins.str]:
        '''The ID of the uploaded file containing validation data.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#validation_file FineTuningJob#validation_file}
        '''
        result = self._values.get("validation_file")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FineTuningJobConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJobHyperparameters",
    jsii_struct_bases=[],
    name_mapping={
        "batch_size": "batchSize",
        "learning_rate_multiplier": "learningRateMultiplier",
        "n_epochs": "nEpochs",
    },
)
class FineTuningJobHyperparameters:
    def __init__(
        self,
        *,
        batch_size: typing.Optional[jsii.Number] = None,
        learning_rate_multiplier: typing.Optional[jsii.Number] = None,
        n_epochs: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param batch_size: Number of examples in each batch. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#batch_size FineTuningJob#batch_size}
        :param learning_rate_multiplier: Learning rate multiplier. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#learning_rate_multiplier FineTuningJob#learning_rate_multiplier}
        :param n_epochs: Number of epochs to train for. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#n_epochs FineTuningJob#n_epochs}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fe57072e04973ef3a8dbc146326afa7102f5a946451ed7e5bf5cd6e6aad27228)
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
        '''Number of examples in each batch.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#batch_size FineTuningJob#batch_size}
        '''
        result = self._values.get("batch_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def learning_rate_multiplier(self) -> typing.Optional[jsii.Number]:
        '''Learning rate multiplier.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#learning_rate_multiplier FineTuningJob#learning_rate_multiplier}
        '''
        result = self._values.get("learning_rate_multiplier")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def n_epochs(self) -> typing.Optional[jsii.Number]:
        '''Number of epochs to train for.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#n_epochs FineTuningJob#n_epochs}
        '''
        result = self._values.get("n_epochs")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FineTuningJobHyperparameters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FineTuningJobHyperparametersOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJobHyperparametersOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__85d65628e2cf450c22aca5b8924fa775bf92a3e34353009347585b102eb638c1)
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
    def n_epochs_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "nEpochsInput"))

    @builtins.property
    @jsii.member(jsii_name="batchSize")
    def batch_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "batchSize"))

    @batch_size.setter
    def batch_size(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__745a3fdd2967ebb6a2dd22c86596c4593d086f04fa8d05d16a8010bbad34e0d7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "batchSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="learningRateMultiplier")
    def learning_rate_multiplier(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "learningRateMultiplier"))

    @learning_rate_multiplier.setter
    def learning_rate_multiplier(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ab30d40a5fc01546d90b5aa46f06f5712a7001bcc6f23732603d3109306ea6cd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "learningRateMultiplier", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="nEpochs")
    def n_epochs(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "nEpochs"))

    @n_epochs.setter
    def n_epochs(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__00f1c119dd93ea9571ff127854c2648d07a29db913a00a96ce966501e0254525)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "nEpochs", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["FineTuningJobHyperparameters"]:
        return typing.cast(typing.Optional["FineTuningJobHyperparameters"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["FineTuningJobHyperparameters"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__684511622b7d4d15f755ac4d249f647be1e66af639898b691869eaae365d23de)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJobIntegrations",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "wandb": "wandb"},
)
class FineTuningJobIntegrations:
    def __init__(
        self,
        *,
        type: builtins.str,
        wandb: typing.Optional[typing.Union["FineTuningJobIntegrationsWandb", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param type: The type of integration (e.g., wandb). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#type FineTuningJob#type}
        :param wandb: wandb block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#wandb FineTuningJob#wandb}
        '''
        if isinstance(wandb, dict):
            wandb = FineTuningJobIntegrationsWandb(**wandb)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d62f3e57c2aabdf0a77f6af76b5d7a26c61bdcb53ff6cb4b4c72b6cf1111eb0a)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument wandb", value=wandb, expected_type=type_hints["wandb"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if wandb is not None:
            self._values["wandb"] = wandb

    @builtins.property
    def type(self) -> builtins.str:
        '''The type of integration (e.g., wandb).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#type FineTuningJob#type}
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def wandb(self) -> typing.Optional["FineTuningJobIntegrationsWandb"]:
        '''wandb block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#wandb FineTuningJob#wandb}
        '''
        result = self._values.get("wandb")
        return typing.cast(typing.Optional["FineTuningJobIntegrationsWandb"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FineTuningJobIntegrations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FineTuningJobIntegrationsList(
    _cdktn_78ede62e.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJobIntegrationsList",
):
    def __init__(
        self,
        terraform_resource: "_cdktn_78ede62e.IInterpolatingParent",
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a42d8076d90a21e86912f39fc3f0c9982d0cbf045f5fff015fd2a91f7d819913)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "FineTuningJobIntegrationsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5bc972f6b85bd11e314fe9b87be6a2de8b7bb7745e92fca5dbf4c740a382cbae)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("FineTuningJobIntegrationsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union["_cdktn_78ede62e.IResolvable", typing.List["FineTuningJobIntegrations"]]]:
        return typing.cast(typing.Optional[typing.Union["_cdktn_78ede62e.IResolvable", typing.List["FineTuningJobIntegrations"]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union["_cdktn_78ede62e.IResolvable", typing.List["FineTuningJobIntegrations"]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c8a382f52fff667e005468f3d9ce5e6a5f1074022f349d4183426003acfe661c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class FineTuningJobIntegrationsOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJobIntegrationsOutputReference",
):
    def __init__(
        self,
        terraform_resource: "_cdktn_78ede62e.IInterpolatingParent",
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
            type_hints = typing.get_type_hints(_typecheckingstub__a7eb881d1b0726bb77aa35577d0e33b94160245550c6c9fcc3d66d151e3fbbec)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="putWandb")
    def put_wandb(
        self,
        *,
        project: builtins.str,
        name: typing.Optional[builtins.str] = None,
        tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param project: The W&B project name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#project FineTuningJob#project}
        :param name: The W&B run name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#name FineTuningJob#name}
        :param tags: Tags for the W&B run. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#tags FineTuningJob#tags}
        '''
        value = FineTuningJobIntegrationsWandb(project=project, name=name, tags=tags)

        return typing.cast(None, jsii.invoke(self, "putWandb", [value]))

    @jsii.member(jsii_name="resetWandb")
    def reset_wandb(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWandb", []))

    @builtins.property
    @jsii.member(jsii_name="wandb")
    def wandb(self) -> "FineTuningJobIntegrationsWandbOutputReference":
        return typing.cast("FineTuningJobIntegrationsWandbOutputReference", jsii.get(self, "wandb"))

    @builtins.property
    @jsii.member(jsii_name="typeInput")
    def type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "typeInput"))

    @builtins.property
    @jsii.member(jsii_name="wandbInput")
    def wandb_input(self) -> typing.Optional["FineTuningJobIntegrationsWandb"]:
        return typing.cast(typing.Optional["FineTuningJobIntegrationsWandb"], jsii.get(self, "wandbInput"))

    @builtins.property
    @jsii.member(jsii_name="type")
    def type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "type"))

    @type.setter
    def type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__535dd8affa060900d376f7da0235c5edc3bc72fdedd677a1e3c7d7d77c68eacf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "type", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union["_cdktn_78ede62e.IResolvable", "FineTuningJobIntegrations"]]:
        return typing.cast(typing.Optional[typing.Union["_cdktn_78ede62e.IResolvable", "FineTuningJobIntegrations"]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union["_cdktn_78ede62e.IResolvable", "FineTuningJobIntegrations"]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4294bc68840fbaabf0ed5f70dd9a9bd6abe70eb840cd957dfffd393862d22af9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJobIntegrationsWandb",
    jsii_struct_bases=[],
    name_mapping={"project": "project", "name": "name", "tags": "tags"},
)
class FineTuningJobIntegrationsWandb:
    def __init__(
        self,
        *,
        project: builtins.str,
        name: typing.Optional[builtins.str] = None,
        tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param project: The W&B project name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#project FineTuningJob#project}
        :param name: The W&B run name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#name FineTuningJob#name}
        :param tags: Tags for the W&B run. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#tags FineTuningJob#tags}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cbe9f6c9a91904e080d317526e85cfd86db7516ec9bb31dc7a272e3d3fa3f022)
            check_type(argname="argument project", value=project, expected_type=type_hints["project"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "project": project,
        }
        if name is not None:
            self._values["name"] = name
        if tags is not None:
            self._values["tags"] = tags

    @builtins.property
    def project(self) -> builtins.str:
        '''The W&B project name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#project FineTuningJob#project}
        '''
        result = self._values.get("project")
        assert result is not None, "Required property 'project' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The W&B run name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#name FineTuningJob#name}
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Tags for the W&B run.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#tags FineTuningJob#tags}
        '''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FineTuningJobIntegrationsWandb(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FineTuningJobIntegrationsWandbOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJobIntegrationsWandbOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__80a6d186fd1876b22ad534b92ea7ae15f9b57cfdbb19f3a6832d2c6abd622d40)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetName")
    def reset_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetName", []))

    @jsii.member(jsii_name="resetTags")
    def reset_tags(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTags", []))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="projectInput")
    def project_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "projectInput"))

    @builtins.property
    @jsii.member(jsii_name="tagsInput")
    def tags_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "tagsInput"))

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bc7d3c191460d3b8623fec5802fce60ee19b1e4a4474ace227a5b51c51679b03)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="project")
    def project(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "project"))

    @project.setter
    def project(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c1c3d7439e1ea175b4823dfea2aa3b51f4d3ce2f2ad07b0f76c60c24132160bf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "project", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tags")
    def tags(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tags"))

    @tags.setter
    def tags(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9661c927250d86c08b26de366cc8f4a21b8569a7b3c417a9b7fceaf0d3fed021)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["FineTuningJobIntegrationsWandb"]:
        return typing.cast(typing.Optional["FineTuningJobIntegrationsWandb"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["FineTuningJobIntegrationsWandb"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__47341b19c54dac6299058d1482b13e2a3598b203b812faa96e7436198ed12e88)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJobMethod",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "dpo": "dpo", "supervised": "supervised"},
)
class FineTuningJobMethod:
    def __init__(
        self,
        *,
        type: builtins.str,
        dpo: typing.Optional[typing.Union["FineTuningJobMethodDpo", typing.Dict[builtins.str, typing.Any]]] = None,
        supervised: typing.Optional[typing.Union["FineTuningJobMethodSupervised", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param type: The type of fine-tuning method (supervised or dpo). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#type FineTuningJob#type}
        :param dpo: dpo block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#dpo FineTuningJob#dpo}
        :param supervised: supervised block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#supervised FineTuningJob#supervised}
        '''
        if isinstance(dpo, dict):
            dpo = FineTuningJobMethodDpo(**dpo)
        if isinstance(supervised, dict):
            supervised = FineTuningJobMethodSupervised(**supervised)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e4cfb172bedc547d35cc4538c6d2ecc184953d103a878c84194cae5833f6f9b4)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument dpo", value=dpo, expected_type=type_hints["dpo"])
            check_type(argname="argument supervised", value=supervised, expected_type=type_hints["supervised"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if dpo is not None:
            self._values["dpo"] = dpo
        if supervised is not None:
            self._values["supervised"] = supervised

    @builtins.property
    def type(self) -> builtins.str:
        '''The type of fine-tuning method (supervised or dpo).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#type FineTuningJob#type}
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def dpo(self) -> typing.Optional["FineTuningJobMethodDpo"]:
        '''dpo block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#dpo FineTuningJob#dpo}
        '''
        result = self._values.get("dpo")
        return typing.cast(typing.Optional["FineTuningJobMethodDpo"], result)

    @builtins.property
    def supervised(self) -> typing.Optional["FineTuningJobMethodSupervised"]:
        '''supervised block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#supervised FineTuningJob#supervised}
        '''
        result = self._values.get("supervised")
        return typing.cast(typing.Optional["FineTuningJobMethodSupervised"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FineTuningJobMethod(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJobMethodDpo",
    jsii_struct_bases=[],
    name_mapping={"hyperparameters": "hyperparameters"},
)
class FineTuningJobMethodDpo:
    def __init__(
        self,
        *,
        hyperparameters: typing.Optional[typing.Union["FineTuningJobMethodDpoHyperparameters", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param hyperparameters: hyperparameters block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#hyperparameters FineTuningJob#hyperparameters}
        '''
        if isinstance(hyperparameters, dict):
            hyperparameters = FineTuningJobMethodDpoHyperparameters(**hyperparameters)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fc7816081d14824dc790a6d2ec77cb97e6c0cb3585dbaf4588b5e82a369d59ca)
            check_type(argname="argument hyperparameters", value=hyperparameters, expected_type=type_hints["hyperparameters"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hyperparameters is not None:
            self._values["hyperparameters"] = hyperparameters

    @builtins.property
    def hyperparameters(
        self,
    ) -> typing.Optional["FineTuningJobMethodDpoHyperparameters"]:
        '''hyperparameters block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#hyperparameters FineTuningJob#hyperparameters}
        '''
        result = self._values.get("hyperparameters")
        return typing.cast(typing.Optional["FineTuningJobMethodDpoHyperparameters"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FineTuningJobMethodDpo(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJobMethodDpoHyperparameters",
    jsii_struct_bases=[],
    name_mapping={"beta": "beta"},
)
class FineTuningJobMethodDpoHyperparameters:
    def __init__(self, *, beta: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param beta: Beta parameter for DPO. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#beta FineTuningJob#beta}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4e676ec84a36319f398a74575fef8af7c500aac3266ceb56068c579e0baee0af)
            check_type(argname="argument beta", value=beta, expected_type=type_hints["beta"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if beta is not None:
            self._values["beta"] = beta

    @builtins.property
    def beta(self) -> typing.Optional[jsii.Number]:
        '''Beta parameter for DPO.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#beta FineTuningJob#beta}
        '''
        result = self._values.get("beta")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FineTuningJobMethodDpoHyperparameters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FineTuningJobMethodDpoHyperparametersOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJobMethodDpoHyperparametersOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__b99f564dd2627205066a74f3fde79ac187df23eebf89a8ea902768cbd92285fa)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetBeta")
    def reset_beta(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBeta", []))

    @builtins.property
    @jsii.member(jsii_name="betaInput")
    def beta_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "betaInput"))

    @builtins.property
    @jsii.member(jsii_name="beta")
    def beta(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "beta"))

    @beta.setter
    def beta(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f7d8fd72ba8f6a967202db5a3159a5c157cc7082922b680cd867f1a396b24db4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "beta", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional["FineTuningJobMethodDpoHyperparameters"]:
        return typing.cast(typing.Optional["FineTuningJobMethodDpoHyperparameters"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["FineTuningJobMethodDpoHyperparameters"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9c733091536ae128a97f3fcb50bd487897104cbaa47a2682dcb6267c8d6f24a4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class FineTuningJobMethodDpoOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJobMethodDpoOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__964960987e44a80b04bf4c93471843fd8fc7cd4cae15f1f6ceb71064f69a2247)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putHyperparameters")
    def put_hyperparameters(self, *, beta: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param beta: Beta parameter for DPO. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#beta FineTuningJob#beta}
        '''
        value = FineTuningJobMethodDpoHyperparameters(beta=beta)

        return typing.cast(None, jsii.invoke(self, "putHyperparameters", [value]))

    @jsii.member(jsii_name="resetHyperparameters")
    def reset_hyperparameters(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHyperparameters", []))

    @builtins.property
    @jsii.member(jsii_name="hyperparameters")
    def hyperparameters(self) -> "FineTuningJobMethodDpoHyperparametersOutputReference":
        return typing.cast("FineTuningJobMethodDpoHyperparametersOutputReference", jsii.get(self, "hyperparameters"))

    @builtins.property
    @jsii.member(jsii_name="hyperparametersInput")
    def hyperparameters_input(
        self,
    ) -> typing.Optional["FineTuningJobMethodDpoHyperparameters"]:
        return typing.cast(typing.Optional["FineTuningJobMethodDpoHyperparameters"], jsii.get(self, "hyperparametersInput"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["FineTuningJobMethodDpo"]:
        return typing.cast(typing.Optional["FineTuningJobMethodDpo"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional["FineTuningJobMethodDpo"]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__699d9e9d3ab3b0304e1efde7b93999556fe366cc1ed29b80d43211b438d4fac7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class FineTuningJobMethodOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJobMethodOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__ad79e8b0c2e1960b358dab2dfe624a486fc2adf46c8a4e37d3a032aaae7fa905)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putDpo")
    def put_dpo(
        self,
        *,
        hyperparameters: typing.Optional[typing.Union["FineTuningJobMethodDpoHyperparameters", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param hyperparameters: hyperparameters block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#hyperparameters FineTuningJob#hyperparameters}
        '''
        value = FineTuningJobMethodDpo(hyperparameters=hyperparameters)

        return typing.cast(None, jsii.invoke(self, "putDpo", [value]))

    @jsii.member(jsii_name="putSupervised")
    def put_supervised(
        self,
        *,
        hyperparameters: typing.Optional[typing.Union["FineTuningJobMethodSupervisedHyperparameters", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param hyperparameters: hyperparameters block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#hyperparameters FineTuningJob#hyperparameters}
        '''
        value = FineTuningJobMethodSupervised(hyperparameters=hyperparameters)

        return typing.cast(None, jsii.invoke(self, "putSupervised", [value]))

    @jsii.member(jsii_name="resetDpo")
    def reset_dpo(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDpo", []))

    @jsii.member(jsii_name="resetSupervised")
    def reset_supervised(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSupervised", []))

    @builtins.property
    @jsii.member(jsii_name="dpo")
    def dpo(self) -> "FineTuningJobMethodDpoOutputReference":
        return typing.cast("FineTuningJobMethodDpoOutputReference", jsii.get(self, "dpo"))

    @builtins.property
    @jsii.member(jsii_name="supervised")
    def supervised(self) -> "FineTuningJobMethodSupervisedOutputReference":
        return typing.cast("FineTuningJobMethodSupervisedOutputReference", jsii.get(self, "supervised"))

    @builtins.property
    @jsii.member(jsii_name="dpoInput")
    def dpo_input(self) -> typing.Optional["FineTuningJobMethodDpo"]:
        return typing.cast(typing.Optional["FineTuningJobMethodDpo"], jsii.get(self, "dpoInput"))

    @builtins.property
    @jsii.member(jsii_name="supervisedInput")
    def supervised_input(self) -> typing.Optional["FineTuningJobMethodSupervised"]:
        return typing.cast(typing.Optional["FineTuningJobMethodSupervised"], jsii.get(self, "supervisedInput"))

    @builtins.property
    @jsii.member(jsii_name="typeInput")
    def type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "typeInput"))

    @builtins.property
    @jsii.member(jsii_name="type")
    def type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "type"))

    @type.setter
    def type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9e3e82bc1ea87b7405280962a92aee2bf83c963fa94a80cdf4927d53feb5aef6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "type", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["FineTuningJobMethod"]:
        return typing.cast(typing.Optional["FineTuningJobMethod"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional["FineTuningJobMethod"]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__94d5449e8430e55c43ad5b44608b92943c6928643a0c3ade74f013f98130f0f1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJobMethodSupervised",
    jsii_struct_bases=[],
    name_mapping={"hyperparameters": "hyperparameters"},
)
class FineTuningJobMethodSupervised:
    def __init__(
        self,
        *,
        hyperparameters: typing.Optional[typing.Union["FineTuningJobMethodSupervisedHyperparameters", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param hyperparameters: hyperparameters block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#hyperparameters FineTuningJob#hyperparameters}
        '''
        if isinstance(hyperparameters, dict):
            hyperparameters = FineTuningJobMethodSupervisedHyperparameters(**hyperparameters)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e78be9017429a3dda7682c25db32339932332d601ffc7ca52af93dcc34f036ce)
            check_type(argname="argument hyperparameters", value=hyperparameters, expected_type=type_hints["hyperparameters"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hyperparameters is not None:
            self._values["hyperparameters"] = hyperparameters

    @builtins.property
    def hyperparameters(
        self,
    ) -> typing.Optional["FineTuningJobMethodSupervisedHyperparameters"]:
        '''hyperparameters block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#hyperparameters FineTuningJob#hyperparameters}
        '''
        result = self._values.get("hyperparameters")
        return typing.cast(typing.Optional["FineTuningJobMethodSupervisedHyperparameters"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FineTuningJobMethodSupervised(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJobMethodSupervisedHyperparameters",
    jsii_struct_bases=[],
    name_mapping={
        "batch_size": "batchSize",
        "learning_rate_multiplier": "learningRateMultiplier",
        "n_epochs": "nEpochs",
    },
)
class FineTuningJobMethodSupervisedHyperparameters:
    def __init__(
        self,
        *,
        batch_size: typing.Optional[jsii.Number] = None,
        learning_rate_multiplier: typing.Optional[jsii.Number] = None,
        n_epochs: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param batch_size: Number of examples in each batch. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#batch_size FineTuningJob#batch_size}
        :param learning_rate_multiplier: Learning rate multiplier. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#learning_rate_multiplier FineTuningJob#learning_rate_multiplier}
        :param n_epochs: Number of epochs to train for. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#n_epochs FineTuningJob#n_epochs}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f28af69598fe83e1516c8b063f6693c6c271abb62b34509761bb15e940374f9d)
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
        '''Number of examples in each batch.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#batch_size FineTuningJob#batch_size}
        '''
        result = self._values.get("batch_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def learning_rate_multiplier(self) -> typing.Optional[jsii.Number]:
        '''Learning rate multiplier.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#learning_rate_multiplier FineTuningJob#learning_rate_multiplier}
        '''
        result = self._values.get("learning_rate_multiplier")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def n_epochs(self) -> typing.Optional[jsii.Number]:
        '''Number of epochs to train for.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#n_epochs FineTuningJob#n_epochs}
        '''
        result = self._values.get("n_epochs")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "FineTuningJobMethodSupervisedHyperparameters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class FineTuningJobMethodSupervisedHyperparametersOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJobMethodSupervisedHyperparametersOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__b962b87f87f06978e3bd0fe89771833f8543d2d5cdfa1814b27d2e508995ee34)
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
    def n_epochs_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "nEpochsInput"))

    @builtins.property
    @jsii.member(jsii_name="batchSize")
    def batch_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "batchSize"))

    @batch_size.setter
    def batch_size(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f0efa68ed771e431f16c4028f5a800368a2a9ed7aabb3022ac03244b32919870)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "batchSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="learningRateMultiplier")
    def learning_rate_multiplier(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "learningRateMultiplier"))

    @learning_rate_multiplier.setter
    def learning_rate_multiplier(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6244907203431229ba48ccedeb1dfa9953caa289d990639ff027ce8bf32c2e9b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "learningRateMultiplier", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="nEpochs")
    def n_epochs(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "nEpochs"))

    @n_epochs.setter
    def n_epochs(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__be63e2030f15c7a61c19a51d0f1f71bcb2a4f4c51b6104dbb7bdeba57aa529a2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "nEpochs", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional["FineTuningJobMethodSupervisedHyperparameters"]:
        return typing.cast(typing.Optional["FineTuningJobMethodSupervisedHyperparameters"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["FineTuningJobMethodSupervisedHyperparameters"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e89e520965915fb4323258b6581ed9b77906b6e2f5e95060103e4fd5355221e3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class FineTuningJobMethodSupervisedOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai_cdktn.fineTuningJob.FineTuningJobMethodSupervisedOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__faa4f66fb3bc8bde5dd401a27b18921d9ff5d0ab27d16946b65ac19869f859c7)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putHyperparameters")
    def put_hyperparameters(
        self,
        *,
        batch_size: typing.Optional[jsii.Number] = None,
        learning_rate_multiplier: typing.Optional[jsii.Number] = None,
        n_epochs: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param batch_size: Number of examples in each batch. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#batch_size FineTuningJob#batch_size}
        :param learning_rate_multiplier: Learning rate multiplier. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#learning_rate_multiplier FineTuningJob#learning_rate_multiplier}
        :param n_epochs: Number of epochs to train for. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#n_epochs FineTuningJob#n_epochs}
        '''
        value = FineTuningJobMethodSupervisedHyperparameters(
            batch_size=batch_size,
            learning_rate_multiplier=learning_rate_multiplier,
            n_epochs=n_epochs,
        )

        return typing.cast(None, jsii.invoke(self, "putHyperparameters", [value]))

    @jsii.member(jsii_name="resetHyperparameters")
    def reset_hyperparameters(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHyperparameters", []))

    @builtins.property
    @jsii.member(jsii_name="hyperparameters")
    def hyperparameters(
        self,
    ) -> "FineTuningJobMethodSupervisedHyperparametersOutputReference":
        return typing.cast("FineTuningJobMethodSupervisedHyperparametersOutputReference", jsii.get(self, "hyperparameters"))

    @builtins.property
    @jsii.member(jsii_name="hyperparametersInput")
    def hyperparameters_input(
        self,
    ) -> typing.Optional["FineTuningJobMethodSupervisedHyperparameters"]:
        return typing.cast(typing.Optional["FineTuningJobMethodSupervisedHyperparameters"], jsii.get(self, "hyperparametersInput"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["FineTuningJobMethodSupervised"]:
        return typing.cast(typing.Optional["FineTuningJobMethodSupervised"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["FineTuningJobMethodSupervised"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dabf2817c676d7ff4ad4940358a230adc703e02004f4c3a43e4ff1c41b8cf336)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "FineTuningJob",
    "FineTuningJobConfig",
    "FineTuningJobHyperparameters",
    "FineTuningJobHyperparametersOutputReference",
    "FineTuningJobIntegrations",
    "FineTuningJobIntegrationsList",
    "FineTuningJobIntegrationsOutputReference",
    "FineTuningJobIntegrationsWandb",
    "FineTuningJobIntegrationsWandbOutputReference",
    "FineTuningJobMethod",
    "FineTuningJobMethodDpo",
    "FineTuningJobMethodDpoHyperparameters",
    "FineTuningJobMethodDpoHyperparametersOutputReference",
    "FineTuningJobMethodDpoOutputReference",
    "FineTuningJobMethodOutputReference",
    "FineTuningJobMethodSupervised",
    "FineTuningJobMethodSupervisedHyperparameters",
    "FineTuningJobMethodSupervisedHyperparametersOutputReference",
    "FineTuningJobMethodSupervisedOutputReference",
]

publication.publish()

def _typecheckingstub__3e0a513a24f318d2b0cd91f433d56bf83a01dca5bdb9555373715dc382efb229(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    model: builtins.str,
    training_file: builtins.str,
    cancel_after_timeout: typing.Optional[jsii.Number] = None,
    hyperparameters: typing.Optional[typing.Union[FineTuningJobHyperparameters, typing.Dict[builtins.str, typing.Any]]] = None,
    id: typing.Optional[builtins.str] = None,
    integrations: typing.Optional[typing.Union[_cdktn_78ede62e.IResolvable, typing.Sequence[typing.Union[FineTuningJobIntegrations, typing.Dict[builtins.str, typing.Any]]]]] = None,
    metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    method: typing.Optional[typing.Union[FineTuningJobMethod, typing.Dict[builtins.str, typing.Any]]] = None,
    seed: typing.Optional[jsii.Number] = None,
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

def _typecheckingstub__09ba2337a0cb5c9eefaff461b259838270ddd4de9caf588b0379f50af36d076d(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84aeb11b132f86b3a24f6b1bbf433bc9fb2d80c8164a2357e79bc9e208d61c95(
    value: typing.Union[_cdktn_78ede62e.IResolvable, typing.Sequence[typing.Union[FineTuningJobIntegrations, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f2518ff15bd5a0bfb6538571e5431bdb159a10d0739dbb4ebe247347f6029fc8(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d942266a606835028dcf027912ec635fab6297da6a4f015572f49cf3762562fc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bf4386752ca8e024b5861e8860f481c0172728aaee408749b1f46e8c4809c2cb(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0da976418490fd56c9778ebf9e3e6d2027cd4d7bd337822f5a0d426bf28e0f52(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9014f9f65f3ff402157d0bb1995803b1a4aa55a0b12bef0864ad9225a3f89e3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d2fe1c512bc32a22b3ba05da5b9487c80128102bb8ae2bebd09d1f2fc5a304f7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d586b3757270f1e4d225e7695c23ae88b49d890b2c2b52d3193c841f578659fe(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1871ef1a68a5350acfceeecd7548ead61a85f040314163aa22dfcba7f0493946(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a27c79933e1d5c9b7520a79c6db51b0aa54812c5510847095c2b7b3143571900(
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
    cancel_after_timeout: typing.Optional[jsii.Number] = None,
    hyperparameters: typing.Optional[typing.Union[FineTuningJobHyperparameters, typing.Dict[builtins.str, typing.Any]]] = None,
    id: typing.Optional[builtins.str] = None,
    integrations: typing.Optional[typing.Union[_cdktn_78ede62e.IResolvable, typing.Sequence[typing.Union[FineTuningJobIntegrations, typing.Dict[builtins.str, typing.Any]]]]] = None,
    metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    method: typing.Optional[typing.Union[FineTuningJobMethod, typing.Dict[builtins.str, typing.Any]]] = None,
    seed: typing.Optional[jsii.Number] = None,
    suffix: typing.Optional[builtins.str] = None,
    validation_file: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe57072e04973ef3a8dbc146326afa7102f5a946451ed7e5bf5cd6e6aad27228(
    *,
    batch_size: typing.Optional[jsii.Number] = None,
    learning_rate_multiplier: typing.Optional[jsii.Number] = None,
    n_epochs: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85d65628e2cf450c22aca5b8924fa775bf92a3e34353009347585b102eb638c1(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__745a3fdd2967ebb6a2dd22c86596c4593d086f04fa8d05d16a8010bbad34e0d7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab30d40a5fc01546d90b5aa46f06f5712a7001bcc6f23732603d3109306ea6cd(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00f1c119dd93ea9571ff127854c2648d07a29db913a00a96ce966501e0254525(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__684511622b7d4d15f755ac4d249f647be1e66af639898b691869eaae365d23de(
    value: typing.Optional[FineTuningJobHyperparameters],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d62f3e57c2aabdf0a77f6af76b5d7a26c61bdcb53ff6cb4b4c72b6cf1111eb0a(
    *,
    type: builtins.str,
    wandb: typing.Optional[typing.Union[FineTuningJobIntegrationsWandb, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a42d8076d90a21e86912f39fc3f0c9982d0cbf045f5fff015fd2a91f7d819913(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5bc972f6b85bd11e314fe9b87be6a2de8b7bb7745e92fca5dbf4c740a382cbae(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8a382f52fff667e005468f3d9ce5e6a5f1074022f349d4183426003acfe661c(
    value: typing.Optional[typing.Union[_cdktn_78ede62e.IResolvable, typing.List[FineTuningJobIntegrations]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7eb881d1b0726bb77aa35577d0e33b94160245550c6c9fcc3d66d151e3fbbec(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__535dd8affa060900d376f7da0235c5edc3bc72fdedd677a1e3c7d7d77c68eacf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4294bc68840fbaabf0ed5f70dd9a9bd6abe70eb840cd957dfffd393862d22af9(
    value: typing.Optional[typing.Union[_cdktn_78ede62e.IResolvable, FineTuningJobIntegrations]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cbe9f6c9a91904e080d317526e85cfd86db7516ec9bb31dc7a272e3d3fa3f022(
    *,
    project: builtins.str,
    name: typing.Optional[builtins.str] = None,
    tags: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80a6d186fd1876b22ad534b92ea7ae15f9b57cfdbb19f3a6832d2c6abd622d40(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc7d3c191460d3b8623fec5802fce60ee19b1e4a4474ace227a5b51c51679b03(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1c3d7439e1ea175b4823dfea2aa3b51f4d3ce2f2ad07b0f76c60c24132160bf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9661c927250d86c08b26de366cc8f4a21b8569a7b3c417a9b7fceaf0d3fed021(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47341b19c54dac6299058d1482b13e2a3598b203b812faa96e7436198ed12e88(
    value: typing.Optional[FineTuningJobIntegrationsWandb],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4cfb172bedc547d35cc4538c6d2ecc184953d103a878c84194cae5833f6f9b4(
    *,
    type: builtins.str,
    dpo: typing.Optional[typing.Union[FineTuningJobMethodDpo, typing.Dict[builtins.str, typing.Any]]] = None,
    supervised: typing.Optional[typing.Union[FineTuningJobMethodSupervised, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc7816081d14824dc790a6d2ec77cb97e6c0cb3585dbaf4588b5e82a369d59ca(
    *,
    hyperparameters: typing.Optional[typing.Union[FineTuningJobMethodDpoHyperparameters, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e676ec84a36319f398a74575fef8af7c500aac3266ceb56068c579e0baee0af(
    *,
    beta: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b99f564dd2627205066a74f3fde79ac187df23eebf89a8ea902768cbd92285fa(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7d8fd72ba8f6a967202db5a3159a5c157cc7082922b680cd867f1a396b24db4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c733091536ae128a97f3fcb50bd487897104cbaa47a2682dcb6267c8d6f24a4(
    value: typing.Optional[FineTuningJobMethodDpoHyperparameters],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__964960987e44a80b04bf4c93471843fd8fc7cd4cae15f1f6ceb71064f69a2247(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__699d9e9d3ab3b0304e1efde7b93999556fe366cc1ed29b80d43211b438d4fac7(
    value: typing.Optional[FineTuningJobMethodDpo],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ad79e8b0c2e1960b358dab2dfe624a486fc2adf46c8a4e37d3a032aaae7fa905(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e3e82bc1ea87b7405280962a92aee2bf83c963fa94a80cdf4927d53feb5aef6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__94d5449e8430e55c43ad5b44608b92943c6928643a0c3ade74f013f98130f0f1(
    value: typing.Optional[FineTuningJobMethod],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e78be9017429a3dda7682c25db32339932332d601ffc7ca52af93dcc34f036ce(
    *,
    hyperparameters: typing.Optional[typing.Union[FineTuningJobMethodSupervisedHyperparameters, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f28af69598fe83e1516c8b063f6693c6c271abb62b34509761bb15e940374f9d(
    *,
    batch_size: typing.Optional[jsii.Number] = None,
    learning_rate_multiplier: typing.Optional[jsii.Number] = None,
    n_epochs: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b962b87f87f06978e3bd0fe89771833f8543d2d5cdfa1814b27d2e508995ee34(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0efa68ed771e431f16c4028f5a800368a2a9ed7aabb3022ac03244b32919870(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6244907203431229ba48ccedeb1dfa9953caa289d990639ff027ce8bf32c2e9b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be63e2030f15c7a61c19a51d0f1f71bcb2a4f4c51b6104dbb7bdeba57aa529a2(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e89e520965915fb4323258b6581ed9b77906b6e2f5e95060103e4fd5355221e3(
    value: typing.Optional[FineTuningJobMethodSupervisedHyperparameters],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__faa4f66fb3bc8bde5dd401a27b18921d9ff5d0ab27d16946b65ac19869f859c7(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dabf2817c676d7ff4ad4940358a230adc703e02004f4c3a43e4ff1c41b8cf336(
    value: typing.Optional[FineTuningJobMethodSupervised],
) -> None:
    """Type checking stubs"""
    pass
