"""The data-flow table: labels x destinations -> allow | pseudonymize | sanitize | block."""
from __future__ import annotations

from .errors import InvalidInput
from .model import FlowVerdict
from .rules import DESTINATIONS, LABELS, VERDICTS, Rules


def can_flow(rules: Rules, labels, destination: str) -> FlowVerdict:
    """The most restrictive verdict over the data's labels (no label = public)."""
    if destination not in DESTINATIONS:
        raise InvalidInput(f"unknown destination (known: {', '.join(DESTINATIONS)})", field="destination")
    labels = set(labels) or {"public"}
    unknown = labels - set(LABELS)
    if unknown:
        raise InvalidInput(f"unknown label (known: {', '.join(LABELS)})", field="labels")
    per_label = {label: rules.verdict(label, destination) for label in sorted(labels)}
    worst = max(per_label, key=lambda label: VERDICTS.index(per_label[label]))
    verdict = per_label[worst]
    return FlowVerdict(verdict != "block", verdict, f"data_flow.policy.{worst}.{destination}", per_label)
