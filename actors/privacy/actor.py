"""The privacy filter actor (rules, detection, sanitization, vault, flow control)."""
from __future__ import annotations

from actors.base import Actor


class PrivacyActor(Actor):
    service = "privacy"
    capacity = 4
