"""The compiled detector set: one-pass prefilter, RE2 matching and percent-decoded views.

Untrusted text only ever meets RE2 (linear time). The text is encoded to UTF-8 once per chunk. One
``re2.Set`` pass over it — every detector pattern at once, in one DFA — names the detectors that
match somewhere, and only those run again to extract spans and validate. If that Set ever fails
(a DFA out of memory reports "no match"), a sentinel pattern that matches any character is missing
from its answer, and the slower path takes over: a keyword Set (literals of every detector) picks
candidates to run one by one. Offsets come back as bytes and are mapped to ``str`` offsets once.
"""
from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .detectors import Detector
from .errors import ConfigError, PrivacyError, ScanTimeout
from .validators import VALIDATORS

GATE_GROUP = 10       # patterns per prefilter Set: a Set of several heavy assignment syntaxes grows a slow DFA
                      # (550 detectors on 8 MB of source: 20 a Set took 6.4 s, 10 took 3.7 s; the same candidates)
_ALNUM = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_CONTINUATION = bytes(range(0x80, 0xC0))
_HEX = frozenset(b"0123456789abcdefABCDEF")
_ELIDED, _ELLIPSIS, _MASKED = b"...", "\u2026".encode(), b"**"
# a deny phrase that negates or doubts ("not a secret, closing):", "is anything secret in it?") holds across a comma or
# a question's mark, as a key's name does not
_NEGATIONS = (b"not ", b"no ", b"nothing ", b"anything ", b"something ", b"is this ", b"is that ", b"is it ")
_PAIR_ENDS = (b";", b",", b"{", b"?", b"&")
_VALUE_WORD = re.compile(rb"[ \t\r\n]*\\?[\"']?(?i:value)\\?[\"']?[ \t]*[:=]")   # a name/value pair's second half
_LONG_VALUE = 2048    # bytes: a value found to be none this long is passed over whole, not read again from inside


@dataclass(frozen=True, slots=True)
class RawMatch:
    detector: int       # index into the detector tuple
    start: int          # str offsets
    end: int
    value: str


def _options(re2, *, case_sensitive: bool = True):
    opts = re2.Options()
    opts.log_errors = False
    opts.max_mem = 64 << 20
    opts.case_sensitive = case_sensitive
    return opts


class CompiledDetectors:
    """Compile once per engine; ``find`` is reentrant (RE2 objects are thread-safe)."""

    def __init__(self, detectors: Sequence[Detector]):
        import re2
        from re2 import _re2
        self._re2 = re2
        self.detectors = tuple(detectors)
        self._anchor = _re2.RE2.Anchor.UNANCHORED
        for d in self.detectors:
            if d.validator is not None and d.validator not in VALIDATORS:
                raise ConfigError(f"detector {d.name!r}: unknown validator {d.validator!r}")
        # Each detector's own regex and deny list are compiled when the gate first names it: most
        # texts wake few detectors, and every process builds a log-redaction engine at start.
        self._plan: list[tuple | None] = [None] * len(self.detectors)
        keywords = sorted({k for d in self.detectors for k in d.keywords})
        self._owners: list[list[int]] = [[] for _ in keywords]
        index = {k: i for i, k in enumerate(keywords)}
        for di, d in enumerate(self.detectors):
            for k in d.keywords:
                self._owners[index[k]].append(di)
        self._always = [di for di, d in enumerate(self.detectors) if not d.keywords]
        self._set = None
        if keywords:
            self._set = re2.Set.SearchSet(_options(re2, case_sensitive=False))
            for k in keywords:
                self._set.Add(re2.escape(k.encode()))
            self._set.Compile()
            # A Set that ran out of memory would report "no keyword" and skip every detector: prove it
            # reports all of them on a text that holds all of them.
            probe = " ".join(keywords).encode()
            if len(self._set.Match(probe) or ()) != len(keywords):
                raise ConfigError("keyword prefilter failed its self-check")
        # The gate: a few Sets of GATE_GROUP patterns each (one DFA per group; one DFA for every
        # pattern grows states faster than text on diverse input), and a Set for each solitary one. In
        # each, index 0 is the sentinel and the group's detector ``indices[j]`` is index j + 1.
        gate_opts = _options(re2)
        gate_opts.never_capture = True
        gate_opts.max_mem = 64 << 20
        self._gates = []
        shared = [di for di, d in enumerate(self.detectors) if not d.solitary]
        groups = [shared[i:i + GATE_GROUP] for i in range(0, len(shared), GATE_GROUP)]
        for indices in groups + [[di] for di, d in enumerate(self.detectors) if d.solitary]:
            gate = _re2.Set(self._anchor, gate_opts)
            gate.Add(b"(?s:.)")
            for d in (self.detectors[di] for di in indices):
                if gate.Add(d.pattern.encode()) < 0:
                    error = _re2.RE2(d.pattern.encode(), _options(re2)).error()
                    raise ConfigError(f"detector {d.name!r}: invalid RE2 pattern: {error.decode(errors='replace')}",
                                      field=f"sensitive_patterns.{d.name}")
            if not gate.Compile():
                raise ConfigError("detector prefilter set failed to compile")
            self._gates.append((indices, gate))
        self._url_run = _re2.RE2(rb"[^\s\"'<>`]*%[0-9A-Fa-f]{2}[^\s\"'<>`]*", _options(re2))

    def candidates(self, data: bytes) -> list[int]:
        """Detectors that match somewhere in ``data`` (exact), or a superset if the gate failed."""
        if not data:
            return []
        found: list[int] = []
        for indices, gate in self._gates:
            hits = gate.Match(data)
            if 0 not in hits:                 # this group's DFA gave up: the keyword path decides
                return self._keyword_candidates(data)
            found.extend(indices[i - 1] for i in hits if i)
        return sorted(found)

    def _keyword_candidates(self, data: bytes) -> list[int]:
        hits = self._set.Match(data) if self._set is not None else None
        if not hits:
            return list(self._always)
        found = set(self._always)
        for k in hits:
            found.update(self._owners[k])
        return sorted(found)

    def find(self, text: str, deadline: float, *, decode_views: bool = True) -> list[RawMatch]:
        """Every validated occurrence in ``text`` (one chunk), with ``str`` offsets."""
        data = text.encode("utf-8", "surrogatepass")
        raw = self._find_bytes(data, deadline)
        if decode_views and b"%" in data:
            raw.extend(self._find_url_encoded(data, deadline))
        if not raw:
            return []
        if text.isascii():
            return [RawMatch(di, s, e, v) for di, s, e, v in raw]
        to_char = byte_to_char_map(data, {o for _, s, e, _ in raw for o in (s, e)})
        return [RawMatch(di, to_char[s], to_char[e], v) for di, s, e, v in raw]

    def _find_bytes(self, data: bytes, deadline: float) -> list[tuple[int, int, int, str]]:
        out: list[tuple[int, int, int, str]] = []
        verdicts: dict = {}     # the same span, found by several syntaxes, is validated once per rule
        for di in self.candidates(data):
            self._run(di, data, out, verdicts)
            if time.monotonic() > deadline:
                raise ScanTimeout("scan deadline passed")
        return out

    def _compile(self, di: int) -> tuple:
        """Detector ``di``'s matching plan (two threads may both compile it: the same result)."""
        re2, d = self._re2, self.detectors[di]
        rx = re2._re2.RE2(d.pattern.encode(), _options(re2))
        if not rx.ok():     # the gate compiled it, so only memory can fail here: never scan without it
            raise PrivacyError(f"detector {d.name!r} could not be compiled")
        deny = None
        if d.deny:
            deny = re2._re2.RE2(b"|".join(re2.escape(w.encode()) for w in d.deny),
                                _options(re2, case_sensitive=False))
        plan = self._plan[di] = (rx, VALIDATORS[d.validator] if d.validator else None, d.edges,
                                 d.trim.encode(), deny)
        return plan

    def _run(self, di: int, data: bytes, out: list, verdicts: dict) -> None:
        """Every validated match of detector ``di`` in ``data``, appended to ``out``."""
        rx, validate, edges, trim, deny = self._plan[di] or self._compile(di)
        anchor, pos, n = self._anchor, 0, len(data)
        while pos <= n:
            spans = rx.Match(anchor, data, pos, n)
            whole = spans[0]
            if whole[0] < 0:
                return
            s, e = _secret_span(spans)
            while trim and e > s and data[e - 1] in trim:
                e -= 1
            # Resume at the secret's end, not the match's: context a pattern consumed after it
            # (a delimiter) may be the context that starts the next occurrence. (A value found to be
            # none resumes just before it: a name taken for a value may name the real one after it.)
            start, pos = pos, e if e > pos else (whole[1] if whole[1] > pos else pos + 1)
            # the key names no secret (a page token, a public key). A ';', ',', '{', '?' or '&' before
            # the key ends another pair ("csrftoken=…; sessionid=…", "token_type":"Bearer","refresh_token":…);
            # one between the key and its value does not ("NEXT_TOKEN", "…")
            if deny is not None:
                key_start = _word_start(data, whole[0])
                key_end = s
                while key_end > key_start and data[key_end - 1] not in _ALNUM:
                    key_end -= 1
                denied = deny.Match(anchor, data, key_start, s)[0]
                if denied[0] >= 0 and data[denied[0]:denied[1]].startswith(_NEGATIONS):
                    continue
                cut = max(key_start, *(data.rfind(c, key_start, key_end) + 1 for c in _PAIR_ENDS))
                if cut > key_start and _VALUE_WORD.match(data, cut):   # {"name": "X Public Key", "value": …}:
                    cut = max(key_start, *(data.rfind(c, key_start, cut - 1) + 1 for c in _PAIR_ENDS))   # X's pair
                key_start = cut
                if deny.Match(anchor, data, key_start, s)[0][0] >= 0:
                    continue
            if e <= s or (edges and ((s > 0 and data[s - 1] in _ALNUM) or (e < n and data[e] in _ALNUM))):
                continue
            if (data.startswith(_ELIDED, e) or data.startswith(_ELLIPSIS, e)) and not _excerpt(data, s):
                continue                  # "sk-ant-api03-...": a documented shape, the rest left out
            if data.startswith(_MASKED, e):
                continue                  # "Bearer eyJhbGciOiJIUzUxMiJ9.****.****": the rest masked
            value = data[s:e].decode("utf-8", "replace")
            if validate is not None:
                ok = verdicts.get((validate, s, e))
                if ok is None:
                    ok = verdicts[(validate, s, e)] = validate(value)
                if not ok:
                    if e - s > _LONG_VALUE:
                        continue          # a long run that is none (lines of prose taken for a code block):
                        # resuming inside it would read it again from every line it holds
                    back = s
                    while back > start + 1 and data[back - 1] in b" \t":
                        back -= 1
                    pos = min(pos, max(start + 1, back - 1))    # (from the delimiter before it and its spaces)
                    continue
            out.append((di, s, e, value))

    def _find_url_encoded(self, data: bytes, deadline: float) -> list[tuple[int, int, int, str]]:
        """Scan a percent-decoded copy of every run that holds %XX; map findings back."""
        out = []
        n = len(data)
        pos = 0
        while pos < n:
            whole = self._url_run.Match(self._anchor, data, pos, n)[0]
            if whole[0] < 0:
                break
            start, end = whole
            decoded, origin = _percent_decode(data, start, end)
            for di, s, e, v in self._find_bytes(decoded, deadline):
                out.append((di, origin[s], origin[e] if e < len(origin) else end, v))
            pos = end if end > pos else pos + 1
        return out


@lru_cache(maxsize=8)
def compiled(detectors: tuple[Detector, ...]) -> CompiledDetectors:
    """One compiled set per distinct detector table in a process: engines with the same rules (the
    privacy actor's and its log redaction's, a test's many) share it."""
    return CompiledDetectors(detectors)


def _excerpt(data: bytes, pos: int) -> bool:
    """Whether the run holding ``pos`` opens with an ellipsis too: a scanner's excerpt
    ("Matched: ...API_KEY=<value>...") shows the whole value between its marks, where a document's
    "sk-ant-api03-..." leaves the rest out."""
    low = max(0, pos - 200)
    cut = max(data.rfind(b" ", low, pos), data.rfind(b"\n", low, pos), data.rfind(b"\t", low, pos))
    run = cut + 1 if cut >= 0 else low
    return run < pos and (data.startswith(_ELIDED, run) or data.startswith(_ELLIPSIS, run))


def _word_start(data: bytes, pos: int) -> int:
    """Where the word holding ``pos`` starts: back to the last whitespace, at most 48 bytes (the
    qualifier of a key, ``AWS::ApiGateway::ApiKey``, is part of it; ``public const`` is not)."""
    while pos < len(data) and data[pos] in b" \t\r\n":
        pos += 1          # a pattern that starts at the space before its key
    low = max(0, pos - 48)
    for cut in (data.rfind(b" ", low, pos), data.rfind(b"\n", low, pos), data.rfind(b"\t", low, pos)):
        if cut >= low:
            low = cut + 1
    return low


def _secret_span(spans) -> tuple[int, int]:
    """The first group that took part (alternatives each capture the secret), else the match."""
    if len(spans) == 2:
        return spans[1] if spans[1][0] >= 0 else spans[0]
    for sp in spans[1:]:
        if sp[0] >= 0:
            return sp
    return spans[0]


def _percent_decode(data: bytes, start: int, end: int) -> tuple[bytes, list[int]]:
    """Decode %XX in ``data[start:end]``; ``origin[i]`` is where decoded byte ``i`` came from."""
    out = bytearray()
    origin: list[int] = []
    pieces = data[start:end].split(b"%")
    pos = start + len(pieces[0])
    out += pieces[0]
    origin.extend(range(start, pos))
    for piece in pieces[1:]:
        if piece[:2] == b"25" and len(piece) >= 4 and piece[2] in _HEX and piece[3] in _HEX:
            out.append(int(piece[2:4], 16))  # %2541: encoded twice (a URL inside a URL's parameter)
            origin.append(pos)
            out += piece[4:]
            origin.extend(range(pos + 5, pos + 1 + len(piece)))
        elif len(piece) >= 2 and piece[0] in _HEX and piece[1] in _HEX:
            out.append(int(piece[:2], 16))
            origin.append(pos)             # the '%'
            out += piece[2:]
            origin.extend(range(pos + 3, pos + 1 + len(piece)))
        else:
            out.append(0x25)
            origin.append(pos)
            out += piece
            origin.extend(range(pos + 1, pos + 1 + len(piece)))
        pos += 1 + len(piece)
    return bytes(out), origin


def byte_to_char_map(data: bytes, offsets: set[int]) -> dict[int, int]:
    """str offset of each UTF-8 byte offset: chars = bytes that are not continuation bytes."""
    result = {}
    chars = prev = 0
    for off in sorted(offsets):
        chars += len(data[prev:off].translate(None, _CONTINUATION))
        result[off] = chars
        prev = off
    return result
