import os
import stat
import threading

import pytest

from actors.shared.seal import SealError, load_or_create_key, seal, verify


def test_seal_verifies_the_same_payload_in_any_key_order(key):
    a = {"source": "editor", "content": "x", "metadata": {"b": 1, "a": [1, 2]}}
    b = {"metadata": {"a": [1, 2], "b": 1}, "content": "x", "source": "editor"}
    assert verify(key, b, seal(key, a))


@pytest.mark.parametrize("change", [
    lambda r: r.update(content="y"),
    lambda r: r.update(extra=1),
    lambda r: r["metadata"].update(a=2),
    lambda r: r.pop("source"),
])
def test_any_change_breaks_the_seal(key, change):
    r = {"source": "editor", "content": "x", "metadata": {"a": 1}}
    s = seal(key, r)
    change(r)
    assert not verify(key, r, s)


def test_other_key_and_garbage_seals_fail_without_raising(key, tmp_path):
    r = {"content": "x"}
    other = load_or_create_key(tmp_path / "other.key")
    assert not verify(other, r, seal(key, r))
    for bad in (None, "", "v1:", "v1:zz", 42, "v1:" + "0" * 64, "\udcff"):
        assert not verify(key, r, bad)
    assert not verify(key, ["not", "a", "dict"], seal(key, r))


def test_unsealable_payloads_raise_a_typed_error(key):
    with pytest.raises(SealError):
        seal(key, {"x": b"bytes"})
    with pytest.raises(SealError):
        seal(key, {"x": float("nan")})
    with pytest.raises(SealError):
        seal(b"short", {"x": 1})


def test_key_file_is_private_and_stable(tmp_path):
    path = tmp_path / "k" / "seal.key"
    k1 = load_or_create_key(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert load_or_create_key(path) == k1 and len(k1) == 32
    os.chmod(path, 0o644)
    assert load_or_create_key(path) == k1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_concurrent_creation_agrees_on_one_key(tmp_path):
    path = tmp_path / "race.key"
    keys, threads = [], [threading.Thread(target=lambda: keys.append(load_or_create_key(path)))
                         for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(keys)) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["race.key"]


def test_a_damaged_key_file_is_refused(tmp_path):
    path = tmp_path / "bad.key"
    path.write_bytes(b"short")
    with pytest.raises(SealError):
        load_or_create_key(path)
