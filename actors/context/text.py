"""Text analysis shared by indexing and querying: tokens, a light stemmer, stopwords, snippets.

Index and query use the same ``terms`` function, so whatever the stemmer gets wrong it gets wrong
on both sides. Identifiers are split (``getUserById`` and ``get_user_by_id`` both yield get, user,
by, id) because developers ask in words about things named in code.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any, Iterable

WORD_RE = re.compile(r"[^\W_]+")
CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
MAX_TERM = 40
SNIPPET_SCAN = 65536

STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over
own same she should so some such than that the their theirs them themselves then there these
they this those through to too under until up very was we were what when where which while who
whom why will with would you your yours yourself yourselves also get got did done does please
let lets us ok okay thanks thank hi hello yes yeah via per within without across
""".split())

# Developer shorthand and its long forms index as one term.
SHORTHAND = {
    "db": "database databases", "config": "configuration configurations configure configured",
    "auth": "authentication authorization", "repo": "repository repositories",
    "k8s": "kubernetes", "env": "environment environments", "dep": "dependency dependencies deps",
    "dir": "directory directories", "msg": "message messages", "tx": "transaction transactions",
    "js": "javascript", "ts": "typescript", "py": "python", "doc": "documentation docs",
    "app": "application applications", "param": "parameter parameters",
    "arg": "argument arguments args", "lib": "library libraries", "prod": "production",
    "dev": "development",
}
_SYNONYMS: dict[str, str] = {}

_cache: dict[str, str] = {}
_CACHE_MAX = 200_000
_NO_S = ("ss", "us", "is", "ous")


def stem(word: str) -> str:
    """Strip English inflections (plural, -ed, -ing, final e); cached."""
    got = _cache.get(word)
    if got is not None:
        return got
    out = _stem(word)
    out = _SYNONYMS.get(out, out)
    if len(_cache) >= _CACHE_MAX:
        _cache.clear()
    _cache[word] = out
    return out


def _stem(w: str) -> str:
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(_NO_S):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix):
            base = w[:-len(suffix)]
            if len(base) < 3:
                base += "e"  # used, using -> use
            elif len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # running -> run, stopped -> stop
            w = base
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def words(text: str) -> Iterable[str]:
    """Lowercase word parts, identifiers split at case changes (and kept whole too)."""
    for tok in WORD_RE.findall(text):
        if len(tok) > MAX_TERM:
            continue
        low = tok.lower()
        if tok != low and not tok.isupper():
            parts = CAMEL_RE.split(tok)
            if len(parts) > 1:
                yield from (p.lower() for p in parts)
        yield low


def terms(text: str) -> list[str]:
    """Stemmed index terms in order, stopwords dropped. (The hot loop of indexing: ``words``
    and ``stem`` inlined.)"""
    out: list[str] = []
    append, cache, stop = out.append, _cache, STOPWORDS
    for tok in WORD_RE.findall(text):
        if len(tok) > MAX_TERM:
            continue
        low = tok.lower()
        if tok != low and not tok.isupper():
            parts = CAMEL_RE.split(tok)
            if len(parts) > 1:
                for p in parts:
                    p = p.lower()
                    if p not in stop:
                        append(cache.get(p) or stem(p))
        if low not in stop:
            append(cache.get(low) or stem(low))
    return out


def term_counts(text: str) -> Counter:
    return Counter(terms(text))


def without_names(text: str, names: frozenset | None) -> str:
    """The question without the names of the projects it is filtered to: every context there
    carries them, so they rank nothing and only pull the words and the vector toward the
    contexts that spell the project out (commands, paths)."""
    if not names:
        return text
    pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n.strip())
    if not pattern:
        return text
    rest = re.sub(rf"(?<![\w-])(?:{pattern})(?:'s)?(?![\w-])", " ", text, flags=re.IGNORECASE)
    return rest if rest.strip() else text


def query_terms(text: str) -> list[str]:
    """Distinct query terms, sorted: scoring order (and so float sums) never depends on the
    order of the words."""
    return sorted(set(terms(text)))


def snippet(text: str, wanted: set[str], width: int = 200) -> str:
    """The ``width``-character window of ``text`` that holds the most distinct wanted terms."""
    scan = text[:SNIPPET_SCAN]
    spans = []
    for m in WORD_RE.finditer(scan):
        tok = m.group()
        if len(tok) > MAX_TERM:
            continue
        forms = {stem(w) for w in words(tok)}
        hit = forms & wanted
        if hit:
            spans.append((m.start(), m.end(), frozenset(hit)))
    start = 0
    if spans:  # two-pointer sliding window over the hit spans, counting distinct terms
        counts: Counter = Counter()
        best, best_start, j = -1, 0, 0
        for i, (s, _, _) in enumerate(spans):
            while j < len(spans) and spans[j][1] - s <= width:
                counts.update(spans[j][2])
                j += 1
            if len(counts) > best:
                best, best_start = len(counts), s
            if j > i:
                counts.subtract(spans[i][2])
                counts += Counter()  # drop zero counts
            else:
                j = i + 1
        start = max(0, best_start - width // 4)
        while 0 < start < len(scan) and scan[start - 1].isalnum():  # start at a word boundary
            start -= 1
    piece = " ".join(scan[start:start + width].split())
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + width < len(text) else ""
    return prefix + piece + suffix


_SYNONYMS.update({_stem(long): short for short, longs in SHORTHAND.items()
                  for long in longs.split()})


def metadata_text(meta: Any, depth: int = 0) -> str:
    """The words in metadata values (paths, commands, titles), not its keys."""
    if depth > 3:
        return ""
    if isinstance(meta, dict):
        return " ".join(metadata_text(v, depth + 1) for v in meta.values())
    if isinstance(meta, (list, tuple)):
        return " ".join(metadata_text(v, depth + 1) for v in meta[:50])
    if isinstance(meta, str):
        return meta[:1000]
    if isinstance(meta, (int, float)) and not isinstance(meta, bool):
        return str(meta)
    return ""
