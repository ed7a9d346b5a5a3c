"""Crash recovery: kill -9 of a real writer process, torn tails, corrupt records and snapshots."""
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from actors.context import ContextStore
from actors.context.log import encode

from ctx_helpers import ROOT

WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from actors.context import ContextStore
    from actors.shared.seal import load_or_create_key, seal

    data, keyfile = Path(sys.argv[1]), Path(sys.argv[2])
    key = load_or_create_key(keyfile)
    store = ContextStore(data, {"store": {"segment_max_bytes": 65536}}, seal_key=key)
    print("READY", flush=True)
    i = 0
    while True:
        r = {"source": "shell", "project": "p%d" % (i % 3), "kind": "command",
             "content": "burst record %d " % i + "y" * (i % 300), "session": "s%d" % (i % 5)}
        ctx = store.preserve(r, seal(key, r))
        print("P", ctx.id, i, flush=True)
        if i % 7 == 3:
            store.archive([ctx.id])
            print("A", ctx.id, flush=True)
        if i % 11 == 5:
            store.delete(ctx.id)
            print("D", ctx.id, flush=True)
        if i % 50 == 0:
            store.process_pending()
        i += 1
""")


def test_kill_9_during_a_burst_loses_nothing_acknowledged(tmp_path, key):
    data = tmp_path / "data"
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    acked: dict[str, int] = {}
    archived, deleted = set(), set()
    for round_ in range(2):  # the second round writes on top of a recovered store
        proc = subprocess.Popen([sys.executable, str(script), str(data),
                                 str(tmp_path / "keys" / "seal.key")],
                                stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        lines = []
        assert proc.stdout.readline().strip() == "READY"
        while len(lines) < 400 + 150 * round_:
            line = proc.stdout.readline()
            assert line, "writer died early"
            lines.append(line)
        proc.send_signal(signal.SIGKILL)
        rest = proc.stdout.read()
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
        complete = ("".join(lines) + rest).split("\n")[:-1]  # a partial last line proves nothing
        for line in complete:
            parts = line.split()
            if parts[0] == "P":
                acked[parts[1]] = int(parts[2])
            elif parts[0] == "A":
                archived.add(parts[1])
            elif parts[0] == "D":
                deleted.add(parts[1])
        with ContextStore(data, {}, seal_key=key) as s:
            assert not [d for d in s.recovery["damage"] if not d["torn_tail"]]
            for rid, i in acked.items():
                if rid in deleted:
                    assert rid not in s
                    continue
                if i % 11 == 5 and rid not in s:
                    continue  # deleted, killed before it could say so: allowed
                ctx = s.get(rid)
                assert ctx.content == "burst record %d " % i + "y" * (i % 300)
                if rid in archived:
                    assert ctx.tier == "archived"
                elif i % 7 != 3:
                    assert ctx.tier == "active"
            some = next(rid for rid in acked if rid not in deleted)
            hits = s.query("burst record %d" % acked[some], k=100)
            assert some in [h.id for h in hits]
    assert len(acked) > 600 and deleted and archived


def _segment(data: Path) -> Path:
    return sorted((data / "contexts" / "active").glob("*.log"))[-1]


def _fill(store, sealed, n=10):
    return [store.preserve(*sealed(f"record {i} text")) for i in range(n)]


def test_torn_tail_is_cut_and_reported(data_dir, key, sealed):
    with ContextStore(data_dir, {}, seal_key=key) as s:
        ctxs = _fill(s, sealed)
    torn = encode({"op": "put", "seq": 99, "ctx": {"id": "never-acked"}})
    seg = _segment(data_dir)
    size = seg.stat().st_size
    with open(seg, "ab") as f:
        f.write(torn[: len(torn) // 2])
    with ContextStore(data_dir, {}, seal_key=key) as s:
        assert s.recovery["torn_tail_bytes"] == len(torn) // 2
        assert s.recovery["lost_bytes"] == 0
        assert seg.stat().st_size == size
        assert [s.get(c.id).content for c in ctxs] == [c.content for c in ctxs]
        s.preserve(*sealed("after repair"))
    with ContextStore(data_dir, {}, seal_key=key) as s:
        assert s.recovery["damage"] == [] and len(s) == 11


def test_corrupt_record_in_the_middle_is_isolated_and_saved(data_dir, key, sealed):
    with ContextStore(data_dir, {}, seal_key=key) as s:
        ctxs = _fill(s, sealed)
    seg = _segment(data_dir)
    raw = bytearray(seg.read_bytes())
    at = raw.find(b"record 4 text")
    raw[at:at + 6] = b"XXXXXX"  # payload no longer matches its checksum
    hdr = raw.find(b"record 7 text")
    magic = raw.rfind(b"\x00CX1", 0, hdr)
    raw[magic:magic + 4] = b"\xff\xff\xff\xff"  # a damaged header: reader must resync
    seg.write_bytes(bytes(raw))
    with ContextStore(data_dir, {}, seal_key=key) as s:
        rec = s.recovery
        mid = [d for d in rec["damage"] if not d["torn_tail"]]
        assert len(mid) == 2 and rec["lost_bytes"] > 0
        assert all(Path(d["saved_to"]).exists() for d in mid)
        assert b"XXXXXX" in Path(mid[0]["saved_to"]).read_bytes()
        alive = {c.id for c in ctxs} - {ctxs[4].id, ctxs[7].id}
        assert set(s.ids()) == alive
        assert s.query("record text", k=20) and ctxs[4].id not in [h.id for h in
                                                                     s.query("record", k=20)]
    with ContextStore(data_dir, {}, seal_key=key) as s:
        assert s.recovery["damage"] == []  # the segment was rewritten from intact records
        assert set(s.ids()) == alive


def test_damaged_or_stale_snapshot_is_rebuilt_or_repaired(data_dir, key, sealed):
    with ContextStore(data_dir, {}, seal_key=key) as s:
        first = _fill(s, sealed, 5)
        s.save_snapshot()
        shutil.copy(s.layout.index / "snapshot.bin", data_dir / "old-snapshot")
        more = [s.preserve(*sealed(f"later note {i}")) for i in range(5)]
        s.delete(first[0].id)
    snap = data_dir / "contexts" / "index" / "snapshot.bin"
    shutil.copy(data_dir / "old-snapshot", snap)  # as if the last snapshot never happened
    with ContextStore(data_dir, {}, seal_key=key) as s:
        idx = s.recovery["index"]
        assert idx["snapshot_used"] and (idx["missing"], idx["extra"]) == (5, 1)
        assert {h.id for h in s.query("later", k=20)} == {c.id for c in more}
    snap.write_bytes(snap.read_bytes()[:-10] + b"garbage!!!")
    with ContextStore(data_dir, {}, seal_key=key) as s:
        assert s.recovery["index"]["snapshot_used"] is False
        assert s.recovery["index"]["missing"] == 9
        assert {h.id for h in s.query("later", k=20)} == {c.id for c in more}


def test_stale_versions_left_by_a_crash_are_scrubbed(data_dir, key, sealed):
    with ContextStore(data_dir, {}, seal_key=key) as s:
        c = s.preserve(*sealed("moving context"))
        loc = s._entries[c.id].loc
        raw = s.layout.tier("active").joinpath(f"{loc.segno:08d}.log").read_bytes()
        record_bytes = raw[loc.offset:loc.offset + loc.length]
        s.archive([c.id])
    # a crash between the append to archived/ and the scrub in active/ leaves both versions
    seg = _segment(data_dir)
    data = bytearray(seg.read_bytes())
    data[loc.offset:loc.offset + loc.length] = record_bytes
    seg.write_bytes(bytes(data))
    with ContextStore(data_dir, {}, seal_key=key) as s:
        assert s.recovery["stale_versions_scrubbed"] == 1
        assert s.get(c.id).tier == "archived"
    assert b"moving context" not in seg.read_bytes()
