"""The JSON Schema of the envelope and of every kind's bodies, derived from the declarations
(``enclave protocol schema``). The protocol document's generated part is ``protocol.document``."""
from __future__ import annotations

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


# ---- types ---------------------------------------------------------------------------------------
# msgspec lists a Literal's words sorted; the vocabularies' declared order (least to most) says more.
