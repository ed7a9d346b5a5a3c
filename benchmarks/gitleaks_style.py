"""The privacy benchmark's second speed anchor: a gitleaks-style scanner in a few lines.

What gitleaks (https://github.com/gitleaks/gitleaks) does per fragment, with a small set of its public
rules: lower-case the text once, keep only the rules one of whose keywords occurs in it (the keyword
prefilter), run those rules' regular expressions with RE2 (``google-re2``, the same linear-time engine
family as Go's ``regexp``), take the secret group, and drop a candidate whose Shannon entropy is below
the rule's ``entropy``. The generic rule keeps its first allow-list regex (a value made of letters and
``_.-`` only is not a secret); its long stop-word list is left out.

The rules (ids, regexes, keywords, entropy) are copied unchanged from gitleaks' ``config/gitleaks.toml``
(MIT License, Copyright (c) 2019 Zachary Rice), commit b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b: AWS,
GitHub, GitLab, Slack, Stripe, OpenAI, Anthropic, npm, PyPI, GCP, SendGrid, JWT, private keys and the
generic API key rule. A speed anchor only: it covers fewer credential types than the engine, so its
findings are reported, not compared.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import NamedTuple

import re2


class Rule(NamedTuple):
    id: str
    regex: str
    keywords: tuple[str, ...]
    entropy: float | None


RULES = (
    Rule('aws-access-token', r'''\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b''',
         ('a3t', 'akia', 'asia', 'abia', 'acca'), 3),
    Rule('github-pat', r'''ghp_[0-9a-zA-Z]{36}''',
         ('ghp_',), 3),
    Rule('github-fine-grained-pat', r'''github_pat_\w{82}''',
         ('github_pat_',), 3),
    Rule('github-oauth', r'''gho_[0-9a-zA-Z]{36}''',
         ('gho_',), 3),
    Rule('github-app-token', r'''(?:ghu|ghs)_[0-9a-zA-Z]{36}''',
         ('ghu_', 'ghs_'), 3),
    Rule('github-refresh-token', r'''ghr_[0-9a-zA-Z]{36}''',
         ('ghr_',), 3),
    Rule('gitlab-pat', r'''glpat-[\w-]{20}''',
         ('glpat-',), 3),
    Rule('slack-bot-token', r'''xoxb-[0-9]{10,13}-[0-9]{10,13}[a-zA-Z0-9-]*''',
         ('xoxb',), 3),
    Rule('slack-user-token', r'''xox[pe](?:-[0-9]{10,13}){3}-[a-zA-Z0-9-]{28,34}''',
         ('xoxp-', 'xoxe-'), 2),
    Rule('slack-app-token', r'''(?i)xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+''',
         ('xapp',), 2),
    Rule('slack-webhook-url', r'''(?:https?://)?hooks.slack.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,56}''',
         ('hooks.slack.com',), None),
    Rule('slack-legacy-token', r'''xox[os]-\d+-\d+-\d+-[a-fA-F\d]+''',
         ('xoxo', 'xoxs'), 2),
    Rule('stripe-access-token', r'''\b((?:sk|rk)_(?:test|live|prod)_[a-zA-Z0-9]{10,99})(?:[\x60'"\s;]|\\[nr]|$)''',
         ('sk_test', 'sk_live', 'sk_prod', 'rk_test', 'rk_live', 'rk_prod'), 2),
    Rule('openai-api-key', r'''\b(sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})\b|sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20})(?:[\x60'"\s;]|\\[nr]|$)''',
         ('t3blbkfj',), 3),
    Rule('anthropic-api-key', r'''\b(sk-ant-api03-[a-zA-Z0-9_\-]{93}AA)(?:[\x60'"\s;]|\\[nr]|$)''',
         ('sk-ant-api03',), None),
    Rule('npm-access-token', r'''(?i)\b(npm_[a-z0-9]{36})(?:[\x60'"\s;]|\\[nr]|$)''',
         ('npm_',), 2),
    Rule('pypi-upload-token', r'''pypi-AgEIcHlwaS5vcmc[\w-]{50,1000}''',
         ('pypi-ageichlwas5vcmc',), 3),
    Rule('gcp-api-key', r'''\b(AIza[\w-]{35})(?:[\x60'"\s;]|\\[nr]|$)''',
         ('aiza',), 4),
    Rule('sendgrid-api-token', r'''\b(SG\.(?i)[a-z0-9=_\-\.]{66})(?:[\x60'"\s;]|\\[nr]|$)''',
         ('sg.',), 2),
    Rule('jwt', r'''\b(ey[a-zA-Z0-9]{17,}\.ey[a-zA-Z0-9\/\\_-]{17,}\.(?:[a-zA-Z0-9\/\\_-]{10,}={0,2})?)(?:[\x60'"\s;]|\\[nr]|$)''',
         ('ey',), 3),
    Rule('private-key', r'''(?i)-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S-]{64,}?KEY(?: BLOCK)?-----''',
         ('-----begin',), None),
    Rule('generic-api-key', r'''(?i)[\w.-]{0,50}?(?:access|auth|(?-i:[Aa]pi|API)|credential|creds|key|passw(?:or)?d|secret|token)(?:[ \t\w.-]{0,20})[\s'"]{0,3}(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)[\x60'"\s=]{0,5}([\w.=-]{10,150}|[a-z0-9][a-z0-9+/]{11,}={0,3})(?:[\x60'"\s;]|\\[nr]|$)''',
         ('access', 'api', 'auth', 'key', 'credential', 'creds', 'passwd', 'password', 'secret', 'token'), 3.5),
)

_ALLOW = {"generic-api-key": r"^[a-zA-Z_.-]+$"}


def shannon(s: str) -> float:
    n = len(s)
    if not n:
        return 0.0
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())


class GitleaksStyle:
    """``scan(text) -> [(rule id, secret)]``: keyword prefilter, then the rules' RE2 patterns."""

    def __init__(self, rules: tuple[Rule, ...] = RULES):
        opts = re2.Options()
        opts.log_errors = False
        self.rules = [(r, re2.compile(r.regex, options=opts),
                       re2.compile(_ALLOW[r.id], options=opts) if r.id in _ALLOW else None) for r in rules]

    def scan(self, text: str) -> list[tuple[str, str]]:
        lower = text.lower()
        found = []
        for rule, rx, allow in self.rules:
            if not any(k in lower for k in rule.keywords):
                continue
            for m in rx.finditer(text):
                secret = next((g for g in m.groups() if g), None) or m.group(0)
                if rule.entropy is not None and shannon(secret) < rule.entropy:
                    continue
                if allow is not None and allow.search(secret):
                    continue
                found.append((rule.id, secret))
        return found
