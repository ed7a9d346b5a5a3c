"""Sequential pattern mining with support and confidence, for workflows and tool messages.

Input: sequences of (item, evidence id), e.g. one shell session's actions in time order.
A pattern is a sequence of distinct items that occurs in order with at most ``gap`` other items
between consecutive steps. Its support counts the starting positions where it occurs (repeating
loops count every round), a start only if its first step does not come again before the second
(three edits before one test run are one edit → pytest, not three); its confidence is
support(P) / support(P without its last step): how often doing the first steps leads on to the
last.

Each pattern is judged at every gap from 1 to ``max_gap`` and holds if it passes at any of them:
a tight loop is judged where stray actions do not blur it, a loop with other work interleaved
(a chat, an edit of another file, a look at the logs between two steps) where its rounds are
whole. Each gap is one more look at the data, so the significance bar below is shared among them.

Support and confidence alone let coincidences through: among thousands of candidate chains a few
reach a high confidence because their prefix is rare, and an action that is a third of all
actions "follows" anything. So a pattern must also be significant: the chance of seeing its last
step that often after its prefix if that step only turned up at its background rate (a binomial
tail; the rate is smoothed with ``prior_actions`` pseudo-actions so a tiny history does not make
every action look common), times the number of patterns of that length there could be
(Bonferroni over vocabulary ** length), must stay below ``significance``. No single step may
follow its predecessor less often than its rate alone explains. And from three steps on, the
order must be real: where all its steps occur close together, they must occur in this order (or
a rotation of it) more often than if any order were as likely — actions that merely recur
together every round, in any order, reach every order.

What is reported is meant to be what a person would call "a workflow":
- distinct steps only (``edit → pytest → edit`` is two rounds of one loop, not a pattern);
- closed: a pattern is dropped when a longer valid one contains it — in order, or across the
  boundary of two of its rounds (``commit → edit`` in a loop that ends with commit and starts
  with edit) — with nearly the same support (``closed_ratio``), so fragments of a workflow do
  not crowd out the workflow;
- no noisy variants: a pattern that is a valid one plus (or with one step swapped for) a stray
  command, keeping under ``extension_ratio`` of its support, is that workflow plus noise;
- one order per set of steps: in ``edit → pytest → commit → edit → pytest → commit`` the
  rotation ``pytest → commit → edit`` (and, with gaps, other shuffles) also recur; the most
  frequent order wins, and among loop rotations the one people start with.
- trivial steps (``ls``, ``cd`` …) are removed before mining, so they never break a workflow.
A pattern is reported with its support and confidence at the widest gap it holds at; patterns
are compared with each other within the same gap.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Hashable, Iterable

from .cooperate import Yielder


@dataclass
class MinedPattern:
    items: tuple[str, ...]
    support: int
    confidence: float
    sequences: int
    evidence: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class MinerConfig:
    min_support: int = 3
    min_confidence: float = 0.6
    significance: float = 0.05
    prior_actions: int = 100
    max_length: int = 4
    max_gap: int = 1
    closed_ratio: float = 0.8
    extension_ratio: float = 0.5
    trivial: frozenset = frozenset()
    max_evidence: int = 20

    @classmethod
    def from_dict(cls, d: dict, max_evidence: int = 20) -> "MinerConfig":
        return cls(int(d.get("min_support", 3)), float(d.get("min_confidence", 0.6)),
                   float(d.get("significance", 0.05)), int(d.get("prior_actions", 100)),
                   max(2, int(d.get("max_length", 4))), int(d.get("max_gap", 1)),
                   float(d.get("closed_ratio", 0.8)), float(d.get("extension_ratio", 0.5)),
                   frozenset(d.get("trivial_actions", ())),
                   max_evidence)


def collapse(seq: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Merge immediate repeats (edit, edit, edit -> edit), keeping the first evidence id."""
    out: list[tuple[str, str]] = []
    for item, ev in seq:
        if not out or out[-1][0] != item:
            out.append((item, ev))
    return out


def mine(sequences: dict[Hashable, list[tuple[str, str]]], cfg: MinerConfig,
         is_clean: Callable[[str], bool] | None = None) -> list[MinedPattern]:
    occ = _Occurrences.count(sequences, cfg)
    holds: dict[tuple, dict[int, MinedPattern]] = defaultdict(dict)  # pattern -> {gap: stats}
    for gap in _gaps(cfg):
        for pat, p in _valid_within(occ, gap, cfg).items():
            holds[pat][gap] = p
    if is_clean is not None:
        holds = {pat: h for pat, h in holds.items() if _clean(is_clean, " → ".join(pat))}
    kept = _closed(holds, occ, cfg.closed_ratio)
    kept = _no_noisy_extensions(kept, holds, occ, cfg.extension_ratio)
    kept = _one_order(kept, holds, occ, cfg.closed_ratio)
    return sorted((holds[pat][max(holds[pat])] for pat in kept),
                  key=lambda p: (-p.support, p.items))


class _Occurrences:
    """Where the patterns occur. A start counts for gap ``g`` when the pattern occurs from there
    with at most ``g`` other actions between consecutive steps; its tightest occurrence decides."""

    def __init__(self):
        self.support: dict[tuple, list[int]] = {}  # pattern -> starts within gap 0, 1, … max_gap
        self.where: dict[tuple, dict] = {}  # pattern -> {sequence: (first start, tightest gap)}
        self.evidence: dict[tuple, list[str]] = {}
        self.items: dict[Hashable, list[str]] = {}  # sequence -> its actions, as mined
        self.total = 0

    @classmethod
    def count(cls, sequences: dict, cfg: MinerConfig) -> _Occurrences:
        occ, pause = cls(), Yielder()
        support, where, evidence = occ.support, occ.where, occ.evidence
        for key, raw in sequences.items():
            seq = collapse((i, e) for i, e in collapse(raw) if i not in cfg.trivial)
            items, evid = [i for i, _ in seq], [e for _, e in seq]
            occ.total += len(items)
            occ.items[key] = items
            for start in range(len(items)):
                pause()
                for pat, (gap, ev) in _patterns_from(items, evid, start, cfg):
                    counts = support.get(pat)
                    if counts is None:
                        counts = support[pat] = [0] * (cfg.max_gap + 1)
                        where[pat], evidence[pat] = {}, []
                    counts[gap] += 1
                    seen = where[pat].get(key)
                    if seen is None or gap < seen[1]:
                        where[pat][key] = (start if seen is None else seen[0], gap)
                    got = evidence[pat]
                    if len(got) < cfg.max_evidence:
                        got.extend(x for x in ev if x not in got)
        for counts in support.values():  # -> cumulative: within gap g, not exactly g
            for g in range(1, len(counts)):
                counts[g] += counts[g - 1]
        return occ

    def within(self, pat: tuple, gap: int) -> int:
        counts = self.support.get(pat)
        return counts[gap] if counts else 0

    def sequences(self, pat: tuple, gap: int) -> int:
        return sum(1 for _, g in self.where[pat].values() if g <= gap)


def _gaps(cfg: MinerConfig) -> range:
    """The gaps a pattern is judged at: from one stray action between steps up to ``max_gap``."""
    return range(min(1, cfg.max_gap), cfg.max_gap + 1)


def _valid_within(occ: _Occurrences, gap: int, cfg: MinerConfig) -> dict[tuple, MinedPattern]:
    """The patterns that pass every test when steps may be up to ``gap`` actions apart. Each gap
    is a separate look at the data, so the significance bar is shared among them (Bonferroni)."""
    rate = {p[0]: _chance(c[gap], occ.total, cfg.prior_actions, gap)
            for p, c in occ.support.items() if len(p) == 1}
    orders = _Orders(occ)
    looks = len(_gaps(cfg))
    valid = {}
    for pat, counts in occ.support.items():
        sup = counts[gap]
        if len(pat) < 2 or sup < cfg.min_support:
            continue
        prefix = occ.within(pat[:-1], gap)
        conf = sup / prefix
        if conf < cfg.min_confidence:
            continue
        if _tail(sup, prefix, rate[pat[-1]]) * len(rate) ** len(pat) * looks > cfg.significance:
            continue  # as often as the background rate of its last step would give by chance
        if any(occ.within(pat[i:i + 2], gap) / occ.within(pat[i:i + 1], gap) < rate[pat[i + 1]]
               for i in range(len(pat) - 1)):
            continue  # a step that follows its predecessor no more than chance: not a chain
        if len(pat) >= 3 and not _ordered(pat, orders(frozenset(pat), gap),
                                           cfg.significance / looks):
            continue  # its steps recur close together, but in no particular order
        valid[pat] = MinedPattern(pat, sup, round(conf, 4), occ.sequences(pat, gap),
                                  occ.evidence[pat][: cfg.max_evidence])
    return valid


def _chance(count: int, total: int, prior_actions: int, gap: int) -> float:
    """How likely an action with ``count`` of ``total`` occurrences turns up in a step's window
    (``gap`` + 1 positions) anyway; its rate is smoothed toward 1 / ``prior_actions``."""
    f = (count + 1) / (total + prior_actions)
    return 1.0 - (1.0 - min(f, 1.0)) ** (gap + 1)


class _Orders:
    """The order in which a set of actions occurs each time all of them occur close together: one
    observation per stretch (the shortest that holds them all, at most as long as a pattern of
    them could be), stretches not overlapping, so a round of a loop counts once."""

    def __init__(self, occ: _Occurrences):
        self.occ = occ
        self._memo: dict[tuple, Counter] = {}

    def __call__(self, steps: frozenset, gap: int) -> Counter:
        got = self._memo.get((steps, gap))
        if got is None:
            got = self._memo[(steps, gap)] = Counter()
            span = len(steps) + (len(steps) - 1) * gap
            keys = set.intersection(*(set(self.occ.where[(s,)]) for s in steps))
            for key in keys:
                last: dict[str, int] = {}
                for j, item in enumerate(self.occ.items[key]):
                    if item not in steps:
                        continue
                    last[item] = j
                    if len(last) == len(steps) and j - min(last.values()) < span:
                        got[tuple(sorted(last, key=last.get))] += 1
                        last = {}
        return got


def _ordered(pat: tuple, orders: Counter, significance: float) -> bool:
    """Whether the steps occur in this order, or in a rotation of it (a repeated loop can be
    entered anywhere), more often than if every order of them were as likely; actions that merely
    recur close together reach all orders about equally. The bar is shared among the classes of
    rotations there are; a pattern seen too rarely to tell (even always in this order would not
    be significant) is given the benefit of the doubt."""
    rotations = {pat[i:] + pat[:i] for i in range(len(pat))}
    classes = math.factorial(len(pat)) // len(rotations)
    k = sum(orders[r] for r in rotations)
    n = sum(orders.values())
    bar = significance / classes
    return _tail(k, n, 1 / classes) <= bar or _tail(n, n, 1 / classes) > bar


def _tail(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    if k <= 0:
        return 1.0
    if p <= 0.0:
        return 0.0
    if p >= 1.0:
        return 1.0
    lp, lq = math.log(p), math.log1p(-p)
    total = 0.0
    for i in range(k, n + 1):
        term = math.exp(math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1)
                        + i * lp + (n - i) * lq)
        total += term
        if term < total * 1e-12 and i > n * p:
            break  # the rest of the tail is negligible
    return min(1.0, total)


def _patterns_from(items: list[str], evid: list[str], start: int, cfg: MinerConfig):
    """Every pattern that starts at ``start``, each once, with the gap its tightest occurrence
    needs (the most actions between two of its consecutive steps) and that occurrence's evidence."""
    seen: dict[tuple, tuple[int, tuple]] = {}
    stack = [((items[start],), start, 0, (evid[start],))]
    while stack:
        pat, last, gap, ev = stack.pop()
        if pat not in seen or gap < seen[pat][0]:
            seen[pat] = (gap, ev)
        if len(pat) >= cfg.max_length:
            continue
        for j in range(last + 1, min(len(items), last + 2 + cfg.max_gap)):
            if items[j] == pat[0] and len(pat) == 1:
                break  # the first step again: what follows is counted from there, once
            if items[j] not in pat:
                stack.append((pat + (items[j],), j, max(gap, j - last - 1), ev + (evid[j],)))
    return seen.items()


def _is_subsequence(small: tuple, big: tuple) -> bool:
    it = iter(big)
    return all(x in it for x in small)


def _closed(holds: dict, occ: _Occurrences, ratio: float) -> set:
    """Drop a pattern that a longer valid one contains — in order, or across the boundary of two
    of its rounds — with nearly its support, compared where the longer one holds."""
    return {pat for pat in holds
            if not any(len(q) > len(pat) and _is_subsequence(pat, q + q) and
                       any(p.support >= ratio * occ.within(pat, g) for g, p in hq.items())
                       for q, hq in holds.items())}


def _no_noisy_extensions(kept: set, holds: dict, occ: _Occurrences, ratio: float) -> set:
    """Drop a pattern that is a much rarer variant of a valid one — all its steps plus a stray
    command (before, inside, or across the boundary of two rounds of a loop), or, from three
    steps on, its steps with one swapped for a stray command — keeping under ``ratio`` of its
    support wherever the pattern holds."""
    def variant(pat: tuple, q: tuple) -> bool:
        a, b = set(pat), set(q)
        if len(q) < len(pat) and b < a:
            return True
        return len(pat) >= 3 and len(a - b) == 1 and len(a & b) >= 2

    def rare(pat: tuple, q: tuple) -> bool:
        return all(p.support < ratio * occ.within(q, g) for g, p in holds[pat].items())
    return {pat for pat in kept
            if not any(q != pat and variant(pat, q) and rare(pat, q) for q in holds)}


def _one_order(kept: set, holds: dict, occ: _Occurrences, ratio: float) -> set:
    """Keep one ordering per set of steps: the most frequent, and among orderings about as
    frequent (a loop's rotations), the one that sequences reach first. Orderings are compared
    within the widest gap any of them holds at."""
    classes: dict[frozenset, list[tuple]] = defaultdict(list)
    for pat in kept:
        classes[frozenset(pat)].append(pat)
    out = set()
    for members in classes.values():
        if len(members) == 1:
            out.add(members[0])
            continue
        gap = max(g for m in members for g in holds[m])
        sup = {m: occ.within(m, gap) for m in members}
        top = max(sup.values())
        contenders = [m for m in members if sup[m] >= ratio * top]
        wins: Counter = Counter()
        where = occ.where
        for key in set().union(*(where[m].keys() for m in contenders)):
            starts = sorted((where[m][key][0], m) for m in contenders if key in where[m])
            if len(starts) == 1 or starts[0][0] < starts[1][0]:
                wins[starts[0][1]] += 1  # only a strictly earlier start counts
        out.add(max(contenders, key=lambda m: (wins[m], sup[m], m)))
    return out


def _clean(is_clean: Callable[[str], bool], text: str) -> bool:
    try:
        return bool(is_clean(text))
    except Exception:
        return False  # the privacy re-check fails closed
