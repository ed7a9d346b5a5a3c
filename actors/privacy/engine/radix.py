"""Bytes written as numbers in a base the text names, one group per byte, for ``hidden``'s second
pass: base 3 to 12 (dozenal's ↊ and ↋ too), negabinary (base −2), Fibonacci coding, the factorial
number system, the n-th prime, Mayan numerals (base 20), 16-bit words in decimal; and code points
as sums and products to work out (55+21+8, 2*3^2*5), as signed differences (68 +37 -2 …) or as running
totals the text names.

A row of small numbers is everywhere (prices, ports, scores), and read in some base it often makes
printable characters: only where the text names the base is a run read so, and only printable text
comes out. Each entry of ``ENCODINGS`` is one alternative of the pass and has its decoder in
``DECODERS``; a decoder gives the text, or ``(text, start, end)`` for the part that is the payload.
"""
from __future__ import annotations

import re

from .alphabets import NAMED_WITHIN, last_run, printable

_BASE_WORDS = {"ternary": 3, "trit": 3, "quaternary": 4, "quinary": 5, "senary": 6, "septenary": 7, "nonary": 9,
               "undecimal": 11, "dozenal": 12, "duodecimal": 12}
_GROUPS = r"(?:[0-9↊↋]{2,6}[ \t,]+){7,}[0-9↊↋]{2,6}"
# a term to work out: a number or a power, summed or multiplied (no name needed: the operators say it)
_FACTOR = r"[0-9]{1,3}(?:\^[0-9]{1,2})?"
_TERM = rf"{_FACTOR}(?:[+*]{_FACTOR}){{0,12}}"
_WORKED = rf"{_FACTOR}(?:[+*]{_FACTOR}){{1,12}}"     # ... with an operator
_SEP = r"(?:[ \t]+|[ \t]*,[ \t]*)"

ENCODINGS = (
    ("radix_named", rf"(?i:\bbase[ \t\-]?(?:[3-79]|1[12])\b|\bternary|\btrits?\b|\bquaternary|\bquinary|\bsenary|"
                    rf"\bseptenary|\bnonary|\bundecimal|\bdozenal|\bduodecimal){NAMED_WITHIN}{_GROUPS}"),
    ("negabinary_named", rf"(?i:negabinary|base[ \t]?(?:−|-|minus[ \t])2\b){NAMED_WITHIN}(?:[01]{{1,12}}[ \t,]+){{7,}}[01]{{1,12}}"),
    ("fibonacci_named", rf"(?i:fibonacci){NAMED_WITHIN}(?:[01]{{1,14}}11[ \t,]+){{7,}}[01]{{1,14}}11\b"),
    ("factoradic_named", rf"(?i:factorial[ \t]number|factoradic){NAMED_WITHIN}(?:[0-9](?::[0-9]){{2,6}}[ \t,]+){{7,}}[0-9](?::[0-9]){{2,6}}"),
    ("primes_named", rf"(?i:\bprimes?\b){NAMED_WITHIN}(?:\b[0-9]{{1,4}}[ \t,]+){{7,}}[0-9]{{1,4}}\b"),
    ("mayan_named", rf"(?i:mayan){NAMED_WITHIN}(?:[\x{{1D2E0}}-\x{{1D2F3}}]{{1,3}}[ \t,]+){{7,}}[\x{{1D2E0}}-\x{{1D2F3}}]{{1,3}}"),
    ("arithmetic_terms", rf"\b(?:{_TERM}{_SEP})?{_WORKED}(?:{_SEP}{_TERM}){{6,}}\b"),
    ("signed_deltas", r"\b[0-9]{2,3}(?:[ \t,]+[+\-][0-9]{1,3}){7,}\b"),
    ("running_totals_named", rf"(?i:running[ \t]totals?|cumulative|prefix[ \t]sums?){NAMED_WITHIN}(?:\b[0-9]{{2,6}}[ \t,]+){{7,}}[0-9]{{2,6}}\b"),
    ("uint16_named", rf"(?i:16-bit|uint16|\bu16\b|\bwords?\b){NAMED_WITHIN}(?:\b[0-9]{{3,5}}[ \t]*,[ \t\r\n]*){{3,}}[0-9]{{1,5}}\b"),
)


def _digit(c: str) -> int:
    return {"↊": 10, "↋": 11}.get(c, ord(c) - 48)


def _payload(run: str, pattern: str) -> tuple[str, int, int]:
    """The run's last match of ``pattern`` (the run starts with the word that names the base), and where."""
    a, b = last_run(run, pattern)
    return run[a:b], a, b


def _as_text(values: list[int], a: int, b: int):
    text = printable(bytes(values)) if all(0 <= v < 256 for v in values) else None
    return (text, a, b) if text else None


def radix(run: str):
    """Each group a byte in the base the text names (or, named by a word, that word's)."""
    named = re.match(r"(?i).*?(?:base[ \t\-]?([0-9]{1,2})\b|(ternary|trit|quaternary|quinary|senary|septenary|nonary|"
                     r"undecimal|dozenal|duodecimal))", run, re.S)
    base = int(named.group(1)) if named and named.group(1) else _BASE_WORDS.get((named.group(2) or "").lower(), 0)
    payload, a, b = _payload(run, _GROUPS)
    groups = re.findall(r"[0-9↊↋]+", payload)
    if not 3 <= base <= 12 or any(_digit(c) >= base for g in groups for c in g):
        return None
    return _as_text([sum(_digit(c) * base ** i for i, c in enumerate(reversed(g))) for g in groups], a, b)


def negabinary(run: str):
    payload, a, b = _payload(run, r"(?:[01]{1,12}[ \t,]+){7,}[01]{1,12}")
    return _as_text([sum(int(c) * (-2) ** i for i, c in enumerate(reversed(g))) for g in re.findall("[01]+", payload)], a, b)


_FIB = [1, 2]
while len(_FIB) < 20:
    _FIB.append(_FIB[-1] + _FIB[-2])


def fibonacci(run: str):
    """Fibonacci coding: bit i counts F(i + 2), the final 1 (after a 1) ends the group."""
    payload, a, b = _payload(run, r"(?:[01]{1,14}11[ \t,]+){7,}[01]{1,14}11\b")
    return _as_text([sum(_FIB[i] for i, c in enumerate(g[:-1]) if c == "1") for g in re.findall("[01]+", payload)], a, b)


def factoradic(run: str):
    """The factorial number system: the last digit counts 0!, the one before 1!, and so on."""
    payload, a, b = _payload(run, r"(?:[0-9](?::[0-9]){2,6}[ \t,]+){7,}[0-9](?::[0-9]){2,6}")
    values = []
    for group in re.findall(r"[0-9](?::[0-9])+", payload):
        digits, fact, total = [int(d) for d in reversed(group.split(":"))], 1, 0
        for i, d in enumerate(digits):
            fact = fact * i if i else 1
            total += d * fact
        values.append(total)
    return _as_text(values, a, b)


_PRIMES = [n for n in range(2, 1700) if all(n % p for p in range(2, int(n ** 0.5) + 1))]
_PRIME_INDEX = {p: i + 1 for i, p in enumerate(_PRIMES)}      # 2 is the first


def primes(run: str):
    payload, a, b = _payload(run, r"(?:\b[0-9]{1,4}[ \t,]+){7,}[0-9]{1,4}\b")
    numbers = [int(n) for n in re.findall("[0-9]+", payload)]
    if any(n not in _PRIME_INDEX for n in numbers):
        return None
    return _as_text([_PRIME_INDEX[n] for n in numbers], a, b)


def mayan(run: str):
    payload, a, b = _payload(run, "(?:[\U0001D2E0-\U0001D2F3]{1,3}[ \t,]+){7,}[\U0001D2E0-\U0001D2F3]{1,3}")   # (Python's escapes)
    return _as_text([sum((ord(c) - 0x1D2E0) * 20 ** i for i, c in enumerate(reversed(g)))
                     for g in payload.replace(",", " ").split()], a, b)


def uint16_words(run: str):
    payload, a, b = _payload(run, r"(?:\b[0-9]{3,5}[ \t]*,[ \t\r\n]*){3,}[0-9]{1,5}\b")
    numbers = [int(n) for n in re.findall("[0-9]+", payload)]
    if any(n > 0xFFFF for n in numbers):
        return None
    for order in ("big", "little"):
        text = printable(b"".join(n.to_bytes(2, order) for n in numbers).rstrip(b"\0"))
        if text:
            return text, a, b
    return None


def _worked(term: str) -> int:
    """A term's value: a sum of products of numbers and powers (no eval: only these three operators)."""
    total = 0
    for product in term.split("+"):
        value = 1
        for factor in product.split("*"):
            base, _, power = factor.partition("^")
            value *= int(base) ** int(power or 1)
        total += value
    return total


def arithmetic(run: str):
    """Each term a code point worked out; a third of them at least with an operator (a row of plain
    numbers is no sum)."""
    terms = re.split(r"[ \t,]+", run.strip(" \t,"))
    if 3 * sum(any(op in t for op in "+*^") for t in terms) < len(terms):
        return None
    values = [_worked(t) for t in terms]
    return _as_text(values, 0, len(run)) if all(32 <= v < 127 for v in values) else None


def deltas(run: str):
    """The first code point, then each one's difference from the one before."""
    values = [int(n) for n in re.findall(r"[+\-]?[0-9]+", run)]
    for i in range(1, len(values)):
        values[i] += values[i - 1]
    return _as_text(values, 0, len(run)) if all(32 <= v < 127 for v in values) else None


def running_totals(run: str):
    payload, a, b = _payload(run, r"(?:\b[0-9]{2,6}[ \t,]+){7,}[0-9]{2,6}\b")
    numbers = [int(n) for n in re.findall("[0-9]+", payload)]
    return _as_text([n - m for n, m in zip(numbers, [0] + numbers)], a, b)


DECODERS = {"radix_named": radix, "negabinary_named": negabinary, "fibonacci_named": fibonacci,
            "factoradic_named": factoradic, "primes_named": primes, "mayan_named": mayan, "uint16_named": uint16_words,
            "arithmetic_terms": arithmetic, "signed_deltas": deltas, "running_totals_named": running_totals}
assert set(DECODERS) == {name for name, _ in ENCODINGS}
