"""Findings in the decoded views of a text (``views``), placed back in the original text.

The matcher scans the text as it is; this scans what the text hides: its cleaned view, the blobs
that decode to text (recursively, to ``views.MAX_DEPTH``), and — only when a reversed or rot13
keyword of a self-identifying format occurs — the reversed and rot13 views, where only such formats
count (a prefix or a checksum names them; a generic ``key = value`` could be anything backwards).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from . import hidden as H
from . import keyboards, keyed
from . import views as V
from .detectors import Detector
from .errors import ConfigError
from .matcher import CompiledDetectors, RawMatch
from .literals import DECODED_LITERALS, TRANSFORM_CALLS, decoded as _decoded, rot13 as _rot13, rot47 as _rot47

# families whose formats name themselves (a prefix, a checksum): the ones a strict view may report
SELF_IDENTIFYING = frozenset({"cloud", "source_hosting", "package_registry", "chat", "payment", "mail", "ai",
                              "saas", "private_key", "jwt"})


def _options(re2, *, case_sensitive: bool = True):
    opts = re2.Options()
    opts.log_errors = False
    opts.case_sensitive = case_sensitive
    opts.max_mem = 64 << 20
    return opts


class Decoder:
    def __init__(self, matcher: CompiledDetectors, detectors: Sequence[Detector], also=None):
        """``also(text)``: more findings to look for in every view (the structure reader's)."""
        import re2
        from re2 import _re2
        self.matcher = matcher
        self.also = also
        self._anchor = _re2.RE2.Anchor.UNANCHORED
        self._clean = _re2.RE2(V.CLEAN_PATTERN.encode(), _options(re2))
        self._clean_apart = _re2.RE2(V.CLEAN_APART_PATTERN.encode(), _options(re2))
        self._blob = _re2.RE2(V.BLOB_PATTERN.encode(), _options(re2))
        for name, rx in (("clean", self._clean), ("clean_apart", self._clean_apart), ("blob", self._blob)):
            if not rx.ok():      # a view that cannot compile would see nothing, silently
                raise ConfigError(f"decoded view {name!r}: invalid RE2 pattern: {rx.error()}")
        # a detector counts in a strict view if its format names itself (and is not a generic shape)
        self.strict_ok = frozenset(i for i, d in enumerate(detectors)
                                   if d.category in SELF_IDENTIFYING and d.keywords and d.validator != "keyed")
        words = {k for i in self.strict_ok for k in detectors[i].keywords if len(k) >= 3}
        # rot13 of a 3-letter prefix is a common trigram ("hf_" is the "us_" of "status_code"), so
        # only the longer ones start a rot13 view; reversed ones are rare enough at 3 ("_fh", "jye")
        self._reversed = self._keywords(re2, {w[::-1] for w in words})
        self._rot13 = self._keywords(re2, {w.translate(V.ROT13) for w in words if len(w) >= 4} - words)
        self._rot13_named = self._keywords(re2, {"rot13", "rot_13", "rot-13", "rot 13", "n-za-m"})   # the text says so
        self._rot47_named = self._keywords(re2, {"rot47", "rot_47", "rot-47", "rot 47", "p-~!-o"})
        self._rot13_view, self._rot47_view = V.translated_view(V.ROT13), V.translated_view(V.ROT47)
        # a keyboard's mistyping, where the text says so ("that was typed on Dvorak")
        self._keyboards = [(self._keywords(re2, set(words)), V.translated_view(table)) for words, table in keyboards.NAMED]
        self._ciphers = self._keywords(re2, set(keyed.NAMES))    # "Keyword: quokka", "rc4_key=…"
        self._wrap = _re2.RE2(V.WRAP_PATTERN.encode(), _options(re2))
        # a literal a call reverses or rot13s where it stands: ``pw = strrev('…')``, ``'…'[::-1]``
        self._transforms = []
        for pattern, transform in TRANSFORM_CALLS:
            rx = _re2.RE2(pattern.encode(), _options(re2))
            if not rx.ok():
                raise ConfigError(f"transform call: invalid RE2 pattern: {rx.error()}")
            self._transforms.append((self._spans_of(rx, group=1), transform, False))
        for pattern, transform in DECODED_LITERALS:
            rx = _re2.RE2(pattern.encode(), _options(re2))
            if not rx.ok():
                raise ConfigError(f"decoded literal: invalid RE2 pattern: {rx.error()}")
            self._transforms.append((self._spans_of(rx, group=(0, 1)), transform, True))
        # one automaton that says whether any of them can match: most texts hold none, and ~40 scans each cost
        self._any_transform = _re2.RE2("|".join(f"(?:{p})" for p, _ in (*TRANSFORM_CALLS, *DECODED_LITERALS)).encode(),
                                       _options(re2))
        self._hidden = [_re2.RE2(p.encode(), _options(re2)) for p in H.PATTERNS]
        for rx in self._hidden:
            if not rx.ok():
                raise ConfigError(f"hidden payloads: invalid RE2 pattern: {rx.error()}")
        # "xoxb-", "hf_": how a self-identifying token starts (one RE2 for all, case-insensitive)
        self._prefixes = self._keywords(re2, {w for w in words if not w.isalnum()})
        # ... and "dapi", "glpat": letters alone, so only where a wrapped run starts with one
        self._word_prefixes = tuple(sorted(w for w in words if w.isalnum() and len(w) >= 4))
        self._word_prefix_rx = self._keywords(re2, set(self._word_prefixes))

    def _keywords(self, re2, words: set[str]):
        """An RE2 finding any of ``words`` (case-insensitive), or None for none."""
        if not words:
            return None
        from re2 import _re2
        return _re2.RE2(b"|".join(re2.escape(w.encode()) for w in sorted(words)),
                        _options(re2, case_sensitive=False))

    def find(self, text: str, deadline: float) -> list[RawMatch]:
        """Findings in every decoded view of ``text``, with spans in ``text``. Views are made of
        windows around what needs decoding, not of the whole text: a secret's context (its key, the
        header of its column) is within ``WINDOW`` characters of it."""
        budget = [V.MAX_DECODED]
        out: list[RawMatch] = []
        self._scan_views(text, deadline, 0, budget, out, lambda s, e: (s, e))
        for keywords, make in ((self._reversed, V.reversed_view), (self._rot13, self._rot13_view),
                               (self._rot13_named, self._rot13_view), (self._rot47_named, self._rot47_view),
                               *self._keyboards):
            if keywords is None:
                continue
            for ws, we in _windows(self._spans_of(keywords)(text), len(text)):
                self._scan(make(text[ws:we]), deadline, out, lambda s, e, ws=ws: (s + ws, e + ws))
        for keywords, table in ((self._rot13_named, V.ROT13), (self._rot47_named, V.ROT47)):
            if keywords is not None:
                self._scan_named_rotation(text, self._spans_of(keywords)(text), table, deadline, out)
        self._scan_deciphered(text, deadline, out)
        self._scan_wrapped(text, deadline, out)
        self._scan_hidden(text, deadline, out)
        data = text.encode("utf-8", "surrogatepass")
        calls = [] if self._any_transform.Match(self._anchor, data, 0, len(data))[0][0] < 0 else [
            (*(span[1] if unnamed else span), i, span[0] if unnamed else None)
            for i, (spans, _, unnamed) in enumerate(self._transforms) for span in spans(text)]
        for a, b, i, whole in sorted(calls, key=lambda c: c[:3])[:TRANSFORMS_MAX]:
            _, transform, unnamed = self._transforms[i]
            decoded, place = transform(text[a:b]), (lambda s, e, a=a, b=b: (a, b))
            if not decoded or len(decoded) > SPLICE_MAX or "\n" in decoded:
                continue
            if unnamed:
                self._scan_as_value(text, whole, decoded, deadline, out, place)
            else:
                self._scan_in_place(text, a, b, decoded, deadline, out, place)
                # what it gives is base64 itself (base64_decode(str_rot13('…'))): read what that hides
                inner = _decoded(decoded) if _BLOB_RUN.fullmatch(decoded) else None
                if inner and len(inner) <= SPLICE_MAX and "\n" not in inner:
                    self._scan_as_value(text, (a, b), inner, deadline, out, place)
        return out

    def _scan_named_rotation(self, text: str, keywords: list[tuple[int, int]], table: dict, deadline: float,
                             out: list) -> None:
        """"my password, in ROT47:\n<run>": the text names the rotation, then gives the run — on the next
        line, or as the last word of its own. The rotated view above loses the words that say what the
        run is ("password" rotated is a word of nothing), so here the text stays as written and only the
        runs are turned back, all of a window in one view; only findings in a turned run count."""
        runs: set[tuple[int, int]] = set()
        for a, b in keywords[:RUNS_MAX]:
            line_end = text.find("\n", b)
            line_end = len(text) if line_end < 0 else line_end
            tail = text[b:line_end]
            colon = tail.find(":")
            last = tail[colon + 1:].strip() if colon >= 0 else ""
            if len(last) >= 8 and " " not in last:
                start = b + colon + 1 + tail[colon + 1:].index(last)
                runs.add((start, start + len(last)))
            elif line_end < len(text):
                run_start = line_end + 1
                while run_start < len(text) and text[run_start] in " \t\r\n" and run_start - line_end < 8:
                    run_start += 1        # (a blank line between)
                run_end = text.find("\n", run_start)
                runs.add((run_start, len(text) if run_end < 0 else run_end))
        ordered, pos = [], 0
        for a, b in sorted(runs):
            if a >= pos and b > a:
                ordered.append((a, b))
                pos = b
        for ws, we in _windows(ordered, len(text)):
            inside = [(a, b) for a, b in ordered if ws <= a and b <= we]
            parts, pos = [], ws
            for a, b in inside:        # (a rotation keeps the length: offsets stay the text's)
                parts += [text[pos:a], text[a:b].translate(table)]
                pos = b
            parts.append(text[pos:we])
            ends = [b for _, b in inside]
            for m in self.matcher.find("".join(parts), deadline):
                start, end = m.start + ws, m.end + ws
                i = bisect.bisect_right(ends, start)      # the first run that ends after the finding starts
                if i < len(inside) and inside[i][0] < end:
                    out.append(RawMatch(m.detector, start, end, m.value))

    def _scan_as_value(self, text: str, whole: tuple[int, int], decoded: str, deadline: float, out: list,
                       place) -> None:
        """A literal the text decodes on purpose (``echo … | base64 -d``, ``rev <<< '…'``): what it
        hides is read as a secret's value though no name stands near it (the generic value rules
        still decide: a word, a number or a path is not one), and in its line with the decoding
        (``$(…)`` included) replaced by its output: ``TOKEN=$(echo … | base64 -d)`` reads as
        ``TOKEN=<decoded>``. Only findings inside the decoded part count."""
        if '"' not in decoded:
            for m in self.matcher.find(f'{UNNAMED}"{decoded}"', deadline):
                if m.start < len(UNNAMED) + 1 + len(decoded) and m.end > len(UNNAMED):
                    out.append(RawMatch(m.detector, *place(m.start, m.end), m.value))
        a, b = whole
        if text[max(0, a - 2):a] == "$(" and text[b:b + 1] == ")":
            a, b = a - 2, b + 1
        elif text[max(0, a - 1):a] == "`" and text[b:b + 1] == "`":
            a, b = a - 1, b + 1
        start = text.rfind("\n", max(0, a - SPLICE_CONTEXT), a) + 1 or max(0, a - SPLICE_CONTEXT)
        end = text.find("\n", b, b + SPLICE_CONTEXT)
        end = min(len(text), b + SPLICE_CONTEXT) if end < 0 else end
        lo = a - start
        hi = lo + len(decoded)
        for m in self.matcher.find(text[start:a] + decoded + text[b:end], deadline):
            if m.start < hi and m.end > lo:
                out.append(RawMatch(m.detector, *place(m.start, m.end), m.value))

    def _scan_hidden(self, text: str, deadline: float, out: list, place=lambda s, e: (s, e)) -> None:
        """What a hiding encoding (``hidden``) carries: read on its own and as a value in its place.
        ``place`` maps a span of ``text`` (a cleaned view's: JSON's ``\\ud83d\\udc38`` is an emoji
        there) to the original."""
        data = text.encode("utf-8", "surrogatepass")
        runs, n = [], len(data)
        for rx, encodings in zip(self._hidden, H.PASSES):
            pos, count = 0, 0
            while pos < n and count < RUNS_MAX:
                res = rx.Match(self._anchor, data, pos, n)
                if res[0][0] < 0:
                    break
                runs.append((encodings[next(i for i in range(1, len(res)) if res[i][0] >= 0) - 1][0], res[0]))
                pos, count = (res[0][1] if res[0][1] > res[0][0] else res[0][0] + 1), count + 1
        if runs and not text.isascii():
            from .matcher import byte_to_char_map
            to_char = byte_to_char_map(data, {o for _, span in runs for o in span})
            runs = [(encoding, (to_char[a], to_char[b])) for encoding, (a, b) in runs]
        read, tried = 0, 0     # what decodes counts against the budget; what does not, only its length
        for encoding, (a, b) in runs:
            if read >= TRANSFORMS_MAX or tried > V.MAX_DECODED:
                break
            tried += b - a
            found = H.decode(encoding, text[a:b])
            if found is None:
                continue
            read += 1
            decoded, span = found[0], (a + found[1], a + found[2])
            where = (lambda s, e, span=span: place(*span))
            self._scan(V.View(decoded, None, None, (0, len(decoded))), deadline, out, where)
            if len(decoded) <= SPLICE_MAX and "\n" not in decoded:
                self._scan_as_value(text, span, decoded, deadline, out, where)

    def _scan_deciphered(self, text: str, deadline: float, out: list) -> None:
        """What a cipher named in the text, with a key stated beside it, hides (``keyed``): every
        run's decipherings read at once, strictly (a wrong key's random text is no secret)."""
        for ws, we in _windows(self._spans_of(self._ciphers)(text), len(text)):
            runs: dict[tuple[int, int], list[str]] = {}
            for a, b, plain, sure in keyed.decryptions(text[ws:we]):
                runs.setdefault((a + ws, b + ws), []).append(plain)
                if sure and len(plain) <= SPLICE_MAX:       # no wrong key gives it: a value, named or not
                    self._scan_as_value(text, (a + ws, b + ws), plain, deadline, out,
                                        lambda s, e, span=(a + ws, b + ws): span)
            for span, plains in runs.items():
                joined = "\n".join(plains)
                self._scan(V.View(joined, None, None, (0, len(joined)), True), deadline, out,
                           lambda s, e, span=span: span)

    def _scan_wrapped(self, text: str, deadline: float, out: list) -> None:
        """Tokens a line break cut in two: only breaks after a run that holds a self-identifying
        prefix are taken out (``xoxb-1160…`` / ``2-eNTP…`` on the next line)."""
        if "\n" not in text or self._prefixes is None or not (
                self._has_prefix(text) or self._has_prefix(text, self._word_prefix_rx)):
            return
        breaks = []
        for a, b in self._spans_of(self._wrap, group=1)(text):   # each break inside a run of token characters
            run = text[max(0, a - 120):a].rsplit(None, 1)[-1] if a else ""
            if self._has_prefix(run) or run.lower().startswith(self._word_prefixes):
                breaks.append((a, b))
        for ws, we in _windows(breaks, len(text)):
            inside = [(a - ws, b - ws) for a, b in breaks if ws <= a and b <= we]
            self._scan(V.joined_view(text[ws:we], inside), deadline, out, lambda s, e, ws=ws: (s + ws, e + ws))

    def _has_prefix(self, text: str, rx=None) -> bool:
        rx = rx or self._prefixes
        if rx is None:
            return False
        data = text.encode("utf-8", "surrogatepass")
        return rx.Match(self._anchor, data, 0, len(data))[0][0] >= 0

    def _scan_views(self, text: str, deadline: float, depth: int, budget: list[int], out: list, place) -> None:
        clean_spans = self._spans_of(self._clean)
        apart_spans = self._spans_of(self._clean_apart)
        blob_spans = self._spans_of(self._blob)
        seen: set[tuple[tuple[int, int], str]] = set()

        def blobs(piece: str, to_text) -> None:
            for a0, b0 in blob_spans(piece):
                if budget[0] <= 0 or depth >= V.MAX_DEPTH:
                    return
                if not read(piece, to_text, a0, b0) and ("/" in piece[a0:b0] or piece[a0] == "+"):
                    at = a0 + (piece[a0] == "+")    # (a diff's "+" before a run is no part of it) a URL's path is
                    for seg in piece[at:b0].split("/"):     # one run of base64's alphabet: its segments are read alone
                        if len(seg) >= V.MIN_BLOB:
                            read(piece, to_text, at, at + len(seg))
                        at += len(seg) + 1

        def read(piece: str, to_text, a: int, b: int) -> bool:
            span = to_text(a, b)
            if (span, piece[a:b]) in seen:
                return True       # the same run, as the cleaned view had it too (a changed one is read again)
            seen.add((span, piece[a:b]))
            decoded = V.decode_blob(piece[a:b])
            if decoded is None:
                return False
            budget[0] -= len(decoded)
            blob_place = (lambda s0, e0, span=span: place(*span))
            # digits alone are an ID, a timestamp, a card number far more often than hex of a text
            # ("416231407859392133" reads "Ab1@xY9!3"): only a format that names itself counts there
            # (hex of "dapi…" is all digits too) — not forty digits and more in the text itself: no ID is that
            # long, hex of a hex key is (0x30–0x39, 0x61–0x66); inside decoded bytes such runs are noise
            strict = piece[a:b].isdigit() and (b - a < 40 or depth > 0)
            self._scan(V.View(decoded, None, None, (0, len(decoded)), strict), deadline, out, blob_place)
            if self._has_prefix(decoded[::-1]):      # the bytes in reverse order (a little-endian dump)
                self._scan(V.View(decoded[::-1], None, None, (0, len(decoded)), True), deadline, out, blob_place)
            if strict:
                return True
            self._scan_in_place(piece, a, b, decoded, deadline, out, blob_place)
            if (depth > 0 or _PREFIXED_TOKEN.fullmatch(decoded) or V.compressed(piece[a:b])) \
                    and len(decoded) <= SPLICE_MAX and "\n" not in decoded:
                # encoded twice over, a prefixed token encoded, or compressed first: hidden on purpose,
                # read as a value like a literal a call decodes
                self._scan_as_value(piece, (a, b), decoded, deadline, out, blob_place)
            self._scan_views(decoded, deadline, depth + 1, budget, out, blob_place)
            return True

        triggers = clean_spans(text)
        for ws, we in (_windows(triggers, len(text)) if triggers else ()):
            view = V.cleaned_fully(text[ws:we], clean_spans)
            if view is None:
                continue
            self._scan(view, deadline, out, lambda s, e, ws=ws: place(s + ws, e + ws))
            if depth == 0:
                self._scan_hidden(view.text, deadline, out,
                                  lambda s, e, ws=ws, view=view: place(*(x + ws for x in view.place(s, e))))
            apart = V.cleaned_fully(text[ws:we], apart_spans)   # quoted fields kept apart
            if apart is not None and apart.text != view.text:
                self._scan(apart, deadline, out, lambda s, e, ws=ws: place(s + ws, e + ws))
            blobs(view.text, lambda a, b, view=view, ws=ws: tuple(x + ws for x in view.place(a, b)))
        blobs(text, lambda a, b: (a, b))

    def _scan_in_place(self, piece: str, a: int, b: int, decoded: str, deadline: float, out: list, place) -> None:
        """The decoded value put back where its blob stood, as a quoted literal, without the call
        that decoded it: ``key = String.fromCharCode(...)`` / ``pw = b64decode("...")`` read as
        ``key = "<decoded>"``, so a value that only its name identifies is found. Only findings
        inside the decoded part count (the rest is the text's own, already scanned)."""
        before = piece[max(0, a - SPLICE_CONTEXT):a]
        line = before[before.rfind("\n") + 1:]
        alone = "\n" in before and not line.strip(" \t>+-*#`'\"")     # (a diff's "+" may touch it)
        if len(decoded) > SPLICE_MAX or "\n" in decoded or (a > 0 and piece[a - 1] not in _VALUE_EDGE and not alone) or \
                (b < len(piece) and piece[b] not in _VALUE_EDGE):
            return          # a part of a larger token (pk.eyJ….sig), not a value of its own
        if alone:
            pre = before    # alone on its line (a list's, a quote's or a diff's mark before it): below its name
        elif not before.rstrip(" \t\"'`[").endswith(("=", ":", "(", ",", ">", "{")):
            return          # not a value given to a name or a call (a cheap look before the regex)
        else:
            pre = _CALL_OPEN.sub("", before)
            pre = pre[pre.rfind("\n") + 1:]
            if not pre.rstrip().endswith(_ASSIGNED):
                return      # nothing assigns it to a name: the blob alone was read already
        post = _CALL_CLOSE.sub("", piece[b:b + SPLICE_CONTEXT], count=1)
        post = post[:post.find("\n")] if "\n" in post else post
        lo = len(pre) + 1
        hi = lo + len(decoded)
        for m in self.matcher.find(f'{pre}"{decoded}"{post}', deadline):
            if m.start < hi and m.end > lo:
                out.append(RawMatch(m.detector, *place(m.start, m.end), m.value))

    def _scan(self, view: V.View, deadline: float, out: list, place) -> None:
        found = self.matcher.find(view.text, deadline)
        if self.also is not None and not view.strict:
            found = found + self.also(view.text)
        for m in found:
            if view.strict and m.detector not in self.strict_ok:
                continue
            s, e = place(*view.place(m.start, m.end)) if view.start is not None else place(m.start, m.end)
            out.append(RawMatch(m.detector, s, e, m.value))

    def _spans_of(self, rx, group: int = 0):
        """``text`` -> the (start, end) str offsets of every match of ``rx`` (of its ``group``; of
        each, as a tuple, when ``group`` is a tuple), in order; the next search starts where the
        (last) group ends (a wrapped token's next line may end in a break of its own)."""
        anchor = self._anchor

        groups = group if isinstance(group, tuple) else (group,)

        def spans(text: str):
            data = text.encode("utf-8", "surrogatepass")
            found, pos, n = [], 0, len(data)
            while pos < n:
                res = rx.Match(anchor, data, pos, n)
                if res[0][0] < 0:
                    break
                m = res[groups[-1]]
                found.append(tuple(res[g] for g in groups))
                pos = m[1] if m[1] > m[0] else m[0] + 1
            if found and not text.isascii():
                from .matcher import byte_to_char_map
                to_char = byte_to_char_map(data, {o for spans in found for span in spans for o in span})
                found = [tuple((to_char[a], to_char[b]) for a, b in spans) for spans in found]
            return found if len(groups) > 1 else [spans[0] for spans in found]
        return spans


# one token with a vendor's prefix: encoded, it is hidden on purpose (``aio_…`` as hex)
_PREFIXED_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]{1,11}[_\-][A-Za-z0-9_\-]{16,}")
WINDOW = 512        # characters of context around what a view decodes
SPLICE_CONTEXT = 160  # characters of the blob's line kept on each side when it is read in place
SPLICE_MAX = 4096     # a longer decoded blob is a document of its own, read only as one
# the call that decodes a blob, and its closing: String.fromCharCode( / base64.b64decode(" / ["...
_ASSIGNED = ("=", ":", "(", ",", "=>", "->")      # how code and config give a value to a name
_VALUE_EDGE = frozenset(" \t\r\n\"'`()[]=,:;")
_CALL_OPEN = re.compile(r"""(?:(?:new[ \t]+)?(?:\[[\w.]+\])?[\w.$:]*(?:\[\])?[ \t]*[({][ \t]*)*[\["'`]?[ \t]*$""")   # new string(new char[] {, [Convert]::FromBase64String(
RUNS_MAX = 4096       # runs per pass looked at: padding a text with long words must not hide what comes after
TRANSFORMS_MAX = 64   # literals read in place per text (each is a scan of its line: a text of 40k calls would
                      # take seconds; a real one hides a few)
_BLOB_RUN = re.compile(V.BASE64_RUN)
UNNAMED = "secret = "          # the name a decoded literal is read under
_CALL_CLOSE = re.compile(r"""^[ \t]*[\]"'`]?(?:[ \t]*,[^)\n]{0,40})?[ \t]*\)?""")


def _windows(spans: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """``spans`` widened by ``WINDOW`` on each side, overlapping ones merged, clipped to the text."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        a, b = max(0, a - WINDOW), min(n, b + WINDOW)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
