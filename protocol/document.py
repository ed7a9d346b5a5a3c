"""The generated part of the protocol document, derived from the declarations: the kinds table
(``KINDS``), every body structure, and the internal model worker channel (``protocol.channel``).

PROTOCOL.md is hand-written down to ``_MARK``; everything below it is made here by ``render_doc``.
Field meanings come from the trailing comments of the declarations, so they are written once, there.
"""
from __future__ import annotations

import inspect as _source
import io
import json
import re
import textwrap
import tokenize
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import msgspec
from msgspec import inspect as mi

from . import channel as _channel
from . import kinds as _kinds
from . import vocab as _vocab


_DECLARED_ORDER = {frozenset(get_args(v)): get_args(v) for v in vars(_vocab).values()
                   if get_origin(v) is Literal}


def _type_name(t: mi.Type) -> str:
    name = type(t).__name__.replace("Type", "").lower()
    if isinstance(t, mi.UnionType):
        return " \\| ".join(_type_name(x) for x in t.types)
    if isinstance(t, mi.ListType):
        return f"list[{_type_name(t.item_type)}]"
    if isinstance(t, mi.DictType):
        return f"map[{_type_name(t.key_type)}, {_type_name(t.value_type)}]"
    if isinstance(t, mi.StructType):
        return t.cls.__name__
    if isinstance(t, mi.LiteralType):
        words = _DECLARED_ORDER.get(frozenset(t.values), t.values)
        return " \\| ".join(json.dumps(v) for v in words)
    return {"str": "string", "int": "int", "float": "float", "bool": "bool", "none": "nil",
            "any": "any"}.get(name, name)


def _fields(t: type) -> str:
    info = mi.type_info(t)
    parts = []
    for f in getattr(info, "fields", ()):
        opt = "" if f.required else "?"
        parts.append(f"`{f.encode_name}{opt}`: {_type_name(f.type)}")
    return ", ".join(parts) or "(empty)"


def _number(x: Any) -> str:
    return json.dumps(x)


def _bounds(t: mi.IntType | mi.FloatType) -> list[str]:
    # as the field's own type: msgspec may hand a float field the equal int bound of another field
    kind = float if isinstance(t, mi.FloatType) else int
    low = ("≥", kind(t.ge)) if t.ge is not None else (">", kind(t.gt)) if t.gt is not None else None
    high = ("≤", kind(t.le)) if t.le is not None else ("<", kind(t.lt)) if t.lt is not None else None
    if low and high and low[0] == "≥" and high[0] == "≤":
        out = [f"{_number(low[1])} to {_number(high[1])}"]
    else:
        out = [f"{part[0]} {_number(part[1])}" for part in (low, high) if part]
    if t.multiple_of is not None:
        out.append(f"a multiple of {_number(t.multiple_of)}")
    return out


def _lengths(t: Any, unit: str) -> list[str]:
    lo, hi = t.min_length, t.max_length

    def plural(n: int) -> str:
        return unit if n == 1 else unit[:-1] + "ies" if unit.endswith("y") else unit + "s"

    if lo is not None and hi is not None:
        return [f"{lo} to {hi} {plural(hi)}"]
    if lo is not None:
        return [f"at least {lo} {plural(lo)}"]
    if hi is not None:
        return [f"at most {hi} {plural(hi)}"]
    return []


def _constraints(t: mi.Type) -> list[str]:
    """What msgspec checks beyond the type (``Meta``): ranges, lengths, patterns, also of items."""
    if isinstance(t, (mi.IntType, mi.FloatType)):
        return _bounds(t)
    if isinstance(t, mi.StrType):
        out = _lengths(t, "character")
        if t.pattern is not None:
            out.append(f"matches `{t.pattern}`".replace("|", "\\|"))
        return out
    if isinstance(t, mi.ListType):
        inner = _constraints(t.item_type)
        return _lengths(t, "item") + ([f"each item {', '.join(inner)}"] if inner else [])
    if isinstance(t, mi.DictType):
        inner = _constraints(t.value_type)
        return _lengths(t, "entry") + ([f"each value {', '.join(inner)}"] if inner else [])
    if isinstance(t, mi.UnionType):
        return [c for x in t.types for c in _constraints(x)]
    return []


def _default(f: mi.Field) -> str:
    if f.required:
        return "required"
    if f.default_factory is not msgspec.NODEFAULT:
        factory = f.default_factory
        if factory in (list, tuple):
            return "`[]`"
        if factory is dict:
            return "`{}`"
        if isinstance(factory, type) and issubclass(factory, msgspec.Struct):
            return f"`{{}}` (every `{factory.__name__}` field at its default)"
        return f"`{_number(msgspec.to_builtins(factory()))}`"
    value = f.default
    if value is None:
        return "`nil`"
    return f"`{_number(msgspec.to_builtins(value))}`"


# ---- meanings: the declarations' trailing comments -----------------------------------------------
# Where a comment speaks to Python readers, the document says it this way instead.
_MEANING_OVERRIDES = {
    ("Delivery", "sender"): 'the sending tool; "router" for keepalives',
}


def _field_comments(cls: type) -> dict[str, str]:
    """field -> its comment: on the field's line (continued on comment-only lines below it, at the
    same column), or on the comment-only lines right above a field that has none of its own."""
    try:
        src = textwrap.dedent(_source.getsource(cls))
        tokens = list(tokenize.generate_tokens(io.StringIO(src).readline))
    except (OSError, TypeError, tokenize.TokenError, IndentationError):
        return {}
    names = {f.name for f in msgspec.structs.fields(cls)}
    lines = src.splitlines()
    out: dict[str, str] = {}
    last: tuple[str, int, int] | None = None          # field, row, column of its comment
    continued: set[int] = set()                        # rows that continue a field's comment
    for tok in tokens:
        if tok.type != tokenize.COMMENT:
            continue
        row, col = tok.start
        code = lines[row - 1][:col].strip()
        text = tok.string.lstrip("#").strip()
        if not code:
            if last and row == last[1] + 1 and col == last[2]:
                out[last[0]] += " " + text
                last = (last[0], row, col)
                continued.add(row)
            continue
        m = re.match(r"(\w+)\s*:", code)
        if m and m.group(1) in names:
            out[m.group(1)] = text
            last = (m.group(1), row, col)
    # leading comments: the comment-only block directly above a field line without its own comment
    for i, line in enumerate(lines):
        m = re.match(r"\s+(\w+)\s*:", line)
        if not m or m.group(1) not in names or m.group(1) in out:
            continue
        block = []
        j = i - 1
        while j >= 0 and lines[j].strip().startswith("#") and j + 1 not in continued:
            block.insert(0, lines[j].strip().lstrip("#").strip())
            j -= 1
        if block:
            out[m.group(1)] = " ".join(block)
    return out


def _meaning(cls: type, field: str, comments: dict[str, str]) -> str:
    text = _MEANING_OVERRIDES.get((cls.__name__, field)) or comments.get(field, "")
    text = text.replace("``", "`")
    text = re.sub(r"\bNone\b", "nil", text)
    return text.replace("|", "\\|").replace("<", "\\<")


# ---- rules a structure checks beyond its fields (``__post_init__``), said in words ---------------
_NOTES = {
    _kinds.llm.GenerateRequest: "Give exactly one of `prompt` and `messages`, and `messages` must not be "
                                "empty; otherwise the error is `invalid` with field `body`.",
}


# ---- structures ----------------------------------------------------------------------------------
def _walk(t: mi.Type, parent: str | None, found: dict[type, list[str]], order: list[type]) -> None:
    if isinstance(t, mi.StructType):
        where = found.setdefault(t.cls, [])
        if parent:
            where.append(parent)
        if t.cls in order:
            return
        order.append(t.cls)
        for f in t.fields:
            _walk(f.type, f"`{t.cls.__name__}.{f.encode_name}`", found, order)
    elif isinstance(t, mi.UnionType):
        for x in t.types:
            _walk(x, parent, found, order)
    elif isinstance(t, mi.ListType):
        _walk(t.item_type, parent, found, order)
    elif isinstance(t, mi.DictType):
        _walk(t.value_type, parent, found, order)


def _body_structs() -> tuple[list[type], dict[type, dict[str, list[str]]]]:
    """Every structure a kind's bodies use (nested ones after their first user), and where each is used."""
    order: list[type] = []
    nested: dict[type, list[str]] = {}
    roles: dict[type, dict[str, list[str]]] = {}
    for k in _kinds.KINDS.values():
        for role, t in (("request", k.request), ("reply", k.reply), ("partial reply", k.partial)):
            if t is None:
                continue
            roles.setdefault(t, {}).setdefault(role, []).append(f"`{k.name}`")
            _walk(mi.type_info(t), None, nested, order)
    roles.setdefault(_kinds.sys.ErrorBody, {}).setdefault("the body of every error", [])
    _walk(mi.type_info(_kinds.sys.ErrorBody), None, nested, order)
    for cls, parents in nested.items():
        if parents:
            roles.setdefault(cls, {}).setdefault("inside", []).extend(parents)
    names: dict[str, type] = {}
    for cls in order:
        if names.setdefault(cls.__name__, cls) is not cls:
            raise ValueError(f"two body structures are named {cls.__name__}: the document needs one name each")
    return order, roles


def _used(roles: dict[str, list[str]]) -> str:
    parts = []
    for role, where in roles.items():
        if not where:
            parts.append(role[0].upper() + role[1:])
        else:
            label = role if role == "inside" else role + " of"
            parts.append(f"{label[0].upper() + label[1:]} {', '.join(dict.fromkeys(where))}")
    return ". ".join(parts) + "." if parts else ""


def _replies_sent_whole() -> bool:
    """Do reply and partial bodies (and what they contain) carry every field, defaults included?"""
    found: list[type] = []
    for k in _kinds.KINDS.values():
        for t in (k.reply, k.partial):
            if t is not None:
                _walk(mi.type_info(t), None, {}, found)
    return not any(c.__struct_config__.omit_defaults for c in found if mi.type_info(c).fields)


def _struct_table(cls: type, *, tag_field: str | None = None, tag: str | None = None) -> str:
    info = mi.type_info(cls)
    if not info.fields and tag_field is None:
        return "No fields: the empty map `{}`."
    comments = _field_comments(cls)
    rows = ["| field | type | default | constraints | meaning |", "|---|---|---|---|---|"]
    if tag_field is not None:
        rows.append(f"| `{tag_field}` | `{json.dumps(tag)}` | required | always this value | "
                    f"tells this message apart |")
    for f in info.fields:
        rows.append(f"| `{f.encode_name}` | {_type_name(f.type)} | {_default(f)} | "
                    f"{', '.join(_constraints(f.type))} | {_meaning(cls, f.name, comments)} |")
    return "\n".join(rows)


def kinds_markdown() -> str:
    rows = ["| kind | service | request body | reply body | streams | what it does |",
            "|---|---|---|---|---|---|"]
    for k in _kinds.KINDS.values():
        rows.append(f"| `{k.name}` | {k.service or '(the target)'} | {_fields(k.request)} | {_fields(k.reply)} "
                    f"| {'yes: ' + _fields(k.partial) if k.partial else 'no'} | {k.doc.replace('``', '`')} |")
    return "\n".join(rows)


def bodies_markdown(heading: str = "##") -> str:
    """Every body structure with its fields, types, defaults, constraints and meanings."""
    order, roles = _body_structs()
    out = []
    for cls in order:
        out.append(f"{heading} `{cls.__name__}`\n")
        used = _used(roles.get(cls, {}))
        if used:
            out.append(used + "\n")
        out.append(_struct_table(cls) + "\n")
        if cls in _NOTES:
            out.append(_NOTES[cls] + "\n")
    return "\n".join(out).rstrip() + "\n"


def _direct_structs(t: mi.Type) -> list[type]:
    """The structures a field holds itself (not those nested inside them)."""
    if isinstance(t, mi.StructType):
        return [t.cls]
    if isinstance(t, mi.UnionType):
        return [c for x in t.types for c in _direct_structs(x)]
    if isinstance(t, mi.ListType):
        return _direct_structs(t.item_type)
    if isinstance(t, mi.DictType):
        return _direct_structs(t.value_type)
    return []


def channel_markdown(heading: str = "##", see: str = "the body structures") -> str:
    """The model worker channel's messages (``protocol.channel``), each a table; structures that are
    also bodies are referred to (``see``), the channel's own are listed after the messages."""
    documented, _ = _body_structs()
    out = []
    own: list[type] = []
    sections = (("Manager → worker: commands", get_args(_channel.Command)),
                ("Worker → manager: events", get_args(_channel.Event)))
    for title, members in sections:
        out.append(f"{heading} {title}\n")
        for cls in members:
            info = mi.type_info(cls)
            out.append(f"{heading}# `{info.tag}`\n")
            inner = list(dict.fromkeys(c for f in info.fields for c in _direct_structs(f.type)))
            own += [c for c in inner if c not in documented and c not in own]
            notes = ["A final event: the request is over."] if cls in _channel.FINAL_EVENTS else []
            shared = [c for c in inner if c in documented]
            if shared:
                notes.append(f"{', '.join(f'`{c.__name__}`' for c in shared)}: see {see}.")
            mine = [c for c in inner if c not in documented]
            if mine:
                notes.append(f"{', '.join(f'`{c.__name__}`' for c in mine)}: below.")
            if notes:
                out.append(" ".join(notes) + "\n")
            out.append(_struct_table(cls, tag_field=info.tag_field, tag=info.tag) + "\n")
    if own:
        out.append(f"{heading} Structures inside the messages\n")
        for cls in own:
            out.append(f"{heading}# `{cls.__name__}`\n")
            out.append(_struct_table(cls) + "\n")
    return "\n".join(out).rstrip() + "\n"


# ---- the document --------------------------------------------------------------------------------
DOC = Path(__file__).with_name("PROTOCOL.md")
_MARK = ("<!-- Everything below this line is generated by protocol/schema.py from protocol/kinds/*.py and "
         "protocol/channel.py (`enclave protocol doc --write`): edit those, not this text. -->\n")

_BODIES_INTRO = """\
Every body is a MessagePack map with the fields below. A field with a default may be left out of
a request, and a missing field means its default. {replies} `required` fields must be present. A
field not listed is `invalid`.
Types: `string` (MessagePack str, UTF-8), `int` (64-bit), `float` (an int is accepted too), `bool`
(not an int), `nil`, `any` (any MessagePack value), `list[T]`, `map[K, V]`, a structure by name (a
nested map, listed here), `"a" \\| "b"` (one of these strings; where order matters they are listed
least to most). A value outside its constraints is `invalid`, with `field` naming it (e.g.
`body.max_tokens`).
"""

_CHANNEL_INTRO = """\
**Internal: tools never see this channel.** It is between the LLM manager (the `llm` service) and
each model worker process it starts, one process per loaded model. Nothing here crosses the bus;
it is documented so that a worker can be written or checked from this text alone.

- Transport: two ZeroMQ `PAIR` sockets over ipc in the socket directory (§1), one per direction.
  The manager binds both and the worker connects: on the command socket the manager writes, on the
  event socket the worker writes. Each ZeroMQ message is one MessagePack map: no header frame and
  no envelope.
- Every map has the key `op`, which tells the structures below apart (a tagged union). A map with
  an unknown `op`, a missing required field or an unknown field is unreadable: the worker ignores
  such a command; the manager ignores such an event, except before `ready`, when it stops the
  worker as one that speaks another channel.
- Channel version: **{version}**. The worker's first message is `ready`, carrying the `version` it
  speaks, or `load_failed` (then it exits). The manager stops a worker that speaks another version.
- One request at a time: the manager sends one `generate` or `embed` and waits for its final event
  ({finals}) before it sends the next to the same worker.
- `id`: chosen by the manager for each request, counting up from 1 per worker. Every event about a
  request carries its `id`; the manager drops events whose `id` is not the current request's (late
  events of a request it gave up). `cancel` names the `id` to stop; the worker stops, prompt
  processing included, and answers `error` with code `cancelled`. A request still running when its
  `deadline_s` has passed ends the same way with code `timeout`.
- `threads` and `stop` may come at any time. After `stop` the worker finishes the current request
  and exits (the manager kills it after a grace period). The manager notices a worker that dies
  from the process itself; the request it was serving fails with `unavailable`.
"""


def _paragraph(text: str) -> str:
    return textwrap.fill(" ".join(text.split()), 100, break_long_words=False, break_on_hyphens=False) + "\n"


def _next_section(head: str) -> int:
    numbers = [int(n) for n in re.findall(r"^## (\d+)\.", head, flags=re.MULTILINE)]
    return max(numbers, default=0) + 1


def generated(start: int) -> str:
    """The generated part of PROTOCOL.md, its sections numbered from ``start``."""
    kinds, bodies, channel = start, start + 1, start + 2
    finals = ", ".join(f"`{mi.type_info(c).tag}`" for c in _channel.FINAL_EVENTS)
    return "\n".join([
        f"## {kinds}. Kinds\n",
        ("The table below is generated from the declarations (`enclave protocol kinds`). A service\n"
         "of \"(the target)\" means the kind goes to whichever service `target` names (§3 says which\n"
         f"services answer it). §{bodies} lists the body structures with their defaults and limits.\n"),
        kinds_markdown() + "\n",
        f"## {bodies}. Body structures\n",
        _paragraph(_BODIES_INTRO.format(
            replies="Replies and partial replies carry every field, defaults included." if _replies_sent_whole()
            else "Replies and partial replies may leave out fields at their default.")),
        bodies_markdown("###"),
        f"## {channel}. Internal: the model worker channel\n",
        _CHANNEL_INTRO.format(version=_channel.VERSION, finals=finals),
        channel_markdown("###", see=f"§{bodies}"),
    ])


def _read_doc() -> str:
    try:
        return DOC.read_text()
    except OSError:
        return ""


# The document as it was when this module was imported: ``open(DOC, "w").write(render_doc())``
# empties the file before render_doc reads it, and must not lose the hand-written part.
_DOC_AT_IMPORT = _read_doc()


def render_doc(text: str | None = None) -> str:
    """PROTOCOL.md: its hand-written part (down to the marker), then the generated part."""
    if text is None:
        text = _read_doc()
        if _MARK not in text:
            text = _DOC_AT_IMPORT
    if _MARK not in text:
        raise ValueError("PROTOCOL.md has lost its generated-part marker; put it back: " + _MARK)
    head = text.split(_MARK)[0]
    return head + _MARK + "\n" + generated(_next_section(head))
