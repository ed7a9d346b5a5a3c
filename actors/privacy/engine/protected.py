"""Protected paths: decided from the path alone, before anything opens the file.

An entry with a ``/`` (or starting with ``~``) protects that file or directory and everything
below it; an entry without one is a name glob (``*.pem``, ``.env*``, ``id_rsa*``) matched against
every component of the path. Globs are translated to RE2, like every pattern that meets input.
Both the path as given and its symlink-resolved form are checked, so a link into ``~/.ssh`` is
refused too.
"""
from __future__ import annotations

import os

from .errors import ConfigError, InvalidInput
from .model import PathVerdict

_GLOB = frozenset("*?[")


def _glob_to_re2(glob: str) -> str:
    out, i, n = [], 0, len(glob)
    while i < n:
        c = glob[i]
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = glob.find("]", i + 2)
            if j < 0:
                out.append(r"\[")
            else:
                body = glob[i + 1:j].replace("\\", "\\\\")
                out.append("[^" + body[1:] + "]" if body.startswith("!") else "[" + body + "]")
                i = j
        else:
            out.append("\\" + c if not c.isalnum() else c)
        i += 1
    return "".join(out)


class ProtectedPaths:
    def __init__(self, entries: tuple[str, ...], *, home: str | None):
        import re2
        self._home = home
        opts = re2.Options()
        opts.log_errors = False
        opts.case_sensitive = False
        self._prefixes: list[tuple[str, str]] = []     # (absolute prefix, rule)
        self._globs = []                                # (compiled, applies_to_full_path, rule)
        for entry in entries:
            rule = f"protected_paths: {entry}"
            expanded = entry
            if entry == "~" or entry.startswith("~/"):
                if not home:
                    continue   # nothing to protect without a home directory
                expanded = home.rstrip("/") + entry[1:]
            full = "/" in expanded
            if full:
                expanded = os.path.normpath(expanded)
            if any(c in _GLOB for c in expanded):
                try:
                    rx = re2.compile(_glob_to_re2(expanded) + ("(?:/.*)?" if full else ""), opts)
                except re2.error as e:
                    raise ConfigError(f"bad protected path glob {entry!r}: {e}",
                                      field="privacy_rules.protected_paths") from e
                self._globs.append((rx, full, rule))
            elif full:
                prefix = expanded.rstrip("/") or "/"
                self._prefixes.append((prefix, rule))
                real = os.path.realpath(prefix)     # ~/.ssh may itself be reached through a link
                if real != prefix:
                    self._prefixes.append((real, rule))
            else:
                self._globs.append((re2.compile(_glob_to_re2(expanded), opts), False, rule))

    def check(self, path, *, base: str | None = None) -> PathVerdict:
        try:
            raw = os.fspath(path)
        except TypeError:
            raise InvalidInput("path must be a string or path-like", field="path") from None
        if isinstance(raw, bytes):
            raw = os.fsdecode(raw)
        if not raw or "\0" in raw:
            raise InvalidInput("path must be non-empty and free of NUL", field="path")
        candidates = [self._absolute(raw, base, self._home)]
        try:
            real = os.path.realpath(candidates[0])
        except (OSError, ValueError):
            real = None
        if real and real != candidates[0]:
            candidates.append(real)
        for p in candidates:
            rule = self._match(p)
            if rule:
                return PathVerdict(False, rule)
        return PathVerdict(True, None)

    @staticmethod
    def _absolute(raw: str, base: str | None, home: str | None) -> str:
        if raw == "~" or raw.startswith("~/"):
            raw = (home or os.path.expanduser("~")) + raw[1:]
        if not os.path.isabs(raw):
            raw = os.path.join(base or os.getcwd(), raw)
        return os.path.normpath(raw)

    def _match(self, p: str) -> str | None:
        for prefix, rule in self._prefixes:
            if p == prefix or p.startswith(prefix + "/") or prefix == "/":
                return rule
        parts = [c for c in p.split("/") if c]
        for rx, full, rule in self._globs:
            if full:
                if rx.fullmatch(p):
                    return rule
            elif any(rx.fullmatch(c) for c in parts):
                return rule
        return None
