"""The assistant's reply to a composite's run: ``text``, read with ``openai_messages``.

Provider 1.2.0 never waits for a run: ``terraform apply`` creates it and stores what the create
call returned (normally ``queued``), and the assistant writes its reply into the thread later.
The reply is read back with the ``openai_messages`` data source: the thread's newest message,
when the assistant wrote it. The data source depends on the run, so Terraform reads it after
the run exists:

- right after the apply that creates (or replaces) the run, the reply is not written yet, and
  ``text`` is ``""``;
- at the next refresh (``terraform apply -refresh-only``, or any later ``plan`` / ``apply`` /
  ``cdktf deploy``), the data source reads the thread again and ``text`` is the reply.

``text`` is never null, so a ``TerraformOutput`` of it never breaks ``cdktf deploy``. The data
source is created when ``text`` is first read (a composite whose text is never read adds
nothing to the JSON).
"""

from __future__ import annotations

from typing import Any

from cdktf_openai.core import Fn, Op, Token
from cdktf_openai.l1.data_openai_messages import DataOpenaiMessages
from cdktf_openai.run import Run
from cdktf_openai.thread import Thread

__all__ = ["REPLY_ID", "RunReply"]

#: The child id of the ``openai_messages`` data source that reads the reply.
REPLY_ID = "reply"


class RunReply:
    """Mixin of the composites that run an assistant on a thread: their ``text``.

    The composite sets ``thread`` and ``run`` (a ``Thread`` and a ``Run`` of its own).
    """

    #: The thread the run answers in (set by the composite).
    thread: Thread
    #: The run (set by the composite).
    run: Run

    @property
    def text(self) -> str:
        """The assistant's reply: the thread's newest message, when the assistant wrote it.

        ``""`` right after the apply that creates the run (provider 1.2.0 never waits for a
        run, and the assistant has not answered yet); the reply from the next refresh on
        (``terraform apply -refresh-only``, or any later plan or apply). Never null, so it can
        be a ``TerraformOutput`` or be asserted in a test like ``Response.text``. Reading it the
        first time adds the ``openai_messages`` data source ``reply`` that reads it.
        """
        known: str | None = self.__dict__.get("_reply_text")
        if known is None:
            known = self._reply_text = newest_reply(self, self.thread, self.run)
        return known


def newest_reply(scope: Any, thread: Thread, run: Run) -> str:
    """Add the ``openai_messages`` data source ``reply`` and return the reply it reads.

    Args:
        scope: The composite (the data source's scope).
        thread: The thread the run answers in.
        run: The run (the data source depends on it, and uses its provider).

    Returns:
        A string token: the newest message's content when its role is ``assistant``, else
        ``""`` (also while the thread has no message or the read has not happened).
    """
    reply = DataOpenaiMessages(
        scope,
        REPLY_ID,
        thread_id=thread.id,
        order="desc",
        limit=1,
        depends_on=[run],
        provider=run.provider,
    )
    newest = reply.messages.get(0)
    answer = Fn.conditional(Op.eq(newest.role, "assistant"), newest.content, "")
    return Token.as_string(Fn.try_([answer, ""]))
