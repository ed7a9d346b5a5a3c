"""Value types the engine returns. None of them carries the plaintext it was computed from."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Finding:
    """One occurrence: what it is (``type``), where (``start``/``end``, str offsets) and which rule."""
    type: str
    category: str
    label: str            # secret | pii | user-path: the data-flow label it gives the data
    start: int
    end: int
    rule: str             # e.g. sensitive_patterns.github_pat, paths, usernames
    kind: str             # the pseudonym kind: <kind_1>
    replacement: str | None = field(default=None, compare=False, repr=False)  # paths only

    def to_dict(self) -> dict:
        return {"type": self.type, "category": self.category, "label": self.label,
                "span": [self.start, self.end], "rule": self.rule}


@dataclass(frozen=True, slots=True)
class SanitizeResult:
    text: str
    summary: dict          # {"replaced": {type: n}, "kept": {type: n}, "verdict": ..., ...}
    labels: frozenset[str]
    blocked: bool
    reason: str | None = None   # why it was blocked, naming the rule — never the content

    def to_dict(self) -> dict:
        return {"data": self.text, "summary": self.summary, "labels": sorted(self.labels),
                "blocked": self.blocked, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class PathVerdict:
    allowed: bool
    rule: str | None = None     # the protected_paths entry that refused it

    def to_dict(self) -> dict:
        return {"allowed": self.allowed, "rule": self.rule}


@dataclass(frozen=True, slots=True)
class FlowVerdict:
    allowed: bool               # False only for "block"
    verdict: str                # allow | pseudonymize | sanitize | block
    rule: str                   # data_flow.policy.<label>.<destination> that decided it
    per_label: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"allowed": self.allowed, "verdict": self.verdict, "rule": self.rule,
                "per_label": dict(self.per_label)}
