"""JSON Schema export and the kinds table of the protocol document, both derived from ``KINDS``."""
from __future__ import annotations

import json
from typing import Any

import msgspec

from . import kinds as _kinds
from .errors import Code
from .frames import VERSION


def json_schema() -> dict[str, Any]:
    """One document: the envelope, the error body and each kind's request / reply / partial bodies."""
    types: list[type] = []
    for k in _kinds.KINDS.values():
        types += [k.request, k.reply] + ([k.partial] if k.partial else [])
    types.append(_kinds.sys.ErrorBody)
    unique = list(dict.fromkeys(types))
    refs, components = msgspec.json.schema_components(unique, ref_template="#/$defs/{name}")
    ref = dict(zip(unique, refs))
    envelope_schema = {
        "type": "object",
        "description": "Every message. Encoded as a MessagePack map; `body` is a map whose schema "
                       "depends on `kind` (for replies: the reply or partial schema of the request's "
                       "kind, or ErrorBody when kind is 'error').",
        "required": ["version", "id", "kind"],
        "properties": {
            "version": {"type": "string", "description": f"'{VERSION}'; major must match"},
            "id": {"type": "string"}, "kind": {"type": "string"},
            "source": {"type": "string"}, "target": {"type": "string"},
            "correlation_id": {"type": ["string", "null"]},
            "deadline": {"type": ["integer", "null"], "description": "unix time in ms"},
            "body": {"type": "object"},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"enclave protocol {VERSION}",
        "envelope": envelope_schema,
        "error_codes": [c.value for c in Code],
        "error": ref[_kinds.sys.ErrorBody],
        "kinds": {
            k.name: {"service": k.service, "doc": k.doc, "request": ref[k.request],
                     "reply": ref[k.reply], **({"partial": ref[k.partial]} if k.partial else {})}
            for k in _kinds.KINDS.values()
        },
        "$defs": components,
    }


def _fields(t: type) -> str:
    info = msgspec.inspect.type_info(t)
    parts = []
    for f in getattr(info, "fields", ()):
        opt = "" if f.required else "?"
        parts.append(f"`{f.encode_name}{opt}`: {_type_name(f.type)}")
    return ", ".join(parts) or "(empty)"


def _type_name(t: msgspec.inspect.Type) -> str:
    name = type(t).__name__.replace("Type", "").lower()
    if isinstance(t, msgspec.inspect.UnionType):
        return " \\| ".join(_type_name(x) for x in t.types)
    if isinstance(t, (msgspec.inspect.ListType,)):
        return f"list[{_type_name(t.item_type)}]"
    if isinstance(t, msgspec.inspect.DictType):
        return f"map[{_type_name(t.key_type)}, {_type_name(t.value_type)}]"
    if isinstance(t, msgspec.inspect.StructType):
        return t.cls.__name__
    if isinstance(t, msgspec.inspect.LiteralType):
        return " \\| ".join(json.dumps(v) for v in t.values)
    return {"str": "string", "int": "int", "float": "float", "bool": "bool", "none": "nil",
            "any": "any"}.get(name, name)


def kinds_markdown() -> str:
    rows = ["| kind | service | request body | reply body | streams | what it does |",
            "|---|---|---|---|---|---|"]
    for k in _kinds.KINDS.values():
        rows.append(f"| `{k.name}` | {k.service or '(any)'} | {_fields(k.request)} | {_fields(k.reply)} "
                    f"| {'yes: ' + _fields(k.partial) if k.partial else 'no'} | {k.doc} |")
    return "\n".join(rows)


DOC = __import__("pathlib").Path(__file__).with_name("PROTOCOL.md")
_KINDS_MARK = "The table below is generated from the declarations (`enclave protocol kinds`).\n"


def render_doc(text: str | None = None) -> str:
    """PROTOCOL.md with its kinds table regenerated from the declarations."""
    text = DOC.read_text() if text is None else text
    head = text.split(_KINDS_MARK)[0]
    return head + _KINDS_MARK + "\n" + kinds_markdown() + "\n"
