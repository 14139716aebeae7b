"""Which Go functions implement each resource: the ``CreateContext``/``ReadContext``/... table.

One line per resource, as its ``schema.Resource`` declares them in ``internal/provider/``
(v1.2.0); ``update`` is ``None`` where the Go resource has no ``UpdateContext``. The
``CustomizeDiff`` of ``openai_run`` and ``openai_thread_run`` is left out: it never changes a plan
(it sets new values only where the SDK already keeps the old ones).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cdktf_openai.offline import (
    data_source_openai,
    data_source_openai_assistants,
    data_source_openai_files,
    data_source_openai_vector_stores,
    resource_openai_admin,
    resource_openai_assistant,
    resource_openai_audio,
    resource_openai_batch,
    resource_openai_file,
    resource_openai_fine_tuning,
    resource_openai_images,
    resource_openai_legacy_text,
    resource_openai_message,
    resource_openai_model_calls,
    resource_openai_model_response,
    resource_openai_moderation,
    resource_openai_run,
    resource_openai_thread,
    resource_openai_thread_run,
    resource_openai_vector_store,
    resource_openai_vector_store_file,
    resource_openai_vector_store_file_batch,
)
from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.schema_diff import CustomizeDiff

#: A Go CRUD function: it reads and writes ``d`` and calls the API.
Operation = Callable[[ResourceData, FakeOpenAI], None]


@dataclass(frozen=True)
class Operations:
    """A resource's Go functions.

    Attributes:
        create: ``CreateContext``.
        read: ``ReadContext``.
        update: ``UpdateContext``, or ``None``.
        delete: ``DeleteContext``.
        customize_diff: ``CustomizeDiff``, where it changes plans (else ``None``).
    """

    create: Operation
    read: Operation
    update: Operation | None
    delete: Operation
    customize_diff: CustomizeDiff | None = None


#: Every resource's Go functions, by type name.
OPERATIONS: dict[str, Operations] = {
    "openai_assistant": Operations(
        resource_openai_assistant.create,
        resource_openai_assistant.read,
        resource_openai_assistant.update,
        resource_openai_assistant.delete,
    ),
    "openai_thread": Operations(
        resource_openai_thread.create,
        resource_openai_thread.read,
        resource_openai_thread.update,
        resource_openai_thread.delete,
    ),
    "openai_message": Operations(
        resource_openai_message.create,
        resource_openai_message.read,
        resource_openai_message.update,
        resource_openai_message.delete,
    ),
    "openai_run": Operations(
        resource_openai_run.create, resource_openai_run.read, None, resource_openai_run.delete
    ),
    "openai_thread_run": Operations(
        resource_openai_thread_run.create,
        resource_openai_thread_run.read,
        None,
        resource_openai_thread_run.delete,
    ),
    "openai_file": Operations(
        resource_openai_file.create, resource_openai_file.read, None, resource_openai_file.delete
    ),
    "openai_vector_store": Operations(
        resource_openai_vector_store.create,
        resource_openai_vector_store.read,
        resource_openai_vector_store.update,
        resource_openai_vector_store.delete,
    ),
    "openai_vector_store_file": Operations(
        resource_openai_vector_store_file.create,
        resource_openai_vector_store_file.read,
        resource_openai_vector_store_file.update,
        resource_openai_vector_store_file.delete,
    ),
    "openai_model_response": Operations(
        resource_openai_model_response.create,
        resource_openai_model_response.read,
        resource_openai_model_response.update,
        resource_openai_model_response.delete,
        resource_openai_model_response.customize_diff,
    ),
}


#: A data source's Go ``ReadContext``.
DataSourceRead = Callable[[ResourceData, FakeOpenAI], None]

#: Every data source the double reads, by type name (:mod:`.data_source_openai` and the
#: ``data_source_openai_*`` modules, one concept each).
DATA_SOURCE_READS: dict[str, DataSourceRead] = {
    **data_source_openai.READS,
    **data_source_openai_assistants.DATA_SOURCE_READS,
    **data_source_openai_files.DATA_SOURCE_READS,
    **data_source_openai_vector_stores.DATA_SOURCE_READS,
}


OPERATIONS.update(
    {
        "openai_project": Operations(
            resource_openai_admin.project_create,
            resource_openai_admin.project_read,
            resource_openai_admin.project_update,
            resource_openai_admin.project_delete,
        ),
        "openai_project_user": Operations(
            resource_openai_admin.project_user_create,
            resource_openai_admin.project_user_read,
            resource_openai_admin.project_user_update,
            resource_openai_admin.project_user_delete,
        ),
        "openai_project_service_account": Operations(
            resource_openai_admin.service_account_create,
            resource_openai_admin.service_account_read,
            None,
            resource_openai_admin.service_account_delete,
        ),
        "openai_chat_completion": Operations(
            resource_openai_model_calls.chat_completion_create,
            resource_openai_model_calls.chat_completion_read,
            resource_openai_model_calls.chat_completion_update,
            resource_openai_model_calls.forget,
            resource_openai_model_calls.chat_completion_customize_diff,
        ),
        "openai_embedding": Operations(
            resource_openai_model_calls.embedding_create,
            resource_openai_model_calls.never_read,
            None,
            resource_openai_model_calls.forget,
        ),
        "openai_model": Operations(
            resource_openai_model_calls.model_create,
            resource_openai_model_calls.model_read,
            None,
            resource_openai_model_calls.forget,
        ),
        "openai_text_to_speech": Operations(
            resource_openai_model_calls.text_to_speech_create,
            resource_openai_model_calls.text_to_speech_read,
            None,
            resource_openai_model_calls.text_to_speech_delete,
        ),
        "openai_vector_store_file_batch": Operations(
            resource_openai_vector_store_file_batch.create,
            resource_openai_vector_store_file_batch.read,
            resource_openai_vector_store_file_batch.update,
            resource_openai_vector_store_file_batch.delete,
        ),
        "openai_invite": Operations(
            resource_openai_admin.invite_create,
            resource_openai_admin.invite_read,
            None,
            resource_openai_admin.invite_delete,
        ),
        "openai_admin_api_key": Operations(
            resource_openai_admin.admin_api_key_create,
            resource_openai_admin.admin_api_key_read,
            None,
            resource_openai_admin.admin_api_key_delete,
        ),
        "openai_organization_user": Operations(
            resource_openai_admin.organization_user_create,
            resource_openai_admin.organization_user_read,
            resource_openai_admin.organization_user_update,
            resource_openai_admin.organization_user_delete,
        ),
        "openai_rate_limit": Operations(
            resource_openai_admin.rate_limit_create,
            resource_openai_admin.rate_limit_read,
            resource_openai_admin.rate_limit_update,
            resource_openai_admin.rate_limit_delete,
        ),
    }
)


#: The resources that call a model once, fine-tuning and batches (issue 22).
OPERATIONS.update(
    {
        "openai_audio_transcription": Operations(
            resource_openai_audio.transcription_create,
            resource_openai_audio.transcription_read,
            None,
            resource_openai_audio.forget,
        ),
        "openai_audio_translation": Operations(
            resource_openai_audio.translation_create,
            resource_openai_audio.translation_read,
            None,
            resource_openai_audio.forget,
        ),
        "openai_speech_to_text": Operations(
            resource_openai_audio.speech_to_text_create,
            resource_openai_audio.speech_to_text_read,
            None,
            resource_openai_audio.forget,
        ),
        "openai_image_generation": Operations(
            resource_openai_images.generation_create,
            resource_openai_images.never_read,
            None,
            resource_openai_images.forget,
        ),
        "openai_image_edit": Operations(
            resource_openai_images.edit_create,
            resource_openai_images.never_read,
            None,
            resource_openai_images.forget,
        ),
        "openai_image_variation": Operations(
            resource_openai_images.variation_create,
            resource_openai_images.never_read,
            None,
            resource_openai_images.forget,
        ),
        "openai_moderation": Operations(
            resource_openai_moderation.create,
            resource_openai_moderation.read,
            None,
            resource_openai_moderation.delete,
            resource_openai_moderation.customize_diff,
        ),
        "openai_completion": Operations(
            resource_openai_legacy_text.completion_create,
            resource_openai_legacy_text.never_read,
            None,
            resource_openai_legacy_text.forget,
        ),
        "openai_edit": Operations(
            resource_openai_legacy_text.edit_create,
            resource_openai_legacy_text.never_read,
            None,
            resource_openai_legacy_text.forget,
        ),
        "openai_fine_tuning_job": Operations(
            resource_openai_fine_tuning.job_create,
            resource_openai_fine_tuning.job_read,
            None,
            resource_openai_fine_tuning.job_delete,
        ),
        "openai_fine_tuned_model": Operations(
            resource_openai_fine_tuning.model_create,
            resource_openai_fine_tuning.model_read,
            resource_openai_fine_tuning.model_update,
            resource_openai_fine_tuning.model_delete,
        ),
        "openai_fine_tuning_checkpoint_permission": Operations(
            resource_openai_fine_tuning.permission_create,
            resource_openai_fine_tuning.permission_read,
            None,
            resource_openai_fine_tuning.permission_delete,
        ),
        "openai_batch": Operations(
            resource_openai_batch.create,
            resource_openai_batch.read,
            None,
            resource_openai_batch.delete,
        ),
    }
)
