"""``privacy_rules`` (a plain dict from the config) parsed and checked once into ``Rules``.

Keys: ``sensitive_patterns`` (families, aliases, detector names or "all", plus user patterns as
``{"name", "pattern", "keywords", "rule"?}``), ``protected_paths``, ``sanitization_rules``,
``data_flow.policy`` (label -> destination -> verdict), ``allowlist`` (``salt`` + ``hashes``),
``restore.data_sharing`` and ``limits``. A missing key means the strict reading: every detector,
no extra protected path, ``redact``, ``sanitize``, no restore. Bad values raise ``ConfigError``
naming the key.
"""
from __future__ import annotations

from dataclasses import dataclass, fields

from protocol.vocab import Destination, Label, Verdict, values

from .allowlist import Allowlist
from .detectors import ALIASES, CATEGORIES, DETECTORS, Detector
from .errors import ConfigError

LABELS = values(Label)
DESTINATIONS = values(Destination)
VERDICTS = values(Verdict)                   # least to most restrictive
ACTIONS = ("redact", "pseudonymize", "hash", "anonymize", "relativize", "block", "keep")
RULE_KEYS = ("api_keys", "passwords", "private_keys", "paths", "usernames", "emails")


@dataclass(frozen=True, slots=True)
class Limits:
    """``privacy_rules.limits``: what each key means is in ``actors/shared/settings/schema.py``, the
    values in ``configs/privacy.json``; a section that leaves some out gets those."""
    max_input_chars: int
    chunk_chars: int
    chunk_overlap: int
    timeout_ms: int
    timeout_ms_per_mib: int
    vault_ttl_s: float
    max_sessions: int

    @classmethod
    def defaults(cls) -> "Limits":
        return cls(**_default_limits())


@dataclass(frozen=True, slots=True)
class Rules:
    detectors: tuple[Detector, ...]
    protected_paths: tuple[str, ...]
    actions: dict[str, str]
    policy: dict[str, dict[str, str]]
    allowlist: Allowlist
    restore_data_sharing: frozenset[str]
    limits: Limits

    def action(self, rule: str) -> str:
        return self.actions.get(rule, "redact")

    def verdict(self, label: str, destination: str) -> str:
        default = "allow" if label == "public" else "sanitize"
        return self.policy.get(label, {}).get(destination, default)


def parse_rules(section: dict | None) -> Rules:
    section = section or {}
    if not isinstance(section, dict):
        raise ConfigError("privacy_rules must be an object", field="privacy_rules")
    return Rules(
        detectors=_detectors(section.get("sensitive_patterns")),
        protected_paths=_str_list(section.get("protected_paths", []), "protected_paths"),
        actions=_actions(section.get("sanitization_rules", {})),
        policy=_policy(section.get("data_flow", {})),
        allowlist=_allowlist(section.get("allowlist", {})),
        restore_data_sharing=_restore(section.get("restore", {})),
        limits=_limits(section.get("limits", {})),
    )


def _str_list(value, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{key} must be a list of non-empty strings", field=f"privacy_rules.{key}")
    return tuple(value)


def _detectors(entries) -> tuple[Detector, ...]:
    if entries is None:
        return DETECTORS
    if not isinstance(entries, list):
        raise ConfigError("sensitive_patterns must be a list", field="privacy_rules.sensitive_patterns")
    by_name = {d.name: d for d in DETECTORS}
    categories: set[str] = set()
    names: set[str] = set()
    custom: list[Detector] = []
    for i, e in enumerate(entries):
        where = f"privacy_rules.sensitive_patterns[{i}]"
        if isinstance(e, dict):
            custom.append(_custom_detector(e, where, by_name))
        elif e == "all":
            categories.update(CATEGORIES)
        elif e in ALIASES:
            categories.update(ALIASES[e])
        elif e in CATEGORIES:
            categories.add(e)
        elif e in by_name:
            names.add(e)
        else:
            raise ConfigError(f"unknown detector family or type {e!r} (families: {', '.join(CATEGORIES)}; "
                              f"aliases: {', '.join(ALIASES)})", field=where)
    chosen = tuple(d for d in DETECTORS if d.category in categories or d.name in names)
    return chosen + tuple(custom)


def _custom_detector(e: dict, where: str, known: dict) -> Detector:
    name, pattern = e.get("name"), e.get("pattern")
    if not isinstance(name, str) or not name.isidentifier() or not name.islower() or name in known:
        raise ConfigError("a user pattern needs a new lowercase identifier as name", field=f"{where}.name")
    if not isinstance(pattern, str) or not pattern:
        raise ConfigError("a user pattern needs an RE2 pattern", field=f"{where}.pattern")
    keywords = e.get("keywords", [])
    if not isinstance(keywords, list) or not all(isinstance(k, str) and k for k in keywords):
        raise ConfigError("keywords must be a list of non-empty strings", field=f"{where}.keywords")
    rule = e.get("rule", "api_keys")
    if rule not in RULE_KEYS:
        raise ConfigError(f"rule must be one of {', '.join(RULE_KEYS)}", field=f"{where}.rule")
    return Detector(name, "custom", pattern, tuple(k.lower() for k in keywords), "not_placeholder", rule,
                    name, edges=bool(e.get("edges", True)))


def _actions(value) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ConfigError("sanitization_rules must be an object", field="privacy_rules.sanitization_rules")
    for k, v in value.items():
        if k not in RULE_KEYS:
            raise ConfigError(f"unknown sanitization rule {k!r} (known: {', '.join(RULE_KEYS)})",
                              field=f"privacy_rules.sanitization_rules.{k}")
        if v not in ACTIONS:
            raise ConfigError(f"unknown action {v!r} (known: {', '.join(ACTIONS)})",
                              field=f"privacy_rules.sanitization_rules.{k}")
    return dict(value)


def _policy(value) -> dict[str, dict[str, str]]:
    table = value.get("policy", {}) if isinstance(value, dict) else None
    if not isinstance(table, dict):
        raise ConfigError("data_flow.policy must be an object", field="privacy_rules.data_flow.policy")
    for label, row in table.items():
        where = f"privacy_rules.data_flow.policy.{label}"
        if label not in LABELS:
            raise ConfigError(f"unknown label {label!r} (known: {', '.join(LABELS)})", field=where)
        if not isinstance(row, dict):
            raise ConfigError("each label maps destinations to verdicts", field=where)
        for dest, verdict in row.items():
            if dest not in DESTINATIONS:
                raise ConfigError(f"unknown destination {dest!r} (known: {', '.join(DESTINATIONS)})",
                                  field=f"{where}.{dest}")
            if verdict not in VERDICTS:
                raise ConfigError(f"unknown verdict {verdict!r} (known: {', '.join(VERDICTS)})",
                                  field=f"{where}.{dest}")
    return {label: dict(row) for label, row in table.items()}


def _restore(value) -> frozenset[str]:
    if not isinstance(value, dict):
        raise ConfigError("restore must be an object", field="privacy_rules.restore")
    return frozenset(_str_list(value.get("data_sharing", []), "restore.data_sharing"))


def _allowlist(value) -> Allowlist:
    if not isinstance(value, dict):
        raise ConfigError("allowlist must be an object", field="privacy_rules.allowlist")
    hashes = value.get("hashes", [])
    salt = value.get("salt", "")
    if hashes and (not isinstance(salt, str) or len(salt) < 16):
        raise ConfigError("an allowlist needs a salt of at least 16 characters", field="privacy_rules.allowlist.salt")
    if not isinstance(hashes, list) or not all(isinstance(h, str) and len(h) == 64 for h in hashes):
        raise ConfigError("allowlist.hashes holds sha256 hex digests (see allowlist_entry)",
                          field="privacy_rules.allowlist.hashes")
    return Allowlist(salt, frozenset(h.lower() for h in hashes))


def _limits(value) -> Limits:
    if not isinstance(value, dict):
        raise ConfigError("limits must be an object", field="privacy_rules.limits")
    known = {f.name: f for f in fields(Limits)}
    kwargs = {}
    for k, v in value.items():
        if k not in known:
            raise ConfigError(f"unknown limit {k!r}", field=f"privacy_rules.limits.{k}")
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v <= 0:
            raise ConfigError("limits are positive numbers", field=f"privacy_rules.limits.{k}")
        kwargs[k] = v
    limits = Limits(**{**_default_limits(), **kwargs})
    if limits.chunk_overlap * 2 > limits.chunk_chars:
        raise ConfigError("chunk_overlap must be under half of chunk_chars", field="privacy_rules.limits")
    return limits


def _default_limits() -> dict:
    from actors.shared.settings import defaults
    return defaults()["privacy_rules"]["limits"]
