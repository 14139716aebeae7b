"""Write ``cdktf_openai/offline/go_schema_additions.json``: what the provider's Go schemas add.

``terraform providers schema -json`` (the full schema file) says what Terraform sees. The offline
double also needs what only the Go source says: which numbers are ``TypeInt`` (JSON ``number``
covers ``TypeInt`` and ``TypeFloat``), ``ForceNew``, ``Default``, ``ValidateFunc``,
``ConflictsWith``, ``MaxItems``, whether the Go schema declares ``id`` itself, and whether the
resource has an ``UpdateContext``. This script reads them from the provider's Go source at tag
v1.2.0 (``internal/provider/*.go``): for each type that ``provider.go, Provider`` registers, the
``Schema: map[string]*schema.Schema{...}`` literal of the function that builds it, attribute by
attribute, nested ``Elem: &schema.Resource{...}`` blocks included.

Usage::

    python scripts/go_schema_additions.py /path/to/terraform-provider-openai.git [v1.2.0]

The repository is a git directory (``fetch``ed or cloned); nothing is built or run.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).resolve().parent.parent / "cdktf_openai/offline/go_schema_additions.json"


def _show(git_dir: str, tag: str, path: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{tag}:{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _strip_comments(text: str) -> str:
    """Go source without comments (string literals kept)."""
    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c in '"`':
            end = i + 1
            while text[end] != c:
                end += 2 if (c == '"' and text[end] == "\\") else 1
            out.append(text[i : end + 1])
            i = end + 1
        elif text.startswith("//", i):
            i = text.index("\n", i)
        elif text.startswith("/*", i):
            i = text.index("*/", i) + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _matching(text: str, start: int) -> int:
    """The index of the bracket that closes the one at ``start``."""
    pairs = {"{": "}", "(": ")", "[": "]"}
    stack = [pairs[text[start]]]
    i = start + 1
    while stack:
        c = text[i]
        if c in '"`':
            end = i + 1
            while text[end] != c:
                end += 2 if (c == '"' and text[end] == "\\") else 1
            i = end
        elif c in pairs:
            stack.append(pairs[c])
        elif c == stack[-1]:
            stack.pop()
        i += 1
    return i - 1


def _items(body: str) -> list[str]:
    """The comma-separated items of a composite literal's body, at its top level."""
    items: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(body):
        c = body[i]
        if c in '"`':
            end = i + 1
            while body[end] != c:
                end += 2 if (c == '"' and body[end] == "\\") else 1
            i = end
        elif c in "{([":
            depth += 1
        elif c in "})]":
            depth -= 1
        elif c == "," and depth == 0:
            items.append(body[start:i].strip())
            start = i + 1
        i += 1
    items.append(body[start:].strip())
    return [item for item in items if item]


def _key_value(item: str) -> tuple[str, str]:
    depth = 0
    quoted = False
    for i, c in enumerate(item):
        if c == '"' and (i == 0 or item[i - 1] != "\\"):
            quoted = not quoted
        elif quoted:
            continue
        elif c in "{([":
            depth += 1
        elif c in "})]":
            depth -= 1
        elif c == ":" and depth == 0 and item[i + 1 : i + 2] != "=":
            return item[:i].strip(), item[i + 1 :].strip()
    raise ValueError(item)


def _literal_body(value: str) -> str:
    """The body of ``{...}``, ``&schema.Schema{...}`` or ``&schema.Resource{...}``."""
    start = value.index("{")
    return value[start + 1 : _matching(value, start)]


def _go_value(text: str) -> Any:
    text = text.strip()
    if text in ("true", "false"):
        return text == "true"
    if text.startswith('"'):
        return json.loads(text)
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d*\.\d+", text):
        return float(text)
    return text


def _validate(text: str) -> list[Any]:
    """A ``ValidateFunc`` as ``[name, arguments...]``, e.g. ``["StringInSlice", [...], false]``."""
    text = " ".join(text.split())
    match = re.fullmatch(r"validation\.(\w+)(?:\((.*)\))?", text)
    if match is None:
        raise ValueError(f"unknown ValidateFunc: {text}")
    name, arguments = match.group(1), match.group(2)
    if arguments is None:
        return [name]
    parsed: list[Any] = [name]
    for argument in _items(arguments):
        if argument.startswith("[]string{"):
            parsed.append([json.loads(s) for s in _items(_literal_body(argument))])
        else:
            parsed.append(_go_value(argument))
    return parsed


def _schema_map(body: str) -> dict[str, Any]:
    """``map[string]*schema.Schema{...}``'s body: each attribute's settings."""
    fields: dict[str, Any] = {}
    for item in _items(body):
        key, value = _key_value(item)
        fields[json.loads(key)] = _schema(_literal_body(value))
    return fields


def _schema(body: str) -> dict[str, Any]:
    """One ``schema.Schema`` literal: the settings the double needs."""
    settings: dict[str, Any] = {}
    for item in _items(body):
        key, value = _key_value(item)
        if key == "Type":
            settings["type"] = value.removeprefix("schema.")
        elif key in ("Required", "Optional", "Computed", "ForceNew", "Sensitive"):
            if _go_value(value) is True:
                settings[key.lower().replace("forcenew", "force_new")] = True
        elif key == "Default":
            settings["default"] = _go_value(value)
        elif key == "MinItems":
            settings["min_items"] = int(value)
        elif key == "MaxItems":
            settings["max_items"] = int(value)
        elif key == "ValidateFunc":
            settings["validate"] = _validate(value)
        elif key in ("ConflictsWith", "AtLeastOneOf", "ExactlyOneOf", "RequiredWith"):
            settings[re.sub(r"(?<!^)([A-Z])", r"_\1", key).lower()] = [
                json.loads(s) for s in _items(_literal_body(value))
            ]
        elif key == "Elem":
            if value.startswith("&schema.Resource"):
                resource = _literal_body(value)
                settings["block"] = _resource_schema(resource)
            else:
                elem = dict(_key_value(i) for i in _items(_literal_body(value)))
                settings["elem"] = elem["Type"].removeprefix("schema.")
        elif key in ("Description", "Deprecated", "Sensitive", "DefaultFunc"):
            continue
        else:
            raise ValueError(f"unhandled schema setting {key}: {value[:60]}")
    return settings


def _resource_schema(body: str) -> dict[str, Any]:
    match = re.search(r"Schema:\s*map\[string\]\*schema\.Schema\{", body)
    if match is None:
        raise ValueError("no Schema map")
    start = match.end() - 1
    return _schema_map(body[start + 1 : _matching(body, start)])


def _function_body(sources: dict[str, str], function: str) -> str:
    for text in sources.values():
        match = re.search(rf"func {function}\(\) \*schema\.Resource \{{", text)
        if match is not None:
            start = match.end() - 1
            return text[start + 1 : _matching(text, start)]
    raise ValueError(f"no func {function}")


def _registered(provider: str, map_name: str) -> dict[str, str]:
    """``type name -> function`` of ``ResourcesMap`` (via variables) or ``DataSourcesMap``."""
    if map_name == "resource":
        variables = dict(re.findall(r"(\w+) := (resourceOpenAI\w+)\(\)", provider))
        start = provider.index("resourceMap := map[string]*schema.Resource{")
        body = _literal_body(provider[start:])
        return {json.loads(k): variables[v] for k, v in (_key_value(item) for item in _items(body))}
    start = provider.index("DataSourcesMap: map[string]*schema.Resource{")
    body = _literal_body(provider[start:])
    return {
        json.loads(k): v.removesuffix("()") for k, v in (_key_value(item) for item in _items(body))
    }


#: ``client.RateLimit``'s JSON names of the fields ``defaultRateLimits`` sets.
_RATE_LIMIT_FIELDS = {
    "MaxRequestsPer1Minute": "max_requests_per_1_minute",
    "MaxTokensPer1Minute": "max_tokens_per_1_minute",
    "MaxImagesPer1Minute": "max_images_per_1_minute",
    "Batch1DayMaxInputTokens": "batch_1_day_max_input_tokens",
    "MaxAudioMegabytesPer1Minute": "max_audio_megabytes_per_1_minute",
    "MaxRequestsPer1Day": "max_requests_per_1_day",
}


def _default_rate_limits(client: str) -> dict[str, dict[str, int]]:
    """``internal/client/client.go, defaultRateLimits``: each model's rate limits."""
    start = client.index("var defaultRateLimits")
    start = client.index("}{", start) + 1
    body = client[start + 1 : _matching(client, start)]
    limits: dict[str, dict[str, int]] = {}
    for item in _items(body):
        model, value = _key_value(item)
        fields = dict(_key_value(field) for field in _items(_literal_body(value)))
        limits[json.loads(model, strict=False)] = {
            _RATE_LIMIT_FIELDS[name]: int(number) for name, number in fields.items()
        }
    return limits


def extract(git_dir: str, tag: str) -> dict[str, Any]:
    """Every registered type's Go schema settings, as written to the JSON file."""
    listing = subprocess.run(
        ["git", "--git-dir", git_dir, "ls-tree", "--name-only", tag, "internal/provider/"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    sources = {
        path: _strip_comments(_show(git_dir, tag, path))
        for path in listing
        if path.endswith(".go") and not path.endswith("_test.go")
    }
    provider = sources["internal/provider/provider.go"]
    commit = subprocess.run(
        ["git", "--git-dir", git_dir, "rev-parse", f"{tag}^{{commit}}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    result: dict[str, Any] = {
        "source": f"github.com/mkdev-me/terraform-provider-openai {tag} ({commit}), "
        "internal/provider/*.go; written by scripts/go_schema_additions.py",
        "provider": _resource_schema(
            "Schema: " + provider[provider.index("Schema: map[string]*schema.Schema{") + 8 :]
        ),
    }
    result["default_rate_limits"] = _default_rate_limits(
        _strip_comments(_show(git_dir, tag, "internal/client/client.go"))
    )
    for kind in ("resource", "data_source"):
        types: dict[str, Any] = {}
        for type_name, function in sorted(_registered(provider, kind).items()):
            body = _function_body(sources, function)
            types[type_name] = {
                "function": function,
                "update": bool(re.search(r"\bUpdate(Context)?:", body)),
                "schema": _resource_schema(body),
            }
        result[kind] = types
    return result


def main() -> None:
    """Write the table from the repository given on the command line."""
    git_dir = sys.argv[1]
    tag = sys.argv[2] if len(sys.argv) > 2 else "v1.2.0"
    OUTPUT.write_text(json.dumps(extract(git_dir, tag), indent=1, sort_keys=True) + "\n")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
