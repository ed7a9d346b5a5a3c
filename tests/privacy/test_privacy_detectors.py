"""Every credential type is declared once, compiles under RE2, and finds its own generated cases;
hard negatives stay clean; structural validators accept real structure and refuse look-alikes."""
from __future__ import annotations

import base64
import random
import zlib

import pytest

from benchmarks import privacy_corpus as corpus
from actors.privacy.engine import DETECTORS, SECRET_TYPES, PrivacyEngine
from actors.privacy.engine.detectors import ALIASES, CATEGORIES
from actors.privacy.engine.validators import (basic_credentials, discord_token, github_checksum, is_placeholder,
                                              jwt_structure, pem_body)

from privacy_support import shared_engine


def test_at_least_100_credential_types_each_named_once():
    assert len(SECRET_TYPES) >= 100
    names = [d.name for d in DETECTORS]
    assert len(names) == len(set(names))
    assert {d.category for d in DETECTORS} <= set(CATEGORIES)
    assert set().union(*ALIASES.values()) <= set(CATEGORIES)


def test_every_type_has_a_generator_and_every_generator_a_type():
    assert set(corpus.SPECS) == set(SECRET_TYPES)


def test_keywords_are_lowercase_and_present_in_generated_matches():
    """The prefilter contract: a detector's keywords are lowercase literals (case-folded search)."""
    for d in DETECTORS:
        assert all(k == k.lower() and k for k in d.keywords), d.name


@pytest.mark.parametrize("type_name", SECRET_TYPES)
def test_type_finds_its_own_cases(type_name):
    engine = shared_engine()
    rng = random.Random(zlib.crc32(type_name.encode()))      # the same cases on every run
    cases = [corpus.positive(type_name, rng, variant=i) for i in range(3)]
    assert len({c.secrets for c in cases}) >= 2, "two distinct cases at least"
    for case in cases:
        findings = engine.scan(case.text)
        assert corpus.covered(case, case.text, findings), (type_name, [f.to_dict() for f in findings])
        assert any(f.type == type_name for f in findings), [f.type for f in findings]


@pytest.mark.parametrize("kind,variant", [(k, v) for k, ts in corpus.NEGATIVES.items() for v in range(len(ts))])
def test_hard_negative_is_not_a_secret(kind, variant):
    case = corpus.negative(kind, random.Random(variant), variant)
    flagged = [f.type for f in shared_engine().scan(case.text) if f.label == "secret"]
    assert flagged == [], case.text


def test_corpus_recall_and_false_positive_rate():
    report = corpus.evaluate(shared_engine(), corpus.build(seed=11, per_type=3, negatives_per_template=2))
    assert report["types"] == len(SECRET_TYPES)
    assert report["recall"] >= 0.99, report["missed_types"]
    assert report["fp_rate"] <= 0.01, {k: v for k, v in report["negatives_by_kind"].items() if v["flagged"]}
    for row in report["per_type"].values():
        assert set(row) == {"cases", "found", "typed", "recall"}


def test_github_checksum_accepts_real_structure_only():
    rng = random.Random(1)
    token = corpus.checksummed("ghp_", rng)
    assert github_checksum(token)
    broken = token[:-1] + ("A" if token[-1] != "A" else "B")
    assert not github_checksum(broken)
    assert shared_engine().scan(f"the docs show {broken} as a sample") == []
    assert [f.type for f in shared_engine().scan(f"the docs show {token} as a sample")] == ["github_pat"]


def test_jwt_must_decode():
    good = corpus.jwt(random.Random(2))
    assert jwt_structure(good)
    assert not jwt_structure("eyJhbGciOiJIUzI1NiJ9.eyJub3QganNvbg.sig")   # payload is not JSON
    head = base64.urlsafe_b64encode(b'{"typ":"JWT"}').decode().rstrip("=")
    assert not jwt_structure(f"{head}.{head}.abc")                           # header without alg


def test_basic_credentials_need_user_colon_password():
    assert basic_credentials(base64.b64encode(b"ci:S3cure-pass").decode())
    assert not basic_credentials(base64.b64encode(b"no colon here").decode())
    assert not basic_credentials(base64.b64encode(b"user:${PASS}").decode())
    assert not basic_credentials("usage")


def test_discord_token_first_part_is_a_user_id():
    assert discord_token(corpus.discord(random.Random(3)))
    assert not discord_token("MTIzYWJj.abcdef.ghijklmnopqrstuvwxyzabcdefg")


def test_pem_needs_a_body():
    assert not pem_body("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----")
    block, _ = corpus.pem_case("RSA PRIVATE KEY")(random.Random(4))
    assert pem_body(block)


@pytest.mark.parametrize("value", ["${API_KEY}", "<your-token>", 'os.environ["X"]', "process.env.TOKEN", "xxxxxxxx",
                                   "********", "{{ token }}", "changeme", "AKIAIOSFODNN7EXAMPLE", "$(cat key)"])
def test_placeholders(value):
    assert is_placeholder(value)


def test_every_occurrence_is_found_not_only_the_first():
    rng = random.Random(5)
    keys = [corpus.fill("AKIA{b32:16}", rng) for _ in range(3)]
    text = " and ".join(keys + keys)
    found = [text[f.start:f.end] for f in shared_engine().scan(text)]
    assert found == keys + keys


def test_url_encoded_and_base64_credentials_are_seen_through():
    rng = random.Random(6)
    token = corpus.checksummed("ghp_", rng)
    encoded = "https://ci.corp.test/hook?cfg=" + "token%3D" + token + "%26env%3Dprod"
    f = shared_engine().scan(encoded)
    assert any(x.type == "github_pat" for x in f)
    password = corpus.password(rng)
    blob = base64.b64encode(f"deploy:{password}".encode()).decode()
    f = shared_engine().scan(f"Authorization: Basic {blob}")
    assert [x.type for x in f] == ["basic_auth_header"]


def test_sensitive_patterns_select_families(rules):
    rules["sensitive_patterns"] = ["private_key"]
    engine = PrivacyEngine(rules, audit_dir=None, home="/home/jdoe", user="jdoe")
    rng = random.Random(7)
    pem, _ = corpus.pem_case("EC PRIVATE KEY")(rng)
    aws = corpus.fill("AKIA{b32:16}", rng)
    types = {f.type for f in engine.scan(pem + "\n" + aws)}
    assert "private_key_ec" in types and "aws_access_key_id" not in types


def test_user_supplied_pattern(rules):
    rules["sensitive_patterns"].append({"name": "acme_token", "pattern": r"\b(acme_[a-z0-9]{24})\b",
                                        "keywords": ["acme_"]})
    engine = PrivacyEngine(rules, audit_dir=None, home="/home/jdoe", user="jdoe")
    res = engine.sanitize("use acme_7f3k9q2m4x8w1z6v5r0t2y9p now", source="t", destination="context_store")
    assert res.text == "use <acme_token_1> now"
