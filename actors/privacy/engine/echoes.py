"""Echoes: every occurrence of a secret found anywhere in the data, also where it stands without
the context that gave it away (a password from a URL repeated bare in another field). Linear in the
text however many secrets it holds: a few values are looked for one by one, many by one automaton."""
from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from .matcher import byte_to_char_map
from .model import Finding

ECHO_MIN_CHARS = 6     # shorter secret values are not chased elsewhere (too many accidental hits)
# longer ones neither: a block of many lines (a table a text hands a secret over in) repeats in itself at
# every line, and each of those overlapping occurrences would be searched for again (quadratic)
ECHO_MAX_CHARS = 8192
FEW_VALUES = 16        # up to this many secret values, echoes are looked for one value at a time


def with_echoes(texts: list[str], found: list[list[Finding]]) -> list[list[Finding]]:
    """``found`` (the findings of each of ``texts``) with every echo of their secret values added."""
    values = {}
    for text, findings in zip(texts, found):
        for f in findings:
            if f.label == "secret" and ECHO_MIN_CHARS <= f.end - f.start <= ECHO_MAX_CHARS:
                values.setdefault(text[f.start:f.end], f)
    if not values:
        return found
    occurrences = _occurrences_of(values)
    out = []
    for text, findings in zip(texts, found):
        # the findings' spans sorted, with the furthest end so far: an overlap check is a bisection
        # (a text dense with secrets must not make sanitize quadratic)
        spans = sorted((f.start, f.end) for f in findings)
        starts = [a for a, _ in spans]
        reach = list(accumulate((b for _, b in spans), max))
        extra, last = [], -1
        for a, b, f in occurrences(text):
            k = bisect_left(starts, b)
            if a < last or (k and reach[k - 1] > a):
                continue
            extra.append(Finding(f.type, f.category, f.label, a, b, f.rule, f.kind))
            last = b
        out.append(sorted(findings + extra, key=lambda x: x.start) if extra else findings)
    return out


def _occurrences_of(values: dict[str, Finding]):
    """``text`` -> (start, end, finding) of the longest occurrence of any of ``values`` at each place
    one starts, in order: one RE2 automaton for all of them (a value-by-value search over the text
    made a text dense with secrets quadratic: 1 MB with 20k passwords took 5.6 s)."""
    if len(values) <= FEW_VALUES:     # a few: searching each costs less than building an automaton
        def each(text: str) -> list[tuple[int, int, Finding]]:
            found = []
            for value, f in values.items():
                i = text.find(value)
                while i >= 0:
                    found.append((i, i + len(value), f))
                    i = text.find(value, i + 1)
            return sorted(found, key=lambda c: (c[0], -c[1]))
        return each
    import re2
    from re2 import _re2
    opts = re2.Options()
    opts.log_errors = False
    opts.longest_match = True
    opts.max_mem = 256 << 20
    rx = _re2.RE2(b"|".join(re2.escape(v.encode("utf-8", "surrogatepass")) for v in values), opts)
    anchor = _re2.RE2.Anchor.UNANCHORED

    def occurrences(text: str) -> list[tuple[int, int, Finding]]:
        data = text.encode("utf-8", "surrogatepass")
        spans, pos, n = [], 0, len(data)
        while pos < n:
            a, b = rx.Match(anchor, data, pos, n)[0]
            if a < 0:
                break
            spans.append((a, b))
            pos = a + 1          # the longest at every start, as a value-by-value search found them
        if spans and not text.isascii():
            to_char = byte_to_char_map(data, {o for span in spans for o in span})
            spans = [(to_char[a], to_char[b]) for a, b in spans]
        return [(a, b, values[text[a:b]]) for a, b in spans]
    return occurrences
