"""Where each construct of this library lives: its stack, and the Terraform name it will get.

A construct outside any stack (e.g. directly under the ``App``) lands in no stack's JSON: cdktf
accepts it and then silently leaves it out. A construct whose id loses characters on its way
to a Terraform name can silently merge with another (``"a.b"`` and ``"ab"`` both become
``ab``) or get a name Terraform rejects (``"1st"``, ``"ü"``). So each construct looks up its
place when it is created and is refused, with the name it would have had, in those cases.

The first time a stack is seen, it also gets the library's per-stack hooks: policies attached
above the stack reach it (:mod:`cdktf_openai.policies.inheritance`), and its resources are
checked to be bound to a provider configuration (:mod:`cdktf_openai.provider_binding`).

Looking a scope up costs jsii round trips, so places are cached per scope: constructs created
in the same scope (a stack, or a composite, which registers itself with :func:`remember`) pay
it once.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from constructs import Construct, IConstruct

from cdktf_openai.core import CORE, TerraformStack, both_cores_imported
from cdktf_openai.errors import Problem, ValidationError
from cdktf_openai.workarounds import terraform_name

__all__ = [
    "Place",
    "check_composite_id",
    "claim_terraform_name",
    "is_valid_terraform_name",
    "known_stack",
    "name_problem",
    "place_of",
    "remember",
    "root_of",
    "stack_of",
]


@dataclass(frozen=True)
class Place:
    """Where a scope is: its stack, and the construct ids from the stack down to it.

    Attributes:
        stack: The stack.
        components: The ids below the stack, down to the scope itself (empty for the stack).
    """

    stack: TerraformStack
    components: tuple[str, ...]

    def name_of(self, id: str) -> str:
        """The Terraform name of a resource with this ``id`` created in this scope."""
        return terraform_name((*self.components, id))

    def child_name(self, id: str, child: str) -> str:
        """The Terraform name of a resource ``child`` of the construct ``id`` in this scope."""
        return terraform_name((*self.components, id, child))


#: A Terraform block label that names a resource: a letter or underscore first (Terraform's
#: rule, which cdktf does not check).
_TERRAFORM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def is_valid_terraform_name(name: str) -> bool:
    """Whether Terraform accepts ``name`` as a resource name (``terraform validate`` would)."""
    return _TERRAFORM_NAME.fullmatch(name) is not None


#: Scope -> where it is (weak: apps built in tests come and go).
_places: weakref.WeakKeyDictionary[Construct, Place] = weakref.WeakKeyDictionary()
#: Stack -> the root of its tree (its App), as first seen.
_roots: weakref.WeakKeyDictionary[TerraformStack, IConstruct] = weakref.WeakKeyDictionary()
#: Stack -> {(resource type, Terraform name): the id that claimed it}.
_names: weakref.WeakKeyDictionary[TerraformStack, dict[tuple[str, str], str]] = (
    weakref.WeakKeyDictionary()
)


def place_of(scope: Construct, id: str) -> Place:
    """Where ``scope`` is (its stack, and the ids below the stack).

    Args:
        scope: The scope a construct is about to be created in.
        id: That construct's id (for the error's path).

    Raises:
        ValidationError: When ``scope`` is not in a stack (e.g. it is the ``App``).
    """
    place = _places.get(scope)
    if place is not None:
        return place
    scopes = scope.node.scopes
    stacks = [index for index, s in enumerate(scopes) if isinstance(s, TerraformStack)]
    if not stacks:
        problem = Problem(
            "scope",
            "must be a TerraformStack or a construct inside one (a construct under the App "
            "itself is left out of every stack's JSON)",
            f"{type(scope).__name__} at {scope.node.path or '<app root>'!r}",
        )
        parent = scope.node.path
        raise ValidationError(f"{parent}/{id}" if parent else id, [problem])
    stack = scopes[stacks[-1]]  # the closest, as TerraformStack.of finds it
    assert isinstance(stack, TerraformStack)
    place = Place(stack, tuple(s.node.id for s in scopes[stacks[-1] + 1 :]))
    _places[scope] = place
    if stack not in _names:
        _names[stack] = {}
        _roots[stack] = scopes[0]
        _hook(stack)
    return place


def stack_of(scope: Construct, id: str) -> TerraformStack:
    """The stack ``scope`` is in (``scope`` itself when it is one); see :func:`place_of`."""
    return place_of(scope, id).stack


def known_stack(construct: Construct) -> TerraformStack | None:
    """The stack ``construct`` is in: known in Python for this library's constructs.

    Another construct (a generated resource used directly) is asked through jsii; ``None``
    when it is in no stack.

    Args:
        construct: A construct given as a prop (a resource, a provider...).
    """
    place = _places.get(construct)
    if place is not None:
        return place.stack
    if isinstance(construct, TerraformStack):
        return construct
    try:
        return TerraformStack.of(construct)
    except RuntimeError:  # cdktf: "No stack could be identified for the construct at path ..."
        return None


def root_of(stack: TerraformStack) -> IConstruct:
    """The root of ``stack``'s tree (its App): known in Python once a construct was put in it.

    Args:
        stack: A stack.
    """
    root = _roots.get(stack)
    return stack.node.root if root is None else root


def remember(
    child: Construct, scope: Construct, id: str, resource: tuple[str, str] | None = None
) -> None:
    """Record where ``child`` (just created as ``id`` in ``scope``) is, without a lookup.

    Args:
        child: A new construct that others may be created in (a composite, a resource).
        scope: Its scope.
        id: Its id.
        resource: For a resource, its Terraform type and name, taken from now on (checked
            with :func:`name_problem` before it was created).
    """
    place = place_of(scope, id)
    _places[child] = Place(place.stack, (*place.components, id))
    if resource is not None:
        _names[place.stack][resource] = id


def claim_terraform_name(scope: Construct, id: str, resource_type: str) -> Problem | None:
    """Reserve the Terraform name of a new ``resource_type`` resource ``id`` in ``scope``.

    :func:`name_problem`, then :func:`record_terraform_name` when there is none.

    Args:
        scope: The scope the resource is about to be created in.
        id: Its construct id.
        resource_type: Its Terraform type, e.g. ``openai_run`` (names are per type).

    Returns:
        The problem, when the name would be invalid or already taken by another id.
    """
    place = place_of(scope, id)
    name = place.name_of(id)
    problem = name_problem(place, id, resource_type, name)
    if problem is None:
        _names[place.stack][(resource_type, name)] = id
    return problem


def name_problem(place: Place, id: str, resource_type: str, name: str) -> Problem | None:
    """Whether the Terraform name ``name`` of a new resource ``id`` is invalid or taken.

    A check only: nothing is reserved (:func:`remember` does that, once the resource exists).

    Args:
        place: Where the resource is about to be created (:func:`place_of` its scope).
        id: Its construct id.
        resource_type: Its Terraform type, e.g. ``openai_run`` (names are per type).
        name: Its Terraform name, ``place.name_of(id)``.
    """
    if not is_valid_terraform_name(name):
        return Problem(
            "id",
            "must give a valid Terraform name (cdktf keeps only letters, digits, _ and -, and "
            f"Terraform needs a letter or _ first): it would be {name!r}",
            repr(id),
        )
    other = _names[place.stack].get((resource_type, name))
    if other is not None and other != id:
        return Problem(
            "id",
            f"must give a Terraform name of its own: {other!r} and {id!r} would both be the "
            f"{resource_type} {name!r}",
            repr(id),
        )
    return None


def check_composite_id(scope: Construct, id: str) -> Problem | None:
    """A composite's id must give its children valid Terraform names (they start with it).

    Args:
        scope: The scope the composite is about to be created in.
        id: Its id.
    """
    name = terraform_name((*place_of(scope, id).components, id, "child"))
    if is_valid_terraform_name(name):
        return None
    return Problem(
        "id",
        "must give its resources valid Terraform names (cdktf keeps only letters, digits, _ "
        f"and -, and Terraform needs a letter or _ first): they would be like {name!r}",
        repr(id),
    )


def _hook(stack: TerraformStack) -> None:
    from cdktf_openai.policies.inheritance import AncestorPolicies
    from cdktf_openai.provider_binding import ProviderBinding

    if both_cores_imported():  # cdktf and cdktn objects in one app would mix two runtimes
        problem = Problem(
            "core",
            f"must be one per app: this process imported both cdktf and cdktn (cdktf-openai "
            f"runs on {CORE}; choose with CDKTF_OPENAI_CORE)",
            "cdktf and cdktn",
        )
        raise ValidationError(stack.node.path, [problem])
    stack.node.add_validation(AncestorPolicies(stack))
    stack.node.add_validation(ProviderBinding(stack))
