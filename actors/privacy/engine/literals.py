"""Calls and commands that decode a literal where it stands, for ``decoding``: a call that reverses or
rot13s its literal (``strrev('…')``, ``'…'[::-1]``, Java's ``new StringBuilder("…").reverse()``), and
one whose result is the secret whatever name it is given (a shell pipeline into ``base64 -d``, SQL's
``FROM_BASE64``, ``atob``, a join of pieces, a template's filter).

Each entry is (an RE2 pattern whose group 1 is the literal, what the call does to it).
"""
from __future__ import annotations

import re

from . import hidden as H
from . import views as V
from .alphabets import printable
from .checksums import b58decode
from .pieces import ERLANG_CHARACTERS

_LITERAL = r"""['"]([^'"\r\n]{3,200})['"]"""
rot13 = lambda v: v.translate(V.ROT13)        # noqa: E731
rot47 = lambda v: v.translate(V.ROT47)        # noqa: E731
# (pattern whose group 1 is the literal, what the call does to it)
TRANSFORM_CALLS = (
    (r"\b(?:strrev|str_reverse|StrReverse|reverse|reversed)\([ \t]*" + _LITERAL + r"[ \t]*\)", lambda v: v[::-1]),
    (_LITERAL + r"(?:\[::-1\]|\.split\([ \t]*['\"]['\"][ \t]*\)\.reverse\(\)|\.reverse\b)", lambda v: v[::-1]),   # Ruby's .reverse
    (r"\bnew[ \t]+String(?:Builder|Buffer)\([ \t]*" + _LITERAL + r"[ \t]*\)[ \t]*\.reverse\(\)", lambda v: v[::-1]),   # Java's
    (r"\b(?:str_rot13|rot13)\([ \t]*" + _LITERAL, rot13),
    (r"\bcodecs\.decode\([ \t]*" + _LITERAL + r"[ \t]*,[ \t]*['\"]rot_?13['\"]", rot13),
    (_LITERAL + r"[ \t]*\)?[ \t]*=~[ \t]*(?:tr|y)/A-Za-z/N-ZA-Mn-za-m/", rot13),
    (r"\{\{[ \t]*" + _LITERAL + r"[ \t]*\|[ \t]*reverse\b", lambda v: v[::-1]),            # Jinja's reverse filter
)
# A literal a command or call decodes where it stands, with no name near it needed (group 1: the
# literal; what decodes it): shell pipelines and here-strings, SQL and template filters, JS/PHP calls.
_ENCODED = r"""['"]?([A-Za-z0-9+/_\-]{8,400}={0,6})['"]?"""
_DECODE_FLAG = r"[ \t]+(?:-d|--decode|-D)\b"
_ECHO = r"""\b(?:echo|printf)[ \t]+(?:-[ne][ \t]+|['"]?%s['"]?[ \t]+)?"""     # echo -n / printf '%s' …
_PIECES = r"""(?:[ \t]*['"][^'"\r\n]+['"][ \t]*,){1,31}[ \t]*['"][^'"\r\n]+['"][ \t]*"""


def decoded(v: str) -> str | None:
    return V.decode_blob(v) if len(v) >= 8 else None


def _unescaped(v: str) -> str | None:
    """%XX and %uXXXX escapes decoded (JavaScript's unescape, PHP's urldecode)."""
    out = re.sub(r"%[uU]([0-9a-fA-F]{4})|%([0-9a-fA-F]{2})",
                 lambda m: chr(int(m.group(1) or m.group(2), 16)), v)
    return out if out != v else None


def _escapes(v: str) -> str | None:
    return re.sub(r"\\([0-7]{3})|\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 8) if m.group(1) else int(m.group(2), 16)), v)


def _base58(v: str) -> str | None:
    raw = b58decode(v)
    return None if raw is None else V.as_text(raw)


def _pattern_deleted(v: str) -> str | None:
    literal, pattern = re.match(r"""['"]([^'"]*)['"].*\$\{\w+//([^/}]+)/\}""", v).groups()
    return literal.replace(pattern, "")


def _joined(v: str) -> str | None:
    return "".join(re.findall(r"""['"]([^'"\r\n]*)['"]""", v)) or None




DECODED_LITERALS = (
    (_ECHO + _ENCODED + r"[ \t]*\|[ \t]*(?:base(?:64|32)|openssl[ \t]+base64)"
     + _DECODE_FLAG, decoded),
    (r"\bbase(?:64|32)" + _DECODE_FLAG + r"[ \t]*<<<?[ \t]*" + _ENCODED, decoded),
    (_ECHO + _ENCODED + r"[ \t]*\|[ \t]*xxd[ \t]+-(?:r[ \t]+-)?[rp]+\b", decoded),
    (r"\brev[ \t]*<<<[ \t]*" + _LITERAL, lambda v: v[::-1]),
    (_ECHO + _LITERAL + r"[ \t]*\|[ \t]*rev\b", lambda v: v[::-1]),
    (_ECHO + _LITERAL + r"[ \t]*\|[ \t]*tr[ \t]+['\"]?A-Za-z['\"]?[ \t]+['\"]?N-ZA-Mn-za-m",
     rot13),
    (_ECHO + _LITERAL + r"[ \t]*\|[ \t]*tr[ \t]+['\"]?!-~['\"]?[ \t]+['\"]?P-~!-O", rot47),
    (r"\b(?i:rot_?47|r47)\([ \t]*" + _LITERAL, rot47),
    (r"\b(?:decode|from_base64|FROM_BASE64|unhex|UNHEX|atob|b64decode|base64_decode|hex2bin|fromhex)\([ \t]*b?"
     + _LITERAL, decoded),
    (_LITERAL + r"[ \t]*\|[ \t]*(?:b64decode|b64dec|base64_decode|base64decode)\b", decoded),
    (r"\bprintf[ \t]+'((?:\\[0-7]{3}|\\x[0-9a-fA-F]{2}){4,})'", _escapes),      # $(printf '\117\154…')
    (r"\b(?i:unescape|decodeURIComponent|decodeURI|urldecode|rawurldecode|unquote)\([ \t]*" + _LITERAL, _unescaped),
    (r"\b(?:b58decode|bs58(?:::|\.)decode)\([ \t]*b?" + _LITERAL, _base58),
    # Lua's string.char(54, 51, …), JavaScript's String.fromCharCode(…), PowerShell's -join [char[]](…): the codes
    (r"(?:\b(?:string\.char|String\.fromCharCode)|-join[ \t]*\[char\[\]\])\([ \t]*((?:[0-9]{1,3}[ \t]*,[ \t]*){7,}[0-9]{1,3})", V.decode_blob),
    (r"(?:\bb[\"']|\$')((?:\\x[0-9a-fA-F]{2}){8,})[\"']", lambda v: printable(bytes.fromhex(v.replace("\\x", "")))),   # a byte literal of escapes (Rust's, Python's b"\x37…", bash's $'\x37…'): only where it spells text, not a key's DER
    (rf"\[[ \t]*({ERLANG_CHARACTERS})[ \t]*\]", lambda v: "".join(re.findall(r"\$(.)", v))),   # Erlang's [$p, $w, …]
    (r"\bb85decode\([ \t]*b?" + _LITERAL, lambda v: V.decode_blob(f"(base85): {v}")),
    (r"\b(?:a2b_uu\([ \t]*b?|unpack\([ \t]*['\"]u['\"][ \t]*,[ \t]*)" + _LITERAL, H.uu_text),
    # "".join(["ab", "cd"]), implode('', [...]); ["ab", "cd"].join(''), [...].joined(): the pieces joined
    (r"(?:['\"]{2}\.join\(|\bimplode\([ \t]*['\"]{2}[ \t]*,[ \t]*)\[(" + _PIECES + r")\][ \t]*\)", _joined),
    (r"\[(" + _PIECES + r")\][ \t]*\.(?:join(?:\([ \t]*(?:''|\"\")?[ \t]*\))?|joined\(\))", _joined),
    # [...].reverse().join(""), "c|b|a".split("|").reverse().join(""): the pieces in the other order
    (r"\[(" + _PIECES + r")\][ \t]*\.reverse\(\)[ \t]*\.join\([ \t]*(?:''|\"\")?[ \t]*\)",
     lambda v: "".join(re.findall(r"""['"]([^'"\r\n]*)['"]""", v)[::-1]) or None),
    (_LITERAL + r"\.split\([ \t]*['\"]\|['\"][ \t]*\)[ \t]*\.reverse\(\)[ \t]*\.join\([ \t]*(?:''|\"\")[ \t]*\)",
     lambda v: "".join(v.split("|")[::-1])),
    # Jinja's {{ [...] | join }}, Terraform's join("", [...]), zsh's ${(j::)array}
    (r"\{\{[ \t]*\[(" + _PIECES + r")\][ \t]*\|[ \t]*join\b", _joined),
    (r"\bjoin\([ \t]*['\"]{2}[ \t]*,[ \t]*\[(" + _PIECES + r")\][ \t]*\)", _joined),
    (r"\(((?:[ \t]*['\"][^'\"\r\n]+['\"]){2,32})[ \t]*\)[ \t]*;[^\r\n]{0,40}?\$\{\(j::\)\w+\}", _joined),
    # bash's ${T//@@/}: the literal with the pattern deleted
    (r"\b\w+=(['\"][^'\"\r\n]{8,200}['\"][ \t]*;[^\r\n]{0,40}?\$\{\w+//[^/}\r\n]{1,8}/\})", _pattern_deleted),
    # Perl's pack("H*", "…"): hex; byte values in Clojure's (map char [...]), Elixir's List.to_string([...]),
    # Rust's String::from_utf8(vec![...]), Swift's String(decoding: [...], as: UTF8.self), SQLite's char(…),
    # Erlang's <<...>>, awk's printf "%c%c…", n, n, …
    (r"\bpack\([ \t]*['\"]H\*['\"][ \t]*,[ \t]*" + _LITERAL, decoded),
    (r"(?:\(map[ \t]+char[ \t]+\[|\bList\.to_string\([ \t]*\[|\bfrom_utf8\([ \t]*vec!\[|\bString\([ \t]*decoding:[ \t]*\[|\b(?i:char)\([ \t]*|<<|\bprintf[ \t]*\(?[ \t]*\"(?:%c)+\"[ \t]*,[ \t]*)"
     r"((?:[0-9]{1,3}[ \t]*,?[ \t]*){7,}[0-9]{1,3})", lambda v: V.decode_blob(",".join(re.findall("[0-9]+", v)))),
)
