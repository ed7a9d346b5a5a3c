"""The configuration: the shipped defaults are complete and valid, every layer merges over them, a
misspelt key or a wrong type is an error naming the key and where it was set, and the CLI shows
origins, refuses values the mesh could not use and steps back through the history."""
import json
import subprocess
import sys

import msgspec
import pytest

from actors.shared import settings
from actors.shared.settings.schema import Settings


def test_the_shipped_defaults_decode_into_the_typed_settings(home):
    loaded = settings.load(home, environ={})
    assert isinstance(loaded.settings, Settings)
    assert set(loaded.origins.values()) == {"default"}
    # every key of the typed structure has its value in configs/*.json (declared once, there),
    # except the message limit, which the protocol declares
    typed = msgspec.to_builtins(loaded.settings)
    assert loaded.merged["bus"].get("max_message_bytes") is None
    assert typed["bus"]["max_message_bytes"] == 8 << 20


def test_layers_merge_in_order_with_their_origins(home):
    (home / "config.json").write_text(json.dumps({"bus": {"heartbeat_ms": 100}, "router": {"keepalive_s": 4}}))
    loaded = settings.load(home, environ={"ENCLAVE__router__keepalive_s": "7", "ENCLAVE__logging__level": "debug"})
    s = loaded.settings
    assert (s.bus.heartbeat_ms, s.router.keepalive_s, s.logging.level) == (100, 7, "debug")
    assert s.bus.max_queue == settings.defaults()["bus"]["max_queue"]
    assert loaded.origins["bus.heartbeat_ms"] == str(home / "config.json")
    assert loaded.origins["router.keepalive_s"] == "environment"
    assert loaded.origins["bus.max_queue"] == "default"


def test_entry_maps_inherit_their_default_entry(home):
    (home / "config.json").write_text(json.dumps({"tools": {"zed": {"integration_type": "deep"}},
                                                  "model_configs": {"tiny": {"context_size": 512}}}))
    s = settings.load(home, environ={}).settings
    assert s.tools["zed"].integration_type == "deep"
    assert s.tools["zed"].privacy == s.tools["default"].privacy
    assert (s.model_configs["tiny"].context_size, s.model_configs["tiny"].threads) == \
        (512, s.model_configs["default"].threads)


@pytest.mark.parametrize("override, key", [
    ({"bus": {"heartbeat_msx": 100}}, "bus.heartbeat_msx"),                 # a typo
    ({"router": {"idle_timeout_s": "abc"}}, "router.idle_timeout_s"),        # a wrong type
    ({"llm_resources": {"memory_per_model": "lots"}}, "llm_resources.memory_per_model"),
    ({"tools": {"zed": {"privacy": {"data_sharing": "everything"}}}}, "tools.zed.privacy.data_sharing"),
    ({"llm_roles": {"poetry": ["x"]}}, "llm_roles"),
    ({"context": {"query": {"bm25_b": 3}}}, "context.query.bm25_b"),
    ({"privacy_rules": {"sensitive_patterns": ["api_key", "nonsense"]}}, "privacy_rules.sensitive_patterns.1"),
])
def test_a_bad_user_config_is_an_error_naming_the_key_and_the_file(home, override, key):
    (home / "config.json").write_text(json.dumps(override))
    with pytest.raises(settings.ConfigError) as e:
        settings.load(home, environ={})
    assert str(e.value).startswith(key) and "config.json" in str(e.value)


def test_unparsable_user_config_and_bad_environment(home):
    (home / "config.json").write_text("{oops")
    with pytest.raises(settings.ConfigError, match="config.json.*line 1"):
        settings.load(home, environ={})
    (home / "config.json").unlink()
    with pytest.raises(settings.ConfigError, match="environment"):
        settings.load(home, environ={"ENCLAVE__bus__liveness": "many"})


def _cli(home, *args):
    return subprocess.run([sys.executable, "-m", "actors.cli", *args], capture_output=True, text=True,
                          env={"ENCLAVE_HOME": str(home), "PATH": "/usr/bin:/bin"}, timeout=60)


def test_config_show_lists_every_value_with_its_origin(home):
    (home / "config.json").write_text(json.dumps({"router": {"keepalive_s": 3}}))
    out = _cli(home, "config", "show", "--json")
    assert out.returncode == 0, out.stderr
    shown = json.loads(out.stdout)
    assert shown["settings"]["router"]["keepalive_s"] == 3
    assert shown["origins"]["router.keepalive_s"].endswith("config.json")
    assert shown["origins"]["router.capacity"] == "default"
    text = _cli(home, "config", "show", "bus").stdout
    assert "bus.heartbeat_ms" in text and "(default)" in text


def test_config_set_refuses_what_the_mesh_could_not_use(home):
    bad = _cli(home, "config", "set", "router.idle_timeout_s", '"abc"')
    assert bad.returncode == 2 and "router.idle_timeout_s" in bad.stderr and "Traceback" not in bad.stderr
    assert not (home / "config.json").exists()          # nothing was written
    typo = _cli(home, "config", "set", "router.idle_timeout", "3")
    assert typo.returncode == 2 and "unknown key" in typo.stderr
    assert _cli(home, "config", "set", "router.idle_timeout_s", "20").returncode == 0
    assert json.loads((home / "config.json").read_text()) == {"router": {"idle_timeout_s": 20}}


def test_config_rollback_steps_back_through_the_history(home):
    for value in (10, 20, 30):
        assert _cli(home, "config", "set", "router.idle_timeout_s", str(value)).returncode == 0

    def current():
        return json.loads((home / "config.json").read_text())["router"]["idle_timeout_s"]
    assert current() == 30
    assert _cli(home, "config", "rollback").returncode == 0 and current() == 20
    assert _cli(home, "config", "rollback").returncode == 0 and current() == 10   # not an undo of the last
    last = _cli(home, "config", "rollback")
    assert last.returncode == 2 and "no older version" in last.stderr
    history = json.loads(_cli(home, "config", "history", "--json").stdout)
    assert len(history["versions"]) == 3 and history["current"]


def test_a_process_refuses_to_start_on_a_bad_config(home):
    (home / "config.json").write_text(json.dumps({"router": {"capacity": "lots"}}))
    up = _cli(home, "up")
    assert up.returncode == 2 and "router.capacity" in up.stderr and "Traceback" not in up.stderr
    run = subprocess.run([sys.executable, "-m", "actors.run", "router"], capture_output=True, text=True,
                         env={"ENCLAVE_HOME": str(home), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert run.returncode == 2 and "router.capacity" in run.stderr
