# GENERATED FILE -- DO NOT EDIT BY HAND.
# Made by `make bindings` (scripts/generate-bindings.js) with @cdktf/provider-generator 0.21.0
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

import cdktf as _cdktf_9a9027ec
import constructs as _constructs_77d1e7e8


class FineTuningJob(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJob",
):
    '''Represents a {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job openai_fine_tuning_job}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        model: builtins.str,
        training_file: builtins.str,
        cancel_after_timeout: typing.Optional[jsii.Number] = None,
        hyperparameters: typing.Optional[typing.Union["FineTuningJobHyperparameters", typing.Dict[builtins.str, typing.Any]]] = None,
        id: typing.Optional[builtins.str] = None,
        integrations: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["FineTuningJobIntegrations", typing.Dict[builtins.str, typing.Any]]]]] = None,
        metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        method: typing.Optional[typing.Union["FineTuningJobMethod", typing.Dict[builtins.str, typing.Any]]] = None,
        seed: typing.Optional[jsii.Number] = None,
        suffix: typing.Optional[builtins.str] = None,
        validation_file: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
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
            type_hints = typing.get_type_hints(_typecheckingstub__6495fbc9b84134ee18b3769639106682869d80fefdd3515a596e2d0891bd2030)
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
        scope: _constructs_77d1e7e8.Construct,
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    ) -> _cdktf_9a9027ec.ImportableResource:
        '''Generates CDKTF code for importing a FineTuningJob resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the FineTuningJob to import.
        :param import_from_id: The id of the existing FineTuningJob that should be imported. Refer to the {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the FineTuningJob to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9a0c46fee079aec29372cc437c028c8ab0b362776b43ada59d29faa72cf8bdfc)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

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
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["FineTuningJobIntegrations", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4fa8f30bec9386600b5cf4e1dcd51bf78a6b4fb0bb75c823f963b4d4a840f151)
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
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FineTuningJobIntegrations"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FineTuningJobIntegrations"]]], jsii.get(self, "integrationsInput"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__cceefb2e9170e0221b354f49dd2affa8b7c360123e9ef24830805a1d00acfc40)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cancelAfterTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aefcc2f961b02700af9235e804a8967e5ebdea593f7c1b8b5758b0e0eff4b22e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="metadata")
    def metadata(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "metadata"))

    @metadata.setter
    def metadata(self, value: typing.Mapping[builtins.str, builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fd7224f9d3b48f333040155c508b33f90ee5767c40fec0d60c1db922dacf2227)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "metadata", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="model")
    def model(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "model"))

    @model.setter
    def model(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e281b5853c7b424936aaf8f5861d7c89c8e1596991a270df0b72e4521184a240)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "model", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="seed")
    def seed(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "seed"))

    @seed.setter
    def seed(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e906934d471db42640d54ae63a4221ef30ea571814d514837f2276cb39bd6e9d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "seed", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="suffix")
    def suffix(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "suffix"))

    @suffix.setter
    def suffix(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__64cee07249dc2c922192aa832b62e2c39333e135dd5a11ec8089d5896d5680c1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "suffix", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="trainingFile")
    def training_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "trainingFile"))

    @training_file.setter
    def training_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__76050d3944e2bb8fb5df50ddfcf4b6e2bd94584f8abb790ac15a78b4a9fb0182)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "trainingFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="validationFile")
    def validation_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "validationFile"))

    @validation_file.setter
    def validation_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b0e3e4081e3f1677d5c6b68901751b8a9a87f6540656c85d66d264c3310c54dc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "validationFile", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJobConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
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
class FineTuningJobConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        model: builtins.str,
        training_file: builtins.str,
        cancel_after_timeout: typing.Optional[jsii.Number] = None,
        hyperparameters: typing.Optional[typing.Union["FineTuningJobHyperparameters", typing.Dict[builtins.str, typing.Any]]] = None,
        id: typing.Optional[builtins.str] = None,
        integrations: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["FineTuningJobIntegrations", typing.Dict[builtins.str, typing.Any]]]]] = None,
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
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(hyperparameters, dict):
            hyperparameters = FineTuningJobHyperparameters(**hyperparameters)
        if isinstance(method, dict):
            method = FineTuningJobMethod(**method)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f28fb8875264f2690412a3ad6e8e883d197537cb24f3bbcc554cadafba848ce0)
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
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FineTuningJobIntegrations"]]]:
        '''integrations block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#integrations FineTuningJob#integrations}
        '''
        result = self._values.get("integrations")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["FineTuningJobIntegrations"]]], result)

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
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJobHyperparameters",
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
            type_hints = typing.get_type_hints(_typecheckingstub__91176397aaea85ef5307635f09081b2201715223f730086d8ca267fdc226da76)
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
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJobHyperparametersOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__9997111eefedd92030411c70398c078f5713c6d3d74ff60630a90be870255f87)
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
            type_hints = typing.get_type_hints(_typecheckingstub__9a431b400d30ebdcc597bb6663eced886191027efc6285cc3e3685d62f988799)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "batchSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="learningRateMultiplier")
    def learning_rate_multiplier(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "learningRateMultiplier"))

    @learning_rate_multiplier.setter
    def learning_rate_multiplier(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4fc5d9ac6969a7325d29a880fc79c32d23b6ea952ee03c06fa0bedf661689e86)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "learningRateMultiplier", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="nEpochs")
    def n_epochs(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "nEpochs"))

    @n_epochs.setter
    def n_epochs(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0d2aa1ecc7734be1af3c4117dc4dc509f43bae8a233593768440fd9c3294f3be)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "nEpochs", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[FineTuningJobHyperparameters]:
        return typing.cast(typing.Optional[FineTuningJobHyperparameters], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[FineTuningJobHyperparameters],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__01322635899a17a7bd9f1d2225dd1ce741d33f8afde52a312500be1a0af96841)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJobIntegrations",
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
            type_hints = typing.get_type_hints(_typecheckingstub__c2f3d9bf508b7519cf64bc4e9f9d7709601d3f44c1b628f462bbdb6f11b3ea5e)
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
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJobIntegrationsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__d44e1e82551b0466d0d16bf6d0f9755c3229fde2ac2d6ff1cf291794c117f5ab)
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
            type_hints = typing.get_type_hints(_typecheckingstub__100c3390b3cd3dd217ba30edea7109ec4fefca6af32920721c95d81740ef6b34)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("FineTuningJobIntegrationsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__328d07b4129a1c2675c43ba74a3ed1fe4fc159d2968d6ea1cb06d9a1b7f69782)
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
            type_hints = typing.get_type_hints(_typecheckingstub__1726930f764f09653352e25a4ab2a6f0cfc1e1d0f285d76bfdce347e72cdc2fc)
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
            type_hints = typing.get_type_hints(_typecheckingstub__37e94e34c92b8917958ff2e7b325e2aad2d1c41d25c8095b52588e1ec27e83e1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FineTuningJobIntegrations]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FineTuningJobIntegrations]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FineTuningJobIntegrations]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b3c5610f8565a7d8d842dbe0513dfae69a677f766c7a73edb453cd8aabb7601e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class FineTuningJobIntegrationsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJobIntegrationsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__ff5215bb76a5b17031cad99a195e566f55bf80a48f155d4f0c8ba04b1faa7f7a)
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
            type_hints = typing.get_type_hints(_typecheckingstub__67ff92b51d820fc5b3daaa61046a950d410641cd938d823416080ccfd96e2844)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "type", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FineTuningJobIntegrations]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FineTuningJobIntegrations]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FineTuningJobIntegrations]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ab6c0d37e4f287062ee4a7d29b0694737906397a7b819b9eec761092d0b9d422)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJobIntegrationsWandb",
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
            type_hints = typing.get_type_hints(_typecheckingstub__17a4f57330834d310bb470d20952847c7ff27fef50daac141fb5955c12135d62)
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
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJobIntegrationsWandbOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__95a04e63b92ac6af8fc04230885cb73c328b179411b8c3244b61921f3fb28080)
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
            type_hints = typing.get_type_hints(_typecheckingstub__f7dadcd815ec9600502e87ca8bce974424cc33a4b88c91e9060b2b073d688437)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="project")
    def project(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "project"))

    @project.setter
    def project(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__efdd39adc389942f934049c9b47fab2368a2f8b96dd506bed14fa29974528ac8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "project", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tags")
    def tags(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tags"))

    @tags.setter
    def tags(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9d223014b57b985a14cc375dea41917650bcf4d6074519b66456ffecf6522aad)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[FineTuningJobIntegrationsWandb]:
        return typing.cast(typing.Optional[FineTuningJobIntegrationsWandb], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[FineTuningJobIntegrationsWandb],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__252abb80f8a73b76e38df87663e6ad490325624a1e226c6ddd51894d61b31b0b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJobMethod",
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
            type_hints = typing.get_type_hints(_typecheckingstub__43d4d2c6d6ef70c053136b120576f9b4da0339c4f20c237d336be7a71da808a2)
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
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJobMethodDpo",
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
            type_hints = typing.get_type_hints(_typecheckingstub__b0e53effa5a3248a2b86e93e9b4dc7e2e211536ea797fd046ece1418215168e5)
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
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJobMethodDpoHyperparameters",
    jsii_struct_bases=[],
    name_mapping={"beta": "beta"},
)
class FineTuningJobMethodDpoHyperparameters:
    def __init__(self, *, beta: typing.Optional[jsii.Number] = None) -> None:
        '''
        :param beta: Beta parameter for DPO. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mkdev-me/openai/1.2.0/docs/resources/fine_tuning_job#beta FineTuningJob#beta}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7940f52baf4feb3dd995c658379f388b78284019e31b12ed2470b8ebf60b42e8)
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
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJobMethodDpoHyperparametersOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__ca7978645be20c55a7fc43e33bb2d31caaa8f8f69f5a3d601ee297f036cf100f)
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
            type_hints = typing.get_type_hints(_typecheckingstub__39b200c2844686bf811d16cb198892d3fce4dfddda6ddcda6b0769f87133e158)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "beta", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[FineTuningJobMethodDpoHyperparameters]:
        return typing.cast(typing.Optional[FineTuningJobMethodDpoHyperparameters], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[FineTuningJobMethodDpoHyperparameters],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__66d2cdd4ab99db2ab0693a2c9f309c6d0949d97ccf11088c17e5dad800737130)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class FineTuningJobMethodDpoOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJobMethodDpoOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__10515d66fba70fe693c763d885c395be2ac1e735f94dc0f273c2cd958f90a558)
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
    def hyperparameters(self) -> FineTuningJobMethodDpoHyperparametersOutputReference:
        return typing.cast(FineTuningJobMethodDpoHyperparametersOutputReference, jsii.get(self, "hyperparameters"))

    @builtins.property
    @jsii.member(jsii_name="hyperparametersInput")
    def hyperparameters_input(
        self,
    ) -> typing.Optional[FineTuningJobMethodDpoHyperparameters]:
        return typing.cast(typing.Optional[FineTuningJobMethodDpoHyperparameters], jsii.get(self, "hyperparametersInput"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[FineTuningJobMethodDpo]:
        return typing.cast(typing.Optional[FineTuningJobMethodDpo], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[FineTuningJobMethodDpo]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__54d45c864b7ea1f899c23dae5f89c5a1ae537253743504717aa50bce7593ff7c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class FineTuningJobMethodOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJobMethodOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__c8ebbfd532e6872814b9059ae7d4b8df79e01befafc891cd907ea9020b01a1aa)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putDpo")
    def put_dpo(
        self,
        *,
        hyperparameters: typing.Optional[typing.Union[FineTuningJobMethodDpoHyperparameters, typing.Dict[builtins.str, typing.Any]]] = None,
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
    def dpo(self) -> FineTuningJobMethodDpoOutputReference:
        return typing.cast(FineTuningJobMethodDpoOutputReference, jsii.get(self, "dpo"))

    @builtins.property
    @jsii.member(jsii_name="supervised")
    def supervised(self) -> "FineTuningJobMethodSupervisedOutputReference":
        return typing.cast("FineTuningJobMethodSupervisedOutputReference", jsii.get(self, "supervised"))

    @builtins.property
    @jsii.member(jsii_name="dpoInput")
    def dpo_input(self) -> typing.Optional[FineTuningJobMethodDpo]:
        return typing.cast(typing.Optional[FineTuningJobMethodDpo], jsii.get(self, "dpoInput"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__a21919f24981ae501625a9c6727b420dee6ba670e0f67ce373616231225cbf2c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "type", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[FineTuningJobMethod]:
        return typing.cast(typing.Optional[FineTuningJobMethod], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[FineTuningJobMethod]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4a5fce3a6dbc09674b5cbc19524d21ae2c14223f3752562f8b8fc9b218add97b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJobMethodSupervised",
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
            type_hints = typing.get_type_hints(_typecheckingstub__03576ec6ccc3bcb044b303a4af6e57a69c770ca06f2a65c1791a31895b3d3866)
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
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJobMethodSupervisedHyperparameters",
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
            type_hints = typing.get_type_hints(_typecheckingstub__1ef40ad2b470e29e1fe322e999086c035754011e655cc0032678183bcd3292b2)
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
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJobMethodSupervisedHyperparametersOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__fc2efb4353e33aa2c78b677d95f2737171f2c485b52dd4ae9f17e9d29a168664)
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
            type_hints = typing.get_type_hints(_typecheckingstub__b9890fd17577ca890163147ff1decb031a27c81039b6e4fbf4bb7534f99f4a88)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "batchSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="learningRateMultiplier")
    def learning_rate_multiplier(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "learningRateMultiplier"))

    @learning_rate_multiplier.setter
    def learning_rate_multiplier(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ed586d4a9d186ae1971ecb4504095eecee96cbd0b69863032cf901706cd20cec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "learningRateMultiplier", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="nEpochs")
    def n_epochs(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "nEpochs"))

    @n_epochs.setter
    def n_epochs(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4e7db7ce9195593594483325411a9a26491a6a81f586e88bdc63e857189b4591)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "nEpochs", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[FineTuningJobMethodSupervisedHyperparameters]:
        return typing.cast(typing.Optional[FineTuningJobMethodSupervisedHyperparameters], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[FineTuningJobMethodSupervisedHyperparameters],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5c2bc640f7dad0c7edf286253df8b7eccdbf1d719e31c2f2d232ae73eb7669d9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class FineTuningJobMethodSupervisedOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mkdev-me_openai.fineTuningJob.FineTuningJobMethodSupervisedOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__18c3acfe4f9d80bf22fa1617d18d2b1540bb50e576b51408e16148ca13e44149)
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
    ) -> FineTuningJobMethodSupervisedHyperparametersOutputReference:
        return typing.cast(FineTuningJobMethodSupervisedHyperparametersOutputReference, jsii.get(self, "hyperparameters"))

    @builtins.property
    @jsii.member(jsii_name="hyperparametersInput")
    def hyperparameters_input(
        self,
    ) -> typing.Optional[FineTuningJobMethodSupervisedHyperparameters]:
        return typing.cast(typing.Optional[FineTuningJobMethodSupervisedHyperparameters], jsii.get(self, "hyperparametersInput"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[FineTuningJobMethodSupervised]:
        return typing.cast(typing.Optional[FineTuningJobMethodSupervised], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[FineTuningJobMethodSupervised],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ae9f56d764dcc0e5edd816196cbc73685897263ce1928524baa8c4aa13d4c99a)
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

def _typecheckingstub__6495fbc9b84134ee18b3769639106682869d80fefdd3515a596e2d0891bd2030(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    model: builtins.str,
    training_file: builtins.str,
    cancel_after_timeout: typing.Optional[jsii.Number] = None,
    hyperparameters: typing.Optional[typing.Union[FineTuningJobHyperparameters, typing.Dict[builtins.str, typing.Any]]] = None,
    id: typing.Optional[builtins.str] = None,
    integrations: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[FineTuningJobIntegrations, typing.Dict[builtins.str, typing.Any]]]]] = None,
    metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    method: typing.Optional[typing.Union[FineTuningJobMethod, typing.Dict[builtins.str, typing.Any]]] = None,
    seed: typing.Optional[jsii.Number] = None,
    suffix: typing.Optional[builtins.str] = None,
    validation_file: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__9a0c46fee079aec29372cc437c028c8ab0b362776b43ada59d29faa72cf8bdfc(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4fa8f30bec9386600b5cf4e1dcd51bf78a6b4fb0bb75c823f963b4d4a840f151(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[FineTuningJobIntegrations, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cceefb2e9170e0221b354f49dd2affa8b7c360123e9ef24830805a1d00acfc40(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aefcc2f961b02700af9235e804a8967e5ebdea593f7c1b8b5758b0e0eff4b22e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd7224f9d3b48f333040155c508b33f90ee5767c40fec0d60c1db922dacf2227(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e281b5853c7b424936aaf8f5861d7c89c8e1596991a270df0b72e4521184a240(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e906934d471db42640d54ae63a4221ef30ea571814d514837f2276cb39bd6e9d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64cee07249dc2c922192aa832b62e2c39333e135dd5a11ec8089d5896d5680c1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__76050d3944e2bb8fb5df50ddfcf4b6e2bd94584f8abb790ac15a78b4a9fb0182(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0e3e4081e3f1677d5c6b68901751b8a9a87f6540656c85d66d264c3310c54dc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f28fb8875264f2690412a3ad6e8e883d197537cb24f3bbcc554cadafba848ce0(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    model: builtins.str,
    training_file: builtins.str,
    cancel_after_timeout: typing.Optional[jsii.Number] = None,
    hyperparameters: typing.Optional[typing.Union[FineTuningJobHyperparameters, typing.Dict[builtins.str, typing.Any]]] = None,
    id: typing.Optional[builtins.str] = None,
    integrations: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[FineTuningJobIntegrations, typing.Dict[builtins.str, typing.Any]]]]] = None,
    metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    method: typing.Optional[typing.Union[FineTuningJobMethod, typing.Dict[builtins.str, typing.Any]]] = None,
    seed: typing.Optional[jsii.Number] = None,
    suffix: typing.Optional[builtins.str] = None,
    validation_file: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91176397aaea85ef5307635f09081b2201715223f730086d8ca267fdc226da76(
    *,
    batch_size: typing.Optional[jsii.Number] = None,
    learning_rate_multiplier: typing.Optional[jsii.Number] = None,
    n_epochs: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9997111eefedd92030411c70398c078f5713c6d3d74ff60630a90be870255f87(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a431b400d30ebdcc597bb6663eced886191027efc6285cc3e3685d62f988799(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4fc5d9ac6969a7325d29a880fc79c32d23b6ea952ee03c06fa0bedf661689e86(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d2aa1ecc7734be1af3c4117dc4dc509f43bae8a233593768440fd9c3294f3be(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01322635899a17a7bd9f1d2225dd1ce741d33f8afde52a312500be1a0af96841(
    value: typing.Optional[FineTuningJobHyperparameters],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2f3d9bf508b7519cf64bc4e9f9d7709601d3f44c1b628f462bbdb6f11b3ea5e(
    *,
    type: builtins.str,
    wandb: typing.Optional[typing.Union[FineTuningJobIntegrationsWandb, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d44e1e82551b0466d0d16bf6d0f9755c3229fde2ac2d6ff1cf291794c117f5ab(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__100c3390b3cd3dd217ba30edea7109ec4fefca6af32920721c95d81740ef6b34(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__328d07b4129a1c2675c43ba74a3ed1fe4fc159d2968d6ea1cb06d9a1b7f69782(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1726930f764f09653352e25a4ab2a6f0cfc1e1d0f285d76bfdce347e72cdc2fc(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37e94e34c92b8917958ff2e7b325e2aad2d1c41d25c8095b52588e1ec27e83e1(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3c5610f8565a7d8d842dbe0513dfae69a677f766c7a73edb453cd8aabb7601e(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[FineTuningJobIntegrations]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff5215bb76a5b17031cad99a195e566f55bf80a48f155d4f0c8ba04b1faa7f7a(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67ff92b51d820fc5b3daaa61046a950d410641cd938d823416080ccfd96e2844(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab6c0d37e4f287062ee4a7d29b0694737906397a7b819b9eec761092d0b9d422(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, FineTuningJobIntegrations]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__17a4f57330834d310bb470d20952847c7ff27fef50daac141fb5955c12135d62(
    *,
    project: builtins.str,
    name: typing.Optional[builtins.str] = None,
    tags: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95a04e63b92ac6af8fc04230885cb73c328b179411b8c3244b61921f3fb28080(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7dadcd815ec9600502e87ca8bce974424cc33a4b88c91e9060b2b073d688437(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__efdd39adc389942f934049c9b47fab2368a2f8b96dd506bed14fa29974528ac8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d223014b57b985a14cc375dea41917650bcf4d6074519b66456ffecf6522aad(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__252abb80f8a73b76e38df87663e6ad490325624a1e226c6ddd51894d61b31b0b(
    value: typing.Optional[FineTuningJobIntegrationsWandb],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__43d4d2c6d6ef70c053136b120576f9b4da0339c4f20c237d336be7a71da808a2(
    *,
    type: builtins.str,
    dpo: typing.Optional[typing.Union[FineTuningJobMethodDpo, typing.Dict[builtins.str, typing.Any]]] = None,
    supervised: typing.Optional[typing.Union[FineTuningJobMethodSupervised, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0e53effa5a3248a2b86e93e9b4dc7e2e211536ea797fd046ece1418215168e5(
    *,
    hyperparameters: typing.Optional[typing.Union[FineTuningJobMethodDpoHyperparameters, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7940f52baf4feb3dd995c658379f388b78284019e31b12ed2470b8ebf60b42e8(
    *,
    beta: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca7978645be20c55a7fc43e33bb2d31caaa8f8f69f5a3d601ee297f036cf100f(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__39b200c2844686bf811d16cb198892d3fce4dfddda6ddcda6b0769f87133e158(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66d2cdd4ab99db2ab0693a2c9f309c6d0949d97ccf11088c17e5dad800737130(
    value: typing.Optional[FineTuningJobMethodDpoHyperparameters],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__10515d66fba70fe693c763d885c395be2ac1e735f94dc0f273c2cd958f90a558(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54d45c864b7ea1f899c23dae5f89c5a1ae537253743504717aa50bce7593ff7c(
    value: typing.Optional[FineTuningJobMethodDpo],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8ebbfd532e6872814b9059ae7d4b8df79e01befafc891cd907ea9020b01a1aa(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a21919f24981ae501625a9c6727b420dee6ba670e0f67ce373616231225cbf2c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4a5fce3a6dbc09674b5cbc19524d21ae2c14223f3752562f8b8fc9b218add97b(
    value: typing.Optional[FineTuningJobMethod],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03576ec6ccc3bcb044b303a4af6e57a69c770ca06f2a65c1791a31895b3d3866(
    *,
    hyperparameters: typing.Optional[typing.Union[FineTuningJobMethodSupervisedHyperparameters, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ef40ad2b470e29e1fe322e999086c035754011e655cc0032678183bcd3292b2(
    *,
    batch_size: typing.Optional[jsii.Number] = None,
    learning_rate_multiplier: typing.Optional[jsii.Number] = None,
    n_epochs: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc2efb4353e33aa2c78b677d95f2737171f2c485b52dd4ae9f17e9d29a168664(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9890fd17577ca890163147ff1decb031a27c81039b6e4fbf4bb7534f99f4a88(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed586d4a9d186ae1971ecb4504095eecee96cbd0b69863032cf901706cd20cec(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e7db7ce9195593594483325411a9a26491a6a81f586e88bdc63e857189b4591(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c2bc640f7dad0c7edf286253df8b7eccdbf1d719e31c2f2d232ae73eb7669d9(
    value: typing.Optional[FineTuningJobMethodSupervisedHyperparameters],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18c3acfe4f9d80bf22fa1617d18d2b1540bb50e576b51408e16148ca13e44149(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae9f56d764dcc0e5edd816196cbc73685897263ce1928524baa8c4aa13d4c99a(
    value: typing.Optional[FineTuningJobMethodSupervised],
) -> None:
    """Type checking stubs"""
    pass
