"""``cdktf-openai-offline``: install the provider double and run Terraform (or cdktf) with it.

Examples (in a project whose cdktf CLI is an npm dev dependency)::

    cdktf-openai-offline run -- terraform init          # then, in another run:
    cdktf-openai-offline run -- terraform plan
    cdktf-openai-offline run -- npx cdktf deploy --auto-approve --skip-provider-lock
    cdktf-openai-offline install                # prints the CLI configuration file
    eval "$(cdktf-openai-offline env)"          # sets TF_CLI_CONFIG_FILE & co. in this shell
    cdktf-openai-offline unlock                 # after `env`: the lock files are yours again
    cdktf-openai-offline run --no-openai-contract -- terraform apply   # see below

``run`` keeps the double out of the user's Terraform set-up (:mod:`.isolation`): a private
plugin cache, a separate data directory, and the provider's entry in each lock file swapped
for the double's during the run only (the double's is kept for the next run). ``env`` sets up
the first two in the shell and swaps the lock entries until ``unlock`` swaps them back; a
``run`` from a shell where ``env`` is on leaves them swapped. Both turn Terraform's and the
cdktf CLI's calls home off.

The double answers a request OpenAI's API would reject (``top_k`` in a response, a run's
``max_tokens``, ...) with OpenAI's HTTP 400 (:mod:`.openai_contract`); ``--no-openai-contract``
(``run`` and ``env``) lets it take them, for an Assistants-compatible server that accepts more.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from cdktf_openai.offline.install import (
    CONFIG_VARIABLE,
    VARIABLES,
    OfflineExtraMissingError,
    install_provider_double,
    lock_file_guard,
    terraform_environment,
)
from cdktf_openai.offline.openai_contract import SWITCH

#: Where the commands install the double unless told otherwise (relative to the current folder).
DEFAULT_DIRECTORY = ".cdktf-openai-offline"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cdktf-openai-offline",
        description=(
            "Offline stand-in for the Terraform provider mkdev-me/openai 1.2.0: installs it as "
            "a filesystem mirror that `terraform init` uses, with no network and no API key."
        ),
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("install", "install the double and print the CLI configuration file's path"),
        (
            "env",
            "install the double, pin the lock files under this folder to it (until `unlock`) "
            "and print shell lines that set " + CONFIG_VARIABLE,
        ),
        (
            "run",
            "install the double and run a command with " + CONFIG_VARIABLE + " set, the lock "
            "files under this folder pinned to the double for that command only",
        ),
        (
            "unlock",
            "give the lock files under this folder their own entries back, after `env` (or a "
            "killed `run`); the double keeps its entries for its next run",
        ),
    ):
        command = commands.add_parser(name, help=text, description=text)
        command.add_argument(
            "--directory",
            default=DEFAULT_DIRECTORY,
            help=f"where to install (default: {DEFAULT_DIRECTORY})",
        )
        if name in ("env", "run"):
            command.add_argument(
                "--no-openai-contract",
                action="store_true",
                help=(
                    "let the double take requests OpenAI's API would reject (for an "
                    f"Assistants-compatible server that accepts more): sets {SWITCH}=off"
                ),
            )
        if name == "run":
            command.add_argument("argv", nargs=argparse.REMAINDER, help="-- COMMAND [ARGS...]")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: The arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0, the status of the command that ``run`` ran, or 2 on a usage error.
    """
    arguments = _parser().parse_args(argv)
    try:
        config = install_provider_double(arguments.directory)
    except OfflineExtraMissingError as error:
        print(f"cdktf-openai-offline: {error}", file=sys.stderr)
        return 2
    if arguments.command == "install":
        print(config)
        return 0
    guard = lock_file_guard(
        config, Path.cwd(), keep_pinned=os.environ.get(CONFIG_VARIABLE) == str(config)
    )
    if arguments.command == "env":
        guard.pin()
        environment = terraform_environment(config, base={})
        for name in VARIABLES:
            print(f"export {name}={shlex.quote(environment[name])}")
        if arguments.no_openai_contract:
            print(f"export {SWITCH}=off")
        print(
            "cdktf-openai-offline: the lock files under this folder pin the double until "
            "`cdktf-openai-offline unlock`",
            file=sys.stderr,
        )
        return 0
    if arguments.command == "unlock":
        guard.unpin()
        return 0
    command = list(arguments.argv)
    if command[:1] == ["--"]:
        command = command[1:]
    if not command:
        print("cdktf-openai-offline run: give a command after --", file=sys.stderr)
        return 2
    environment = terraform_environment(config)
    if arguments.no_openai_contract:
        environment[SWITCH] = "off"
    with guard:
        completed = subprocess.run(command, env=environment, check=False)
    return completed.returncode


if __name__ == "__main__":
    sys.exit(main())
