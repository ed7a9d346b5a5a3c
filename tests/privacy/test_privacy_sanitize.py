"""Sanitize, restore, fail-closed behaviour and the audit trail, on real files in a tmp data dir."""
from __future__ import annotations

import base64
import json
import os
import pickle
import random
import time

import pytest
from privacy_support import USER

from benchmarks import privacy_corpus as corpus
from actors.privacy.engine import (ConfigError, Forbidden, InputTooLarge, InvalidInput, PrivacyEngine,
                                   UnknownSession, allowlist_entry, configure_log_redaction, redact_for_log)
from actors.privacy.engine.audit import AUDIT_FILE


def _grep(root, needle: str) -> list[str]:
    """Every file under ``root`` whose bytes contain ``needle`` — ``grep -r``, in Python."""
    hits = []
    for dirpath, _, files in os.walk(root):
        for name in files:
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                if needle.encode() in f.read():
                    hits.append(path)
    return hits


@pytest.fixture
def context(user_home):
    """The issue's 'done' context: an AWS key, a GitHub token, a private key, a password in a
    database URL and the user's home path — twice each, to check the pseudonyms are stable."""
    rng = random.Random(42)
    aws = corpus.fill("AKIA{b32:16}", rng)
    gh = corpus.checksummed("ghp_", rng)
    pem, body = corpus.pem_case("RSA PRIVATE KEY")(rng)
    pw = corpus.password(rng)
    text = (f"# notes for {USER}@laptop\nAWS_ACCESS_KEY_ID={aws}\nexport GITHUB_TOKEN={gh}\n"
            f'DATABASE_URL = "postgresql://app:{pw}@db.internal:5432/prod"\n'
            f"key = '''{pem}'''\n"
            f'open("{user_home}/proj/src/app.py")  # and {user_home}/.bashrc\n'
            f"again: {aws} {gh} postgres://app:{pw}@replica/prod\n")
    return {"text": text, "aws": aws, "gh": gh, "pem_lines": body, "password": pw, "home": str(user_home)}


def test_done_scenario(engine, context, data_dir):
    res = engine.sanitize(context["text"], source="cursor", destination="context_store", session="s1",
                          project_root=context["home"] + "/proj")
    out = res.text
    assert not res.blocked
    for secret in (context["aws"], context["gh"], context["password"], *context["pem_lines"], context["home"], USER):
        assert secret not in out
    # readable and stable: the same value gets the same pseudonym every time it occurs
    assert out.count("<aws_access_key_1>") == 2 and out.count("<github_token_1>") == 2
    assert out.count("<password_1>") == 2 and "<password_2>" not in out
    assert "<private_key_1>" in out and "-----BEGIN" not in out
    assert 'open("src/app.py")' in out and "~/.bashrc" in out and "<user_1>@laptop" in out
    assert res.labels == {"secret", "pii", "user-path"}
    assert res.summary["replaced"]["aws_access_key_id"] == 2
    # a second call in the same session keeps the numbering
    again = engine.sanitize(f"rotate {context['gh']}", source="cursor", destination="context_store", session="s1")
    assert again.text == "rotate <github_token_1>"
    # grep -r of the whole data dir (audit log included) finds none of the values
    for secret in (context["aws"], context["gh"], context["password"], context["pem_lines"][0], context["home"]):
        assert _grep(data_dir, secret) == []
    assert (data_dir / "logs" / AUDIT_FILE).stat().st_size > 0


def test_sanitize_is_idempotent_and_markers_are_not_findings(engine, context):
    kw = dict(source="cursor", destination="context_store", session="s2", project_root=context["home"] + "/proj")
    once = engine.sanitize(context["text"], **kw).text
    twice = engine.sanitize(once, **kw)
    assert twice.text == once
    assert twice.summary["findings"] == 0
    assert engine.scan(once) == []


def test_protected_file_is_refused_by_rule_before_reading(engine, user_home, tmp_path):
    ssh = user_home / ".ssh"
    ssh.mkdir()
    fifo = ssh / "id_ed25519"
    os.mkfifo(fifo)                   # reading this would block forever: the check must not open it
    verdict = engine.check_path(str(fifo))
    assert not verdict.allowed and verdict.rule == "protected_paths: ~/.ssh"
    assert not engine.check_path("~/.ssh/config").allowed
    assert engine.check_path(str(tmp_path / "proj" / ".env.local")).rule == "protected_paths: .env.*"
    assert engine.check_path(str(tmp_path / "certs" / "server.key")).rule == "protected_paths: *.key"
    assert engine.check_path(str(tmp_path / "deploy" / "id_rsa")).rule == "protected_paths: id_rsa*"
    assert engine.check_path(str(tmp_path / "proj" / "src" / "main.py")).allowed
    assert engine.check_path(str(tmp_path / "proj" / "id_generator.py")).allowed
    link = tmp_path / "innocent"
    link.symlink_to(ssh)
    assert engine.check_path(str(link / "known_hosts")).rule == "protected_paths: ~/.ssh"
    res = engine.sanitize("file content", source="cursor", destination="context_store", path=str(fifo))
    assert res.blocked and res.text == "" and "protected_paths: ~/.ssh" in res.reason


def test_check_path_rejects_bad_input(engine):
    with pytest.raises(InvalidInput):
        engine.check_path("")
    with pytest.raises(InvalidInput):
        engine.check_path(12)


def test_data_flow_policy_and_audit(engine, context, data_dir):
    v = engine.can_flow({"secret"}, "remote_tool")
    assert not v.allowed and v.verdict == "block" and v.rule == "data_flow.policy.secret.remote_tool"
    assert engine.can_flow(set(), "remote_tool").verdict == "allow"
    # another local tool gets names and home paths anonymized / relativized, like every other destination
    assert engine.can_flow({"pii", "user-path"}, "local_tool").verdict == "sanitize"
    assert engine.can_flow({"public"}, "local_tool").verdict == "allow"
    assert engine.can_flow({"secret", "pii"}, "local_model").verdict == "pseudonymize"
    with pytest.raises(InvalidInput):
        engine.can_flow({"secret"}, "the_internet")
    with pytest.raises(InvalidInput):
        engine.can_flow({"credit-card"}, "log")
    res = engine.sanitize(context["text"], source="cursor", destination="remote_tool")
    assert res.blocked and res.text == "" and res.reason == "forbidden by data_flow.policy.secret.remote_tool"
    entries = [json.loads(line) for line in (data_dir / "logs" / AUDIT_FILE).read_text().splitlines()]
    blocked = [e for e in entries if e["op"] == "sanitize" and e.get("verdict") == "block"]
    assert blocked and {"secret", "pii", "user-path"} <= set(blocked[-1]["labels"])
    assert all({"source", "destination", "verdict"} <= set(e) for e in entries if e["op"] == "sanitize")
    assert os.stat(data_dir / "logs" / AUDIT_FILE).st_mode & 0o777 == 0o600
    assert _grep(data_dir, context["aws"]) == [] and _grep(data_dir, context["password"]) == []


def test_local_model_pseudonyms_restore_for_the_owner_only(engine, context):
    res = engine.sanitize(context["text"], source="cursor", destination="local_model", session="m1")
    assert context["gh"] not in res.text and "<github_token_1>" in res.text
    answer = "I rotated <github_token_1> and <aws_access_key_1>; <password_1> stays. <unknown_9> is not ours."
    restored = engine.restore(answer, session="m1", tool="cursor", data_sharing="filtered")
    assert context["gh"] in restored and context["aws"] in restored and context["password"] in restored
    assert "<unknown_9>" in restored
    with pytest.raises(Forbidden):
        engine.restore(answer, session="m1", tool="other-tool", data_sharing="filtered")
    with pytest.raises(Forbidden):
        engine.restore(answer, session="m1", tool="cursor", data_sharing="none")
    with pytest.raises(UnknownSession):
        engine.restore(answer, session="never-made", tool="cursor", data_sharing="filtered")


def test_redacted_values_are_not_restorable(engine, context):
    engine.sanitize(context["text"], source="cursor", destination="context_store", session="c1")
    assert engine.restore("<github_token_1>", session="c1", tool="cursor", data_sharing="full") == "<github_token_1>"


def test_stream_restorer_handles_a_pseudonym_split_across_tokens(engine, context):
    engine.sanitize(context["text"], source="cursor", destination="local_model", session="st")
    restorer = engine.stream_restorer(session="st", tool="cursor", data_sharing="filtered")
    tokens = ["Use ", "<git", "hub_", "token", "_1", "> or a <", "b> tag and <aws_access_key_", "1>", " <"]
    out = "".join(restorer.feed(t) for t in tokens) + restorer.flush()
    assert out == f"Use {context['gh']} or a <b> tag and {context['aws']} <"
    partial = engine.stream_restorer(session="st", tool="cursor", data_sharing="filtered")
    assert partial.feed("key: <github_tok") == "key: "   # held back until it is complete or not a marker
    assert partial.flush() == "<github_tok"


def test_vault_sessions_expire_and_never_leave_memory(rules, user_home, context):
    rules["limits"] = {"vault_ttl_s": 0.05}
    engine = PrivacyEngine(rules, audit_dir=None, home=str(user_home), user=USER)
    engine.sanitize(context["text"], source="cursor", destination="local_model", session="ttl")
    assert engine.restore("<github_token_1>", session="ttl", tool="cursor", data_sharing="full") == context["gh"]
    time.sleep(0.3)
    with pytest.raises(UnknownSession):
        engine.restore("<github_token_1>", session="ttl", tool="cursor", data_sharing="full")
    engine.sanitize(context["text"], source="cursor", destination="local_model", session="p")
    with pytest.raises(TypeError):
        pickle.dumps(engine._vault)
    with pytest.raises(TypeError):
        pickle.dumps(engine._vault.session("p", "cursor"))
    assert context["gh"] not in repr(engine._vault.session("p", "cursor"))
    assert engine.end_session("p") and not engine.end_session("p")


def test_oversize_input_is_blocked_whole_and_audited(rules, user_home, data_dir):
    rules.setdefault("limits", {}).update(max_input_chars=1000, chunk_chars=400, chunk_overlap=100)
    engine = PrivacyEngine(rules, audit_dir=data_dir, home=str(user_home), user=USER)
    res = engine.sanitize("x" * 1001, source="cursor", destination="context_store")
    assert res.blocked and res.text == "" and "max_input_chars" in res.reason
    with pytest.raises(InputTooLarge):
        engine.scan("x" * 1001)
    entry = json.loads((data_dir / AUDIT_FILE).read_text().splitlines()[-1])
    assert entry["blocked"] and entry["error"] == "InputTooLarge"


def test_timeout_fails_closed(rules, user_home, data_dir, context):
    rules.setdefault("limits", {}).update(timeout_ms=1e-6, timeout_ms_per_mib=1e-6)   # passed at the first check
    engine = PrivacyEngine(rules, audit_dir=data_dir, home=str(user_home), user=USER)
    res = engine.sanitize(context["text"], source="cursor", destination="context_store")
    assert res.blocked and res.text == "" and "timed out" in res.reason
    assert json.loads((data_dir / AUDIT_FILE).read_text().splitlines()[-1])["error"] == "ScanTimeout"
    assert redact_for_log  # the log path has its own engine; see test_log_redaction_fails_closed


def test_any_exception_fails_closed(engine, data_dir):
    res = engine.sanitize(b"AKIA bytes are not text", source="cursor", destination="context_store")
    assert res.blocked and res.text == "" and res.summary["error"] == "InvalidInput"
    res = engine.sanitize("hello", source="cursor", destination="nowhere")
    assert res.blocked and res.text == ""
    lines = (data_dir / "logs" / AUDIT_FILE).read_text().splitlines()
    assert [json.loads(x)["verdict"] for x in lines[-2:]] == ["block", "block"]


def test_chunks_overlap_so_a_secret_on_the_boundary_is_found(rules, user_home):
    rules.setdefault("limits", {}).update(chunk_chars=1000, chunk_overlap=200)
    engine = PrivacyEngine(rules, audit_dir=None, home=str(user_home), user=USER)
    rng = random.Random(9)
    keys = [corpus.checksummed("ghp_", rng) for _ in range(6)]
    text = ""
    for k in keys:                      # every key straddles a multiple of the chunk step (800)
        text += "." * (800 * (len(text) // 800 + 1) - len(text) - 20) + " " + k + " "
    out = engine.sanitize(text, source="t", destination="context_store").text
    assert all(k not in out for k in keys)
    assert [f.type for f in engine.scan(text)] == ["github_pat"] * len(keys)


def test_allowlist_is_salted_hashes(rules, user_home):
    rng = random.Random(10)
    allowed, other = corpus.fill("AKIA{b32:16}", rng), corpus.fill("AKIA{b32:16}", rng)
    salt = "s0me-long-random-salt"
    rules["allowlist"] = {"salt": salt, "hashes": [allowlist_entry(allowed, salt)]}
    assert allowed not in json.dumps(rules)
    engine = PrivacyEngine(rules, audit_dir=None, home=str(user_home), user=USER)
    out = engine.sanitize(f"{allowed} {other}", source="t", destination="context_store").text
    assert out == f"{allowed} <aws_access_key_1>"


def test_hash_and_block_actions(rules, user_home):
    rules["sanitization_rules"]["api_keys"] = "hash"
    rules["sanitization_rules"]["private_keys"] = "block"
    engine = PrivacyEngine(rules, audit_dir=None, home=str(user_home), user=USER)
    key = corpus.fill("AKIA{b32:16}", random.Random(11))
    a = engine.sanitize(key, source="t", destination="context_store").text
    b = engine.sanitize(f"again {key}", source="t", destination="context_store").text
    assert a.startswith("<aws_access_key#") and b == f"again {a}"
    pem, _ = corpus.pem_case("EC PRIVATE KEY")(random.Random(12))
    res = engine.sanitize(pem, source="t", destination="context_store")
    assert res.blocked and "sanitization_rules.private_keys: block" in res.reason


def test_other_users_homes_on_any_os(engine):
    text = r"C:\Users\bob\notes.txt /Users/carol/src \"C:\\Users\\dave\\x\""
    out = engine.sanitize(text, source="t", destination="context_store").text
    assert out == r"C:\Users\<user_1>\notes.txt /Users/<user_2>/src \"C:\\Users\\<user_3>\\x\""


def test_paths_and_identities(engine, user_home):
    text = (f"{user_home}/proj/a.py {user_home}/notes.md {user_home}2/x /home/alice/data {USER} "
            f"{USER}_backup {USER}@build-host jdoe.smith@corp-mail.com")
    res = engine.sanitize(text, source="t", destination="context_store", project_root=f"{user_home}/proj")
    assert res.text == (f"a.py ~/notes.md {user_home}2/x /home/<user_1>/data <user_2> {USER}_backup "
                        f"<user_2>@build-host <email_1>")


def test_config_errors_name_the_key(rules):
    bad = [
        ({"sensitive_patterns": ["no_such_family"]}, "privacy_rules.sensitive_patterns[0]"),
        ({"sanitization_rules": {"api_keys": "shred"}}, "privacy_rules.sanitization_rules.api_keys"),
        ({"data_flow": {"policy": {"secret": {"log": "maybe"}}}}, "privacy_rules.data_flow.policy.secret.log"),
        ({"sensitive_patterns": [{"name": "bad", "pattern": "(unclosed"}]}, "sensitive_patterns.bad"),
        ({"limits": {"chunk_chars": -1}}, "privacy_rules.limits.chunk_chars"),
        ({"allowlist": {"salt": "short", "hashes": ["0" * 64]}}, "privacy_rules.allowlist.salt"),
        ({"restore": ["full"]}, "privacy_rules.restore"),
        ({"protected_paths": "~/.ssh"}, "privacy_rules.protected_paths"),
        ({"limits": {"chunk_chars": 100, "chunk_overlap": 80}}, "privacy_rules.limits"),
    ]
    for section, field in bad:
        with pytest.raises(ConfigError) as e:
            PrivacyEngine(section, audit_dir=None, home="/home/x", user="x")
        assert e.value.field == field, (section, e.value.field)


def test_log_redaction(tmp_path):
    rng = random.Random(13)
    gh, pw = corpus.checksummed("ghp_", rng), corpus.password(rng)
    configure_log_redaction(None, home="/home/jdoe", user="jdoe", audit_dir=tmp_path)
    line = f"pushing with {gh} to postgres://ci:{pw}@db/app from /home/jdoe/src"
    out = redact_for_log(line)
    assert gh not in out and pw not in out and "<redacted:github_token>" in out
    assert redact_for_log("plain message") == "plain message"
    assert redact_for_log(12345) == "12345"
    assert redact_for_log(base64.b64encode(b"x" * 10).decode()) == base64.b64encode(b"x" * 10).decode()


def test_log_redaction_fails_closed(tmp_path):
    configure_log_redaction({"limits": {"max_input_chars": 10}}, audit_dir=tmp_path, home="/home/x", user="x")
    try:
        assert redact_for_log("a" * 11) == "<redacted: privacy check failed>"
        assert json.loads((tmp_path / AUDIT_FILE).read_text())["error"] == "InputTooLarge"
    finally:
        configure_log_redaction(None)


def test_import_is_cheap_and_lazy():
    """Importing the package does not compile patterns; the log processor pays on first use only."""
    import subprocess
    import sys
    code = ("import sys, actors.privacy.engine as e; "
            "print('re2' in sys.modules, e.logredact._engine is None)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    assert out.stdout.split() == ["False", "True"]


def test_an_unwritable_audit_log_blocks_rather_than_passes(rules, user_home, tmp_path):
    audit_dir = tmp_path / "audit"
    (audit_dir / AUDIT_FILE).mkdir(parents=True)       # the log path is a directory: every write fails
    engine = PrivacyEngine(rules, audit_dir=audit_dir, home=str(user_home), user=USER)
    res = engine.sanitize("nothing secret here", source="t", destination="context_store")
    assert res.blocked and res.text == "" and "IsADirectoryError" in res.reason
