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

from ._jsii import *

__all__ = [
    "admin_api_key",
    "assistant",
    "audio_transcription",
    "audio_translation",
    "batch",
    "batching",
    "chat_completion",
    "completion",
    "data_openai_admin_api_key",
    "data_openai_admin_api_keys",
    "data_openai_assistant",
    "data_openai_assistants",
    "data_openai_audio_transcription",
    "data_openai_audio_transcriptions",
    "data_openai_audio_translation",
    "data_openai_audio_translations",
    "data_openai_batch",
    "data_openai_batches",
    "data_openai_chat_completion",
    "data_openai_chat_completion_messages",
    "data_openai_chat_completions",
    "data_openai_file",
    "data_openai_files",
    "data_openai_fine_tuning_checkpoint_permissions",
    "data_openai_fine_tuning_checkpoints",
    "data_openai_fine_tuning_events",
    "data_openai_fine_tuning_job",
    "data_openai_fine_tuning_jobs",
    "data_openai_invite",
    "data_openai_invites",
    "data_openai_message",
    "data_openai_messages",
    "data_openai_model",
    "data_openai_model_response",
    "data_openai_model_response_input_items",
    "data_openai_model_responses",
    "data_openai_models",
    "data_openai_organization_user",
    "data_openai_organization_users",
    "data_openai_project",
    "data_openai_project_api_key",
    "data_openai_project_api_keys",
    "data_openai_project_service_account",
    "data_openai_project_service_accounts",
    "data_openai_project_user",
    "data_openai_project_users",
    "data_openai_projects",
    "data_openai_rate_limit",
    "data_openai_rate_limits",
    "data_openai_run",
    "data_openai_runs",
    "data_openai_speech_to_text",
    "data_openai_speech_to_texts",
    "data_openai_text_to_speech",
    "data_openai_text_to_speechs",
    "data_openai_thread",
    "data_openai_thread_run",
    "data_openai_vector_store",
    "data_openai_vector_store_file",
    "data_openai_vector_store_file_batch",
    "data_openai_vector_store_file_batch_files",
    "data_openai_vector_store_file_content",
    "data_openai_vector_store_files",
    "data_openai_vector_stores",
    "edit",
    "embedding",
    "file",
    "fine_tuned_model",
    "fine_tuning_checkpoint_permission",
    "fine_tuning_job",
    "image_edit",
    "image_generation",
    "image_variation",
    "invite",
    "message",
    "model",
    "model_response",
    "moderation",
    "organization_user",
    "project",
    "project_service_account",
    "project_user",
    "provider",
    "rate_limit",
    "run",
    "speech_to_text",
    "text_to_speech",
    "thread",
    "thread_run",
    "vector_store",
    "vector_store_file",
    "vector_store_file_batch",
]

publication.publish()

# Loading modules to ensure their types are registered with the jsii runtime library
