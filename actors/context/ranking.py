"""Hybrid ranking (pure functions): the lexical ranking (BM25 × recency) and the dense one fused —
by score (each scaled to its best, weighted; the default) or by reciprocal rank — then ordered in
time where the question asks about time.

Why fuse: a context that both find rises above one that only one finds. Scores rather than ranks
by default: a rank forgets by how much the first lexical match leads, and a question asked in the
context's own words ("where does terraform state live now?") should not lose its clear lexical
answer because the embedder ranks it 70th. Why the time step: several contexts about the
same subject (a decision, then its change) are all relevant; which one answers depends on the
question — "what did we try first" wants the earliest, every other question the newest (what is
true now). Contexts about the same subject are those nearly as close to the question as the best
one (within ``band`` of its cosine and at least ``floor`` times it), among the first few.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

EARLIEST = re.compile(
    r"\b(?:firstly|originally|original|initially|initial|at the (?:very )?(?:start|beginning)|in the beginning|"
    r"at the outset|early|earlier|earliest|at first|(?:we|I|you) first|first\s*(?:[?.,!]|$)|"
    r"first (?:attempt|try|tried|version|approach|choice|pick|picked|chose|chosen|choose|used|use|went|go|draft|"
    r"setup|set up|plan|idea|iteration|pass|prototype|one)|used to|start(?:ed)? (?:with|out)|began with|"
    r"begin with|to begin with|back then|back when (?:we|I|you|it)|previous|previously|prior|"
    # "before" a change or a named tool ("before Sentry?", "Before probe-rs, how…"), not any "before we …"
    r"before (?:we|I|you) (?:switch|mov|chang|migrat|adopt|went|go\b|had\b|got\b|add|introduc|start|us|pick|replac|"
    r"swap|port|rewr|brought)\w*|before (?:the |our |a )?(?:switch|move|migration|change|rewrite|upgrade|port|"
    r"refactor|swap)\b|before having|before [\w\-.]+\s*[,?]|^before\b)", re.I)


# "the very first boards", "first optimized": the first in time only when the question is in the past
# ("what antenna did the first boards use?", not "what kernel is the first node running?")
FIRST_OF = re.compile(r"\b(?:the (?:very )?first|first \w+ed|(?:was|were) first|(?:try|tried|use|used|pick|picked|chose) first|"
                      r"before (?:the )?[\w\-.]+ existed)\b", re.I)
PAST = re.compile(r"\b(?:did|was|were|had|used|tried|picked|chose|went)\b", re.I)


def wants_earliest(question: str) -> bool:
    return bool(EARLIEST.search(question) or (FIRST_OF.search(question) and PAST.search(question)))


NOW = re.compile(r"\b(?:now|currently|current|these days|nowadays|at (?:this|the moment|present)|today|any ?more|"
                 r"still|latest|presently)\b", re.I)


def asks_current(question: str) -> bool:
    """A question that says it asks how things stand now ("which renderer are we on at this
    point?"), not about what happened ("how did we fix X?")."""
    return bool(NOW.search(question)) and not wants_earliest(question)


# "… before PocketBase?", "before we moved to Fresh", "Before openFPGALoader, what …": the question names
# what came next; what it asks about was stated before that name first appears.
BEFORE_NAME = re.compile(r"\bbefore (?:(?:we|I|you) (?:moved|switched|migrated|went|changed|ported|got) (?:over |back )?to |"
                         r"(?:the |our )?(?:move|switch|migration|port|change|rewrite) to )?([A-Za-z][\w.+\-]*\w)", re.I)
NOT_A_NAME = frozenset("we i you the a an our it that this then having they he she there us them any".split())


def named_successor(question: str) -> str | None:
    """The name a question about the first attempt says came next ("before PocketBase"), if any —
    not a verb's ("how long does it wait before giving up?")."""
    m = BEFORE_NAME.search(question) if wants_earliest(question) else None
    name = m.group(1) if m else ""
    return name if name and name.lower() not in NOT_A_NAME and not name.endswith("ing") else None


def reweighted(fused: list[tuple[str, float]], factor: Callable[[str], float]) -> list[tuple[str, float]]:
    """Each score times its context's ``factor``, best first again (ties keep their order): how each
    of the question's own weights is applied."""
    return sorted(((rid, s * factor(rid)) for rid, s in fused), key=lambda x: -x[1])


def before_first(fused: list[tuple[str, float]], created: Callable[[str], float], since: float,
                 weight: float) -> list[tuple[str, float]]:
    """For a question about what came before a name: each context from that name's first mention on
    scores ``weight`` times as much."""
    return reweighted(fused, lambda rid: weight if created(rid) >= since else 1.0)


def subject_threshold(head: list[str], cosine: dict[str, float], *, band: float, floor: float) -> float:
    """The cosine from which a candidate is on the question's subject: within ``band`` of the best in
    ``head``, and at least ``floor`` of it (as the time step reads it)."""
    best = max((cosine.get(rid, 0.0) for rid in head), default=0.0)
    return max(best - band, floor * best)


def change_on_subject(head: list[str], cosine: dict[str, float], is_change: Callable[[str], bool], *,
                      created: Callable[[str], float], band: float, floor: float) -> str | None:
    """The best-ranked statement of a change in ``head`` that is on the question's subject
    (``subject_threshold``) with something in ``head`` older than it: for a question about the first
    attempt, the answer came before it."""
    threshold = subject_threshold(head, cosine, band=band, floor=floor)
    for rid in head:
        if is_change(rid) and cosine.get(rid, 0.0) >= threshold:
            return rid if any(created(other) < created(rid) for other in head) else None
    return None


def changes_up(fused: list[tuple[str, float]], changed: Callable[[str], bool], boost: float) -> list[tuple[str, float]]:
    """For a question about how things stand now: each statement that its subject changed
    (``changed``) scores ``1 + boost`` times as much."""
    return reweighted(fused, lambda rid: 1.0 + boost if changed(rid) else 1.0)


def share_a_term(terms: dict[str, frozenset]) -> Callable[[str, str], bool]:
    """Whether two contexts both hold one of the question's rare terms (its subject: "renderer",
    "codec"): a newer statement on it supersedes an older one even when their wording differs."""
    return lambda a, b: bool(terms.get(a, frozenset()) & terms.get(b, frozenset()))


def on_the_same_subject(vectors: dict[str, Any], threshold: float, rare: dict[str, frozenset], question: str,
                        *, earliest: bool) -> Callable[[str, str], bool]:
    """Two statements on the same thing: their vectors this close — or, for a question about now,
    one of its rare terms in both."""
    similar = close(vectors, threshold)
    if earliest or not asks_current(question):
        return similar
    same_subject = share_a_term(rare)
    return lambda a, b: similar(a, b) or same_subject(a, b)


# A statement of change ("CocoaPods is gone; SPM now", "Netdata agents removed"): it reports what
# replaced the first choice, so it never answers "what did we start with" — though it names it.
CHANGE = re.compile(r"\b(?:now|no longer|any ?more|(?:is|are|was) gone|removed|replaced|replaces|replacing|retired|"
                    r"dropped|deleted|deprecated|ripped out|instead|switch(?:ed|ing)? (?:to|from|over)|"
                    r"mov(?:ed|ing) (?:to|off|from|over)|migrat(?:ed|ing)|swapped|in favou?r of|superseded)\b", re.I)
# ... unless it says it is the start ("Projucer for now", "tried X first")
TENTATIVE = re.compile(r"\b(?:first|initially|at first|to start with|for now|for the moment|to begin with)\b", re.I)


def states_a_change(text: str) -> bool:
    return bool(CHANGE.search(text)) and not TENTATIVE.search(text)


# A question that asks for a cause ("why did…", "how come…", "what made the site crawl…"): its answer
# is the statement that explains a fault — a diagnosis, a fix and its reason — rarely the request or
# complaint that shares its words ("customers say the signal is shaky").
ASKS_WHY = re.compile(r"^\W*(?:(?:so|and|ok|remind me|wait|hmm)\W+)*(?:why\b|how come\b|what (?:made|caused|broke|"
                      r"went wrong|was wrong|was going on|happened|was the (?:problem|issue|cause|bug|reason|matter))|"
                      r"what(?:'s| is| was) behind|what was up with)", re.I)
# ... and a statement that explains one: says what went wrong, why, or what fixed it
EXPLAINS = re.compile(r"\b(?:because|caus(?:e|ed|es|ing)|root cause|due to|turned out|turns out|so (?:the|a|an|it|every|each|any|"
                      r"new|later|all|its|their)\b|which (?:meant|made)|fix(?:es|ed)?|bug|rac(?:ed|es|y|ing)|regression|"
                      r"broke|broken|crash(?:ed|es)?|timed out|timing out|time ?outs?|overflow(?:ed)?|off-by-one|leak(?:ed|s|ing)?|"
                      r"drift(?:ed)?|previously|the old|silently|mismatch(?:ed)?|disagreed|ignor(?:ed|es|ing)|"
                      r"deadlock(?:ed)?|culprit|instead of|no longer|failed|failing|fails|traced|overlapp(?:ed|ing)|"
                      r"evict(?:ed|ing|s)?|OOM|killed|N\+1|(?:was|were) (?:stored|counted|treated|read|parsed|sent|set) as|"
                      r"stopped at|went from|(?:cut|brought|dropped|took|takes) (?:\w+ ){0,3}(?:from |to |~|about )?[\d.]+ ?"
                      r"(?:ms|s|min|minutes|seconds|h|hours|GB|MB|%)|from [\d.]+ ?\w* to [\d.]+|"
                      # what a diagnosis says of the faulty part: it never did, lacked, was wrong, fell back, ...
                      r"never|didn'?t|did not|wasn'?t|weren'?t|couldn'?t|can'?t|could not|lack(?:ed|s)?|had no|has no|"
                      r"without|missing|wrong|stale|too (?:strict|small|big|large|long|short|low|high|slow|many|few)|"
                      r"f[ae]ll back|falls back|overwr(?:ote|ites|itten)|rejected|bounc(?:ed|ing|es)|skipped|produced|"
                      r"held|blocked|exceeded|past the|ran (?:on|in|as|with)|only (?:ran|worked|checked|looked)|meant|"
                      r"so '|so \w+ (?:was|were|had|got|came|went|left|showed|never)|underneath|reset|triggered|polled|"
                      r"survived|twice)\b|\w(?:Error|Exception)\b", re.I)
# A statement that asks for something — a wish, a request, a plan, a rule ("the club wants the last
# column in maroon", "the page should show blank rows"): it may share a why-question's words, but it
# says what someone wants, not what went wrong.
ASKS_FOR = re.compile(r"\b(?:wants?|wanted|asked|asks|asking|should|would like|idea|for now|backlog|please|let'?s|"
                      r"todo|agreed|meeting|is meant to|the design|keep (?:the|it)|don'?t let)\b", re.I)


def asks_why(question: str) -> bool:
    return bool(ASKS_WHY.search(question))


def explains(text: str) -> bool:
    return bool(EXPLAINS.search(text))


def cause_of(text: str) -> int:
    """What a statement is to a why-question: 1 when it explains a fault (and asks for nothing), -1
    when it asks for something (and explains nothing), 0 otherwise."""
    explaining, asking = explains(text), bool(ASKS_FOR.search(text))
    return 0 if explaining is asking else 1 if explaining else -1


def cause_weight(cause: int, boost: float) -> float:
    """A why-question's factor on a statement's score: ``1 + boost`` for one that explains a fault,
    the inverse of its cube for one that asks for something, 1 otherwise. A request goes further down
    than an explanation comes up: it names what is wrong in the words the question uses (the wish
    for a fix restates the symptom), where the explanation names the cause in words of its own."""
    return 1.0 + boost if cause > 0 else 1.0 / (1.0 + boost) ** 3 if cause < 0 else 1.0


def causes_up(fused: list[tuple[str, float]], cause: Callable[[str], int], boost: float) -> list[tuple[str, float]]:
    """For a question that asks why: each statement's score times ``cause_weight`` of what it is to
    the question (``cause_of``)."""
    return reweighted(fused, lambda rid: cause_weight(cause(rid), boost))


def changes_below(ranked: list[str], is_change: Callable[[str], bool], *, window: int) -> list[str]:
    """For a question about the first attempt: among the first ``window``, statements of change go
    below the others (each keeps its order within its part)."""
    head = ranked[:window]
    return ([rid for rid in head if not is_change(rid)] + [rid for rid in head if is_change(rid)]
            + ranked[window:])


def contributions(lexical: list[str], dense: list[str], *, k: int,
                  dense_weight: float) -> dict[str, tuple[float, float]]:
    """Each id's two parts of its reciprocal-rank-fusion score, (lexical, dense); 0.0 where that
    ranking (ids, best first) lacks it. In order: the lexical ranking's ids, then the dense-only ones."""
    parts: dict[str, tuple[float, float]] = {}
    for r, rid in enumerate(lexical):
        parts[rid] = (1.0 / (k + r), 0.0)
    for r, rid in enumerate(dense):
        parts[rid] = (parts.get(rid, (0.0, 0.0))[0], dense_weight / (k + r))
    return parts


def score_contributions(lexical: list[tuple[str, float]], cosine: dict[str, float], *,
                        lexical_weight: float) -> dict[str, tuple[float, float]]:
    """Each candidate's two parts of a score fusion, (lexical, dense): ``lexical_weight`` times its
    lexical score over the best one, and the rest times its cosine min-max scaled over the
    candidates. Unlike ranks, scores keep how much better the best match is: a context that BM25
    finds far ahead of the rest stays on top even when the embedder ranks it low. ``lexical``: (id,
    score), best first; ``cosine``: the candidates' cosines (the lexical ones too). In order: the
    lexical ranking's ids, then the dense-only ones."""
    best = max((s for _, s in lexical), default=0.0)
    lo, hi = (min(cosine.values()), max(cosine.values())) if cosine else (0.0, 0.0)
    dense = lambda rid: (cosine[rid] - lo) / (hi - lo) if rid in cosine and hi > lo else 0.0  # noqa: E731
    parts: dict[str, tuple[float, float]] = {}
    for rid, s in lexical:
        parts[rid] = (lexical_weight * s / best if best > 0 else 0.0, (1 - lexical_weight) * dense(rid))
    for rid in cosine:
        if rid not in parts:
            parts[rid] = (0.0, (1 - lexical_weight) * dense(rid))
    return parts


def by_total(parts: dict[str, tuple[float, float]]) -> list[tuple[str, float]]:
    """(id, fused score = the sum of its parts), best first; ties keep ``parts``' order."""
    return sorted(((rid, lex + dense) for rid, (lex, dense) in parts.items()), key=lambda x: -x[1])


def fuse(lexical: list[str], dense: list[str], *, k: int, dense_weight: float) -> list[tuple[str, float]]:
    """Reciprocal rank fusion of two rankings (ids, best first): (id, fused score), best first."""
    return by_total(contributions(lexical, dense, k=k, dense_weight=dense_weight))


@dataclass(frozen=True)
class TimeStep:
    """What the time step decided: which of the first fused contexts are about the question's subject
    (cosine at least ``threshold``), put first in ``group``'s order."""
    earliest: bool                 # the question asks for the earliest (else: newest first)
    best: float                    # the best cosine among the first ``window`` fused contexts
    threshold: float               # max(best - band, floor * best)
    group: tuple[str, ...]


def time_step(ranked: list[str], cosine: dict[str, float], created: Callable[[str], float], question: str,
              *, window: int, band: float, group: int, floor: float, until: float | None = None) -> TimeStep | None:
    """The time step for ``ranked`` (None: no context among the first ``window`` has a cosine);
    with ``until``, among those created before it only."""
    head = [rid for rid in ranked[:window] if rid in cosine and (until is None or created(rid) < until)]
    if not head:
        return None
    best = max(cosine[rid] for rid in head)
    threshold = subject_threshold(head, cosine, band=band, floor=floor)
    same = [rid for rid in head if cosine[rid] >= threshold][:group]
    early = wants_earliest(question)
    same.sort(key=lambda rid: created(rid) if early else -created(rid))
    return TimeStep(early, best, threshold, tuple(same))


def close(vectors: dict[str, Any], threshold: float) -> Callable[[str, str], bool]:
    """Whether two contexts are this close: their vectors' cosine reaches ``threshold`` (near 1: the
    same command run again, a note pasted twice; lower: statements on the same thing)."""
    return lambda a, b: a in vectors and b in vectors and float(vectors[a] @ vectors[b]) >= threshold


def subject_first(ranked: list[str], step: TimeStep | None) -> list[str]:
    if step is None:
        return ranked
    chosen = set(step.group)
    return list(step.group) + [rid for rid in ranked if rid not in chosen]


def newer_first(ranked: list[str], related: Callable[[str, str], bool], created: Callable[[str], float],
                 *, earliest: bool, window: int, pool: int = 0) -> tuple[list[str], dict[str, str]]:
    """Among the first ``window`` of ``ranked``, a context that a later statement on the same thing
    supersedes (``related``, and newer) moves below it — the changed decision answers, the old one
    stays, below; for a question about the first attempt, the other way round. The later statement
    may come from anywhere in the first ``pool`` (default: the window): an old note that ranks well
    brings up the decision that replaced it, however that one ranked. Also which context each moved
    one was superseded by."""
    reach = max(window, pool)
    head, tail = list(ranked[:reach]), ranked[reach:]
    superseded: dict[str, str] = {}
    moved: set[str] = set()     # each context moves up once at most: the walk ends
    first = (lambda a, b: created(a) < created(b)) if earliest else (lambda a, b: created(a) > created(b))
    i = 0
    while i < min(window, len(head)):
        a = head[i]
        b = next((b for b in head[i + 1:] if b not in moved and first(b, a) and related(a, b)), None)
        if b is None:
            i += 1
            continue
        superseded[a] = b
        moved.add(b)
        head.remove(b)
        head.insert(i, b)       # b takes a's place; a (and the rest) move down one
    return head + list(tail), superseded


def without_repeats(ranked: list[str], same: Callable[[str, str], bool], k: int) -> tuple[list[str], dict[str, str]]:
    """``ranked`` with each context that repeats one ranked above it left out, until ``k`` are kept
    (four ``terraform init`` take one place, not four); and which kept context each left-out one repeats."""
    kept: list[str] = []
    repeats: dict[str, str] = {}
    for rid in ranked:
        if len(kept) >= k:
            kept.append(rid)
            continue
        twin = next((other for other in kept if same(other, rid)), None)
        if twin is None:
            kept.append(rid)
        else:
            repeats[rid] = twin
    return kept, repeats


def in_time(fused: list[str], cosine: dict[str, float], vectors: dict[str, Any], rare: dict[str, frozenset],
            question: str, q: dict, *, depth: int, k: int, created: Callable[[str], float],
            statement: Callable[[str], bool], change: Callable[[str], bool], until: float | None = None
            ) -> tuple[list[str], TimeStep | None, dict[str, str], dict[str, str]]:
    """The fused ranking ordered in time (``q``: the query settings): the subject's statements first
    (``time_step``), a superseded statement below the one that replaced it — statements, not
    commands: a command run again decides nothing — and repeats left out until ``k`` are kept.
    ``until``: the first mention of the name a question says came next — the subject's statements
    are those before it. Returns (kept, the time step, superseded -> by, left out -> the one it repeats)."""
    step = time_step(fused, cosine, created, question, window=q["time_window"], band=q["time_band"],
                     group=q["time_group"], floor=q["time_floor"], until=until)
    timed = subject_first(fused, step)
    superseded: dict[str, str] = {}
    if q["supersede_cosine"] < 1:
        earliest = step is not None and step.earliest
        similar = on_the_same_subject(vectors, q["supersede_cosine"], rare, question, earliest=earliest)
        timed, superseded = newer_first(timed, lambda a, b: statement(a) and statement(b) and similar(a, b), created,
                                        earliest=earliest, window=q["time_window"], pool=0 if earliest else depth)
        if earliest:
            timed = changes_below(timed, change, window=q["time_window"])
    kept, repeats = without_repeats(timed, close(vectors, q["repeat_cosine"]), k)
    return kept, step, superseded, repeats


@dataclass
class Trace:
    """What one ranking did, step by step, recorded by the ranking code itself as it runs (when the
    caller passes one: ``enclave context why``), so an explanation cannot drift from the ranking."""
    terms: list[str] = field(default_factory=list)
    filter: Any = None                                   # the query's filters and access scope
    depth: int = 0                                       # how deep each ranking's candidates go
    lexical: list[tuple[str, float]] = field(default_factory=list)     # (id, score), best first
    lexical_parts: dict[str, tuple[float, float, float]] = field(default_factory=dict)  # bm25, recency, tier
    hybrid: bool = False                                 # False: the lexical ranking alone
    query_vector: Any = None
    dense: list[tuple[str, float]] = field(default_factory=list)       # (id, cosine), best first
    parts: dict[str, tuple[float, float]] = field(default_factory=dict)   # id -> the fusion's (lexical, dense)
    fused: list[tuple[str, float]] = field(default_factory=list)       # before the time step
    time: TimeStep | None = None
    order: list[tuple[str, float]] = field(default_factory=list)       # every candidate, final order
    superseded: dict[str, str] = field(default_factory=dict)           # moved down -> the newer statement above it
    repeats: dict[str, str] = field(default_factory=dict)              # left out -> the context it repeats
    cause_boost: float = 0.0             # the question asks why: statements explaining a fault got 1 + this
    successor_since: float | None = None     # what came before a name: its first mention (or the change's statement)
    successor_weight: float = 1.0            # ... and what each context from then on was weighted by
    change_boost: float = 0.0            # the question asks how things stand now: its subject's changes got 1 + this
    changed_up: frozenset = frozenset()  # ... those statements
