import hashlib
import io
import json
import tarfile
import threading
import time

import pytest

from actors.context import (BackupError, ContextEngine, ContextStore, InvalidRecord, StoreLocked, backup,
                            restore)
from actors.shared.settings import ConfigHistoryError, config_versions, rollback_config, save_config
from actors.context.metrics import Histogram
from actors.shared.seal import seal


def test_histogram_quantiles_are_within_a_bucket():
    h = Histogram()
    for ms in range(1, 101):
        h.add(ms / 1000)
    assert 0.045 <= h.quantile(0.5) <= 0.063
    assert 0.099 <= h.quantile(0.99) <= 0.126
    assert Histogram().quantile(0.5) is None


def test_usage_metrics_persist_across_restarts(open_engine, sealed, data_dir):
    e = open_engine()
    for i in range(3):
        e.preserve(*sealed(f"note {i}"))
    e.query("note")
    snap = e.metrics_snapshot()
    assert snap["usage"]["preserve"]["count"] == 3 and snap["usage"]["query"]["count"] == 1
    p99 = snap["usage"]["preserve"]["p99_ms"]
    assert p99 > 0               # recorded, not judged
    assert snap["store"]["contexts"]["active"] == 3
    e.close()
    saved = json.loads((data_dir / "metrics" / "usage" / "usage.json").read_text())
    assert saved["counts"]["preserve"] == 3
    e2 = open_engine()
    e2.preserve(*sealed("one more"))
    assert e2.metrics_snapshot()["usage"]["preserve"]["count"] == 4


def test_errors_are_counted(open_engine):
    e = open_engine()
    with pytest.raises(Exception):
        e.preserve({"content": "x"}, "bad")
    assert e.metrics_snapshot()["counts"]["preserve.errors"] == 1


def test_resource_samples_are_stored_per_day_and_summarized(open_engine, clock, data_dir):
    e = open_engine()
    e.record_resources([{"actor": "llm", "pid": 10, "cpu_percent": 50.0, "rss_bytes": 1000},
                        {"actor": "router", "pid": 11, "cpu_percent": 1.5, "rss_bytes": 200}])
    e.record_resources([{"actor": "llm", "pid": 10, "cpu_percent": 30.0, "rss_bytes": 3000}])
    res = e.metrics_snapshot()["resources"]
    assert res["llm"]["samples"] == 2 and res["llm"]["cpu_avg"] == 40.0
    assert res["llm"]["rss_max_bytes"] == 3000 and res["router"]["cpu_max"] == 1.5
    files = list((data_dir / "metrics" / "resources").glob("*.jsonl"))
    assert len(files) == 1
    with pytest.raises(InvalidRecord):
        e.record_resources([{"actor": "x", "cpu_percent": -1, "rss_bytes": 0}])
    with pytest.raises(InvalidRecord):
        e.record_resources([{"cpu_percent": 1, "rss_bytes": 0}])
    clock.advance(40 * 86400)
    e.record_resources([{"actor": "llm", "cpu_percent": 1, "rss_bytes": 1}])
    assert len(list((data_dir / "metrics" / "resources").glob("*.jsonl"))) == 1  # old day pruned


def test_backup_and_restore_round_trip(open_engine, sealed, tmp_path, data_dir, key, clock):
    user_config = data_dir / "config.json"       # the user's overrides travel with the data dir
    save_config(user_config, {"context": {"query": {"default_k": 7}}})
    e = open_engine()
    kept = [e.preserve(*sealed(f"kept note {i}", session="s")).id for i in range(5)]
    e.process_pending(force=True)
    report = e.backup(tmp_path / "b.tar.gz")
    assert report["files"] > 3
    # life goes on after the backup: more writes, a delete, a config change
    later = e.preserve(*sealed("written after the backup")).id
    e.delete(kept[0])
    save_config(user_config, {"context": {"query": {"default_k": 3}}})
    e.close()
    out = restore(tmp_path / "b.tar.gz", data_dir)
    assert "contexts" in out["replaced"] and out["previous_state"]
    with ContextEngine(data_dir, {}, seal_key=key, clock=clock) as e2:
        assert sorted(e2.store.ids("active")) == sorted(kept)
        assert later not in e2.store
        assert e2.get(kept[0]).content == "kept note 0"
        assert e2.recovery["index"]["snapshot_used"] is False  # the index is rebuilt
        assert len(e2.query("kept note", k=20, tier="active")) == 5
        assert e2.query("", tier="synthesized")
    assert json.loads(user_config.read_text())["context"]["query"]["default_k"] == 7


def test_backup_is_consistent_while_writes_continue(open_engine, key, tmp_path, data_dir, clock):
    e = open_engine({"store": {"segment_max_bytes": 8192}})
    stop, written = threading.Event(), []

    def writer():
        i = 0
        while not stop.is_set():
            r = {"source": "t", "kind": "note", "content": f"concurrent {i} " + "z" * 50}
            written.append(e.preserve(r, seal(key, r)).id)
            if i % 5 == 0:
                e.archive([written[-1]])
            if i % 9 == 0:
                e.delete(written[-2] if len(written) > 1 else written[-1])
            i += 1
    t = threading.Thread(target=writer)
    t.start()
    try:
        deadline = time.monotonic() + 60
        while len(written) < 200 and t.is_alive() and time.monotonic() < deadline:
            time.sleep(0.005)
        assert len(written) >= 200, "the writer thread stopped"
        e.backup(tmp_path / "live.tar")
    finally:
        stop.set()
        t.join()
    e.close()
    target = tmp_path / "restored"
    restore(tmp_path / "live.tar", target)
    with ContextStore(target, {}, seal_key=key) as s:
        assert s.recovery["damage"] == [] and s.recovery["unreadable_records"] == 0
        assert len(s) >= 100
        for rid in s.ids():
            assert s.get(rid).content.startswith("concurrent ")


def test_offline_backup_refuses_an_open_store_and_restore_refuses_damage(
        open_store, sealed, tmp_path, data_dir):
    s = open_store()
    s.preserve(*sealed("x"))
    with pytest.raises(StoreLocked):
        backup(data_dir, tmp_path / "x.tar")
    with pytest.raises(StoreLocked):
        restore(tmp_path / "x.tar", data_dir)
    s.close()
    path = backup(data_dir, tmp_path / "ok.tar")["path"]
    raw = bytearray(open(path, "rb").read())
    at = raw.find(b'"x"')
    raw[at + 1] = ord("Y")
    (tmp_path / "bad.tar").write_bytes(bytes(raw))
    with pytest.raises(BackupError, match="checksum"):
        restore(tmp_path / "bad.tar", data_dir)
    (tmp_path / "junk.tar").write_bytes(b"not a tar")
    with pytest.raises(BackupError):
        restore(tmp_path / "junk.tar", data_dir)


def _crafted(path, entries):
    """A tar whose manifest lists every member (so only the name check can stop one), like a
    backup an attacker made by hand. ``entries``: (TarInfo, bytes or None)."""
    files = {}
    with tarfile.open(path, "w") as tar:
        for info, data in entries:
            if data is not None:
                info.size = len(data)
                files[info.name] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
        raw = json.dumps({"format": 1, "files": files}).encode()
        m = tarfile.TarInfo("MANIFEST.json")
        m.size = len(raw)
        tar.addfile(m, io.BytesIO(raw))


@pytest.mark.parametrize("name", ["data/../../escape", "data/contexts/../../../escape", "../escape",
                                  "{abs}/escape", "data/keys/clients/evil.key", "data/run/bus.ipc",
                                  "data/unexpected/file", "configs/bus.json"])
def test_restore_checks_every_name_before_it_creates_anything(tmp_path, data_dir, name):
    name = name.format(abs=tmp_path)
    evil = tmp_path / "evil.tar"
    before = sorted(str(p) for p in tmp_path.rglob("*"))
    _crafted(evil, [(tarfile.TarInfo("data/config.json"), b"{}"), (tarfile.TarInfo(name), b"x")])
    with pytest.raises(BackupError, match="unsafe"):
        restore(evil, data_dir)
    after = sorted(str(p) for p in tmp_path.rglob("*") if not str(p).endswith("evil.tar"))
    assert set(after) - set(before) <= {str(data_dir), str(data_dir / "contexts"),
                                        str(data_dir / "contexts" / ".lock")}    # the lock restore takes
    assert not (data_dir / "config.json").exists()                         # nothing went in


@pytest.mark.parametrize("kind", [tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.CHRTYPE, tarfile.FIFOTYPE,
                                  tarfile.DIRTYPE])
def test_restore_refuses_links_devices_and_anything_not_a_file(tmp_path, data_dir, kind):
    link = tarfile.TarInfo("data/contexts/active/0000.log")
    link.type, link.linkname = kind, "/etc/passwd"
    evil = tmp_path / "evil.tar"
    _crafted(evil, [(link, None)])
    with pytest.raises(BackupError):
        restore(evil, data_dir)
    assert not (data_dir / "contexts" / "active" / "0000.log").exists()


def test_config_history_keeps_previous_versions(tmp_path):
    cfg = tmp_path / "c.json"
    assert save_config(cfg, {"v": 1}) is None
    kept = save_config(cfg, {"v": 2}, now=1000.0)
    assert json.loads(kept.read_text()) == {"v": 1}
    assert save_config(cfg, {"v": 2}) is None  # unchanged: no new version
    save_config(cfg, {"v": 3}, now=2000.0)
    assert [json.loads(p.read_text())["v"] for p in config_versions(cfg)] == [2, 1]
    restored = rollback_config(cfg)
    assert json.loads(cfg.read_text()) == {"v": 2} and json.loads(restored.read_text())["v"] == 2
    assert json.loads(config_versions(cfg)[0].read_text()) == {"v": 3}  # the version replaced is kept
    rollback_config(cfg)                     # a second rollback goes one further back ...
    assert json.loads(cfg.read_text()) == {"v": 1}
    with pytest.raises(ConfigHistoryError, match="no older"):
        rollback_config(cfg)                 # ... until there is none
    rollback_config(cfg, config_versions(cfg)[0].name)      # and a named version goes forward again
    assert json.loads(cfg.read_text()) == {"v": 3}
    with pytest.raises(ConfigHistoryError):
        save_config(cfg, "{not json")
    for i in range(30):
        save_config(cfg, {"v": 10 + i}, keep=5)
    assert len(config_versions(cfg)) == 5
