"""A full disk (a real, small tmpfs): the write is refused, nothing half-written stays behind, and
writes succeed again once there is space — without reopening the store."""
from __future__ import annotations

import os
import subprocess

import pytest

from actors.context import ContextStore, StorageError
from actors.shared.seal import seal


@pytest.fixture
def small_disk(tmp_path):
    where = tmp_path / "disk"
    where.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where)], capture_output=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.decode().strip()}")
    yield where
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


def test_full_disk_refuses_cleanly_and_recovers_when_space_is_freed(small_disk, key):
    data = small_disk / "data"
    store = ContextStore(data, {"index": {"snapshot_after_changes": 10**9}}, seal_key=key)
    filler = small_disk / "filler"
    filler.write_bytes(b"\0" * (1024 * 1024 - 256 * 1024))

    acked, refused = {}, 0
    for i in range(400):
        rec = {"source": "shell", "kind": "note", "content": f"n{i:04d} " + "x" * 2000}
        try:
            acked[store.preserve(rec, seal(key, rec)).id] = rec["content"]
        except StorageError:
            refused += 1
            if refused >= 5:
                break
    assert refused >= 5 and acked
    segment = max((data / "contexts" / "active").glob("*.log"))
    size_when_full = segment.stat().st_size

    filler.unlink()
    rec = {"source": "shell", "kind": "note", "content": "after the disk had room again"}
    acked[store.preserve(rec, seal(key, rec)).id] = rec["content"]
    assert segment.stat().st_size > size_when_full
    store.close()

    reopened = ContextStore(data, {}, seal_key=key)
    try:
        assert reopened.recovery["damage"] == []          # the refused writes left no torn bytes
        for rid, content in acked.items():
            assert reopened.get(rid).content == content
    finally:
        reopened.close()
