"""Which installed model serves a request: an explicit model name, or a role with a fallback order.

Order for a role: models the user tagged with that role (``models add --role``, or a catalog model's
default tags), then the configured ``llm_roles[role]`` list, then any installed model, smallest first —
so a machine with only SmolLM2 still serves every role.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from protocol.vocab import Task, values

from .errors import InvalidRequest, ModelNotFound

ROLES = values(Task)
DEFAULT_ROLE = ROLES[0]          # "primary": what a request without a task gets


@dataclass(frozen=True)
class Installed:
    """What selection needs to know about an installed model."""
    name: str
    size: int
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Selection:
    model: str
    role: str | None
    reason: str               # "explicit" | "tagged" | "configured" | "fallback"


def candidates(role: str, installed: Sequence[Installed],
               role_map: Mapping[str, Sequence[str]]) -> list[Selection]:
    """Every installed model that could serve ``role``, best first, each once."""
    if role not in ROLES:
        raise InvalidRequest(f"unknown role {role!r}; roles are {', '.join(ROLES)}", field="task")
    have = {m.name: m for m in installed}
    ordered: list[Selection] = []
    for m in installed:
        if role in m.roles:
            ordered.append(Selection(m.name, role, "tagged"))
    for name in role_map.get(role, ()):
        if name in have:
            ordered.append(Selection(name, role, "configured"))
    for m in sorted(installed, key=lambda m: (m.size, m.name)):
        ordered.append(Selection(m.name, role, "fallback"))
    seen: set[str] = set()
    return [s for s in ordered if not (s.model in seen or seen.add(s.model))]


def select(installed: Sequence[Installed], role_map: Mapping[str, Sequence[str]],
           role: str | None = None, model: str | None = None) -> Selection:
    """The model to use: ``model`` if given (it must be installed), else the best for ``role``."""
    names = [m.name for m in installed]
    if model:
        if model not in names:
            raise ModelNotFound(model, names)
        return Selection(model, role, "explicit")
    role = role or DEFAULT_ROLE
    found = candidates(role, installed, role_map)
    if not found:
        raise ModelNotFound(role, names, message=f"no model is installed to serve role {role!r}; "
                            f"install one, e.g. `enclave models pull smollm2-135m`")
    return found[0]
