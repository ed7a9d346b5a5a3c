"""Sequential pattern mining with support and confidence, for workflows and tool messages.

Input: sequences of (item, evidence id), e.g. one shell session's actions in time order.
A pattern is a sequence of distinct items that occurs in order with at most ``max_gap`` other
items between consecutive steps. Its support counts the starting positions where it occurs
(repeating loops count every round); its confidence is support(P) / support(P without its last
step): how often doing the first steps leads on to the last.

Support and confidence alone let coincidences through: among thousands of candidate chains a few
reach a high confidence because their prefix is rare, and an action that is a third of all
actions "follows" anything. So a pattern must also be significant: the chance of seeing its last
step that often after its prefix if that step only turned up at its background rate (a binomial
tail; the rate is smoothed with ``prior_actions`` pseudo-actions so a tiny history does not make
every action look common), times the number of patterns of that length there could be
(Bonferroni over vocabulary ** length), must stay below ``significance``. And no single step may
follow its predecessor less often than its rate alone explains.

What is reported is meant to be what a person would call "a workflow":
- distinct steps only (``edit → pytest → edit`` is two rounds of one loop, not a pattern);
- closed: a pattern is dropped when a longer valid one contains it with nearly the same
  support (``closed_ratio``), so fragments of a workflow do not crowd out the workflow;
- no noisy variants: a pattern that is a valid one plus (or with one step swapped for) a stray
  command, keeping under ``extension_ratio`` of its support, is that workflow plus noise;
- one order per set of steps: in ``edit → pytest → commit → edit → pytest → commit`` the
  rotation ``pytest → commit → edit`` (and, with gaps, other shuffles) also recur; the most
  frequent order wins, and among loop rotations the one people start with.
- trivial steps (``ls``, ``cd`` …) are removed before mining, so they never break a workflow.
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
    support: Counter = Counter()
    seqs_with: dict[tuple, set] = defaultdict(set)
    first_at: dict[tuple, dict] = defaultdict(dict)  # pattern -> {sequence: first start}
    evidence: dict[tuple, list[str]] = defaultdict(list)
    total, pause = 0, Yielder()
    for key, raw in sequences.items():
        seq = [(i, e) for i, e in collapse(raw) if i not in cfg.trivial]
        seq = collapse(seq)
        items = [i for i, _ in seq]
        total += len(items)
        for start in range(len(items)):
            pause()
            for pat, evid in _patterns_from(items, [e for _, e in seq], start, cfg):
                support[pat] += 1
                seqs_with[pat].add(key)
                first_at[pat].setdefault(key, start)
                ev = evidence[pat]
                if len(ev) < cfg.max_evidence:
                    ev.extend(x for x in evid if x not in ev)
    rate = {p[0]: _chance(n, total, cfg) for p, n in support.items() if len(p) == 1}
    candidates = [p for p, n in support.items() if len(p) >= 2 and n >= cfg.min_support]
    valid = {}
    for pat in candidates:
        sup, prefix = support[pat], support[pat[:-1]]
        conf = sup / prefix
        if conf < cfg.min_confidence:
            continue
        if _tail(sup, prefix, rate[pat[-1]]) * len(rate) ** len(pat) > cfg.significance:
            continue  # as often as the background rate of its last step would give by chance
        if any(support[pat[i:i + 2]] / support[pat[i:i + 1]] < rate[pat[i + 1]]
               for i in range(len(pat) - 1)):
            continue  # a step that follows its predecessor no more than chance: not a chain
        if is_clean is not None and not _clean(is_clean, " → ".join(pat)):
            continue
        valid[pat] = MinedPattern(pat, sup, round(conf, 4), len(seqs_with[pat]),
                                  evidence[pat][: cfg.max_evidence])
    kept = _closed(valid, cfg.closed_ratio)
    kept = _no_noisy_extensions(kept, valid, cfg.extension_ratio)
    kept = _one_order(kept, first_at, cfg.closed_ratio)
    return sorted(kept.values(), key=lambda p: (-p.support, p.items))


def _chance(count: int, total: int, cfg: MinerConfig) -> float:
    """How likely an action with ``count`` of ``total`` occurrences turns up in a step's window
    (``max_gap`` + 1 positions) anyway; its rate is smoothed toward 1 / ``prior_actions``."""
    f = (count + 1) / (total + cfg.prior_actions)
    return 1.0 - (1.0 - min(f, 1.0)) ** (cfg.max_gap + 1)


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
    """Every pattern (with its evidence) that starts at ``start``, each once."""
    seen = {}
    stack = [((items[start],), start, (evid[start],))]
    while stack:
        pat, last, ev = stack.pop()
        if pat not in seen:
            seen[pat] = ev
        if len(pat) >= cfg.max_length:
            continue
        for j in range(last + 1, min(len(items), last + 2 + cfg.max_gap)):
            if items[j] not in pat:
                stack.append((pat + (items[j],), j, ev + (evid[j],)))
    return seen.items()


def _is_subsequence(small: tuple, big: tuple) -> bool:
    it = iter(big)
    return all(x in it for x in small)


def _closed(valid: dict, ratio: float) -> dict:
    out = {}
    for pat, p in valid.items():
        absorbed = any(len(q) > len(pat) and _is_subsequence(pat, q) and
                       other.support >= ratio * p.support for q, other in valid.items())
        if not absorbed:
            out[pat] = p
    return out


def _no_noisy_extensions(kept: dict, valid: dict, ratio: float) -> dict:
    """Drop a pattern that is a much rarer variant of a valid one — all its steps plus a stray
    command (before, inside, or across the boundary of two rounds of a loop), or, from three
    steps on, its steps with one swapped for a stray command — keeping under ``ratio`` of its
    support."""
    def variant(pat: tuple, q: tuple) -> bool:
        a, b = set(pat), set(q)
        if len(q) < len(pat) and b < a:
            return True
        return len(pat) >= 3 and len(a - b) == 1 and len(a & b) >= 2
    return {pat: p for pat, p in kept.items()
            if not any(q != pat and variant(pat, q) and p.support < ratio * o.support
                       for q, o in valid.items())}


def _one_order(valid: dict, first_at: dict, ratio: float) -> dict:
    """Keep one ordering per set of steps: the most frequent, and among orderings about as
    frequent (a loop's rotations), the one that sequences reach first."""
    classes: dict[frozenset, list[tuple]] = defaultdict(list)
    for pat in valid:
        classes[frozenset(pat)].append(pat)
    out = {}
    for members in classes.values():
        if len(members) == 1:
            out[members[0]] = valid[members[0]]
            continue
        top = max(valid[m].support for m in members)
        contenders = [m for m in members if valid[m].support >= ratio * top]
        wins: Counter = Counter()
        for key in set().union(*(first_at[m].keys() for m in contenders)):
            starts = sorted((first_at[m][key], m) for m in contenders if key in first_at[m])
            if len(starts) == 1 or starts[0][0] < starts[1][0]:
                wins[starts[0][1]] += 1  # only a strictly earlier start counts
        best = max(contenders, key=lambda m: (wins[m], valid[m].support, m))
        out[best] = valid[best]
    return out


def _clean(is_clean: Callable[[str], bool], text: str) -> bool:
    try:
        return bool(is_clean(text))
    except Exception:
        return False  # the privacy re-check fails closed
