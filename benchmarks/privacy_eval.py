"""Scoring of secret detectors on the held-out privacy corpus; knows no scanner.

A detector is anything that returns, per text, a list of hits with `.start`/`.end`
code-point offsets (e.g. `benchmarks.anchors.Hit`).  Scoring is by overlap, not exact
span equality, because scanners disagree on span boundaries (a whole
`password=...` match versus the value alone) and a user is warned either way.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

SCORED_FILES = ("secrets.jsonl", "evasions.jsonl", "negatives.jsonl")


@dataclass(frozen=True)
class Span:
    id: str  # "<sample id>:<index in its secrets list>"
    type: str
    start: int
    end: int
    value: str


@dataclass(frozen=True)
class Sample:
    id: str
    kind: str  # "secret" | "evasion" | "negative"
    container: str
    label: str  # case type for positives, class for negatives
    text: str
    spans: tuple[Span, ...] = ()
    encoding: str | None = None  # evasions only


@dataclass
class Corpus:
    samples: list[Sample]  # secrets, then evasions, then negatives (file order)
    pii: list[dict]  # raw pii.jsonl records, not part of secret scoring

    @property
    def texts(self) -> list[str]:
        return [s.text for s in self.samples]

    @property
    def names(self) -> list[str]:
        return [file_name(s.container) for s in self.samples]


def load(corpus_dir: str | Path) -> Corpus:
    root = Path(corpus_dir)
    samples: list[Sample] = []
    for file_, kind in zip(SCORED_FILES, ("secret", "evasion", "negative")):
        for line in (root / file_).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            spans = tuple(
                Span(f"{r['id']}:{i}", s["type"], s["start"], s["end"], s["value"])
                for i, s in enumerate(r.get("secrets", ()))
            )
            for sp in spans:  # a wrong offset would silently corrupt every score
                if r["text"][sp.start:sp.end] != sp.value:
                    raise ValueError(f"{file_}: span {sp.id} does not match its text")
            samples.append(Sample(r["id"], kind, r["container"], r.get("type") or r.get("class", ""),
                                  r["text"], spans, r.get("encoding")))
    pii_path = root / "pii.jsonl"
    pii = [json.loads(x) for x in pii_path.read_text(encoding="utf-8").splitlines() if x.strip()] \
        if pii_path.exists() else []
    return Corpus(samples, pii)


# Exact names for containers that are whole, conventionally named files, then
# (token of the container kind -> name).  The point is only to give each scanner the
# file kind a user's real file would have (several pick rules or parsers by name).
_EXACT = {
    "dockerfile": "Dockerfile", "makefile": "Makefile", "jenkinsfile": "Jenkinsfile",
    "crontab": "crontab", "known_hosts": "known_hosts", "authorized_keys": "authorized_keys",
    "aws_credentials_file": "credentials", "gem_credentials": "credentials",
    "cargo_credentials": "credentials.toml", "pgpass": ".pgpass", "pypirc": ".pypirc",
    "my_cnf": "my.cnf", "sentryclirc": ".sentryclirc", "terraformrc": ".terraformrc",
    "gitlab_ci_variables": ".gitlab-ci.yml", "circleci_config": "config.yml",
    "azure_pipelines_yaml": "azure-pipelines.yml", "yarn_lock": "yarn.lock",
    "package_lock": "package-lock.json", "cargo_lock": "Cargo.lock", "poetry_lock": "poetry.lock",
    "pnpm_lock": "pnpm-lock.yaml", "go_sum": "go.sum", "requirements_hashes": "requirements.txt",
    "terraform_state": "terraform.tfstate", "dotenv_example": ".env.example",
    "laravel_env": ".env", "wp_config": "wp-config.php", "gradle_properties": "gradle.properties",
    "maven_settings": "settings.xml", "nuget_config": "NuGet.Config", "mcp_server_config": "mcp.json",
    "systemd_unit": "app.service", "wpa_supplicant": "wpa_supplicant.conf",
    "ipsec_secrets": "ipsec.secrets", "kafka_jaas": "kafka_jaas.conf", "odbc_ini": "odbc.ini",
    "age_key_file": "keys.txt", "rails_master_key_file": "master.key", "putty_ppk_file": "key.ppk",
    "cloud_init": "cloud-config.yaml", "cloud_init_chpasswd": "cloud-config.yaml",
    "aws_configure_set": "run.sh", "ecs_task_definition": "task-definition.json",
}
_BY_TOKEN = [  # first rule whose token is one of the "_"-separated words wins
    ("dotenv", ".env"), ("npmrc", ".npmrc"), ("netrc", ".netrc"), ("compose", "docker-compose.yml"),
    ("actions", "workflow.yml"), ("kubeconfig", "kubeconfig.yaml"), ("tfvars", "terraform.tfvars"),
    ("properties", "application.properties"), ("output", "output.txt"), ("json", "config.json"),
    ("yaml", "config.yaml"), ("yml", "config.yml"), ("k8s", "manifest.yaml"), ("helm", "values.yaml"),
    ("kustomization", "kustomization.yaml"), ("ansible", "vars.yml"), ("sops", "secrets.yaml"),
    ("sealed", "sealed-secret.yaml"), ("jupyter", "cell.py"), ("python", "app.py"),
    ("django", "settings.py"), ("boto3", "app.py"), ("ts", "config.ts"), ("jest", "jest.setup.js"),
    ("pm2", "ecosystem.config.js"), ("js", "app.js"), ("go", "main.go"), ("java", "App.java"),
    ("kotlin", "App.kt"), ("rust", "main.rs"), ("swift", "App.swift"), ("dart", "main.dart"),
    ("ruby", "app.rb"), ("php", "config.php"), ("csharp", "Program.cs"), ("c", "main.c"),
    ("elixir", "config.exs"), ("terraform", "main.tf"), ("hcl", "main.tf"), ("xml", "config.xml"),
    ("toml", "config.toml"), ("markdown", "README.md"), ("rst", "README.rst"), ("html", "index.html"),
    ("css", "style.css"), ("sql", "query.sql"), ("powershell", "script.ps1"), ("windows", "setup.bat"),
    ("csv", "export.csv"), ("log", "app.log"), ("pem", "key.pem"), ("ini", "config.ini"),
    ("conf", "app.conf"), ("shell", "script.sh"), ("curl", "run.sh"), ("docker", "run.sh"),
    ("cli", "run.sh"), ("cmd", "run.sh"), ("login", "run.sh"), ("http", "request.http"),
    ("diff", "change.diff"),
]


def file_name(container: str) -> str:
    """A realistic file name for a container kind (plain text when nothing fits)."""
    words = container.split("_")
    return _EXACT.get(container) or next((n for t, n in _BY_TOKEN if t in words), "notes.txt")


def _overlaps(hit: Any, span: Span) -> bool:
    return hit.start < span.end and span.start < hit.end


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def score(name: str, hits_per_text: Sequence[Sequence[Any]], corpus: Corpus,
          seconds: float | None = None) -> dict:
    """Score one detector; `hits_per_text` is aligned with `corpus.samples`."""
    if len(hits_per_text) != len(corpus.samples):
        raise ValueError(f"{name}: {len(hits_per_text)} hit lists for {len(corpus.samples)} texts")
    tp = fp = neg_flagged = negatives = 0
    caught: set[str] = set()
    by = {k: defaultdict(lambda: [0, 0]) for k in ("type", "container", "encoding")}  # [caught, total]
    n_span = {"secret": [0, 0], "evasion": [0, 0]}
    missed: list[str] = []
    for sample, hits in zip(corpus.samples, hits_per_text):
        # Several rules reporting the same span are one warning to a user: count it once.
        hits = list({(h.start, h.end): h for h in hits}.values())
        if sample.kind == "negative":
            negatives += 1
            fp += len(hits)
            neg_flagged += bool(hits)
            continue
        for h in hits:
            if any(_overlaps(h, sp) for sp in sample.spans):
                tp += 1
            else:
                fp += 1
        for sp in sample.spans:
            ok = any(_overlaps(h, sp) for h in hits)
            (caught.add if ok else missed.append)(sp.id)
            n_span[sample.kind][0] += ok
            n_span[sample.kind][1] += 1
            keys = {"type": sp.type, "container": sample.container} if sample.kind == "secret" \
                else {"encoding": sample.encoding or "?"}
            for k, v in keys.items():
                by[k][v][0] += ok
                by[k][v][1] += 1
    recall = _ratio(*n_span["secret"])
    precision = _ratio(tp, tp + fp)
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
    mbytes = sum(len(s.text.encode("utf-8")) for s in corpus.samples) / 1e6
    return {
        "tool": name,
        "recall": recall,  # secrets.jsonl spans
        "precision": precision,  # over hits on all scored texts (positives, evasions, negatives)
        "f1": f1,  # of `precision` and `recall`
        "fp_rate": _ratio(neg_flagged, negatives),  # negative texts with >= 1 hit
        "evasion_recall": _ratio(*n_span["evasion"]),
        "true_positives": tp, "false_positives": fp,
        "recall_by_type": {k: v[0] / v[1] for k, v in sorted(by["type"].items())},
        "recall_by_container": {k: v[0] / v[1] for k, v in sorted(by["container"].items())},
        "evasion_recall_by_encoding": {k: v[0] / v[1] for k, v in sorted(by["encoding"].items())},
        "caught": sorted(caught),
        "missed": missed,
        "seconds": seconds,
        "mb_per_s": mbytes / seconds if seconds else None,
    }


def caught_by_others(results: dict[str, dict], ours: str) -> dict[str, list[str]]:
    """Span ids each other tool caught that `ours` missed."""
    mine = set(results[ours]["caught"])
    return {name: sorted(set(r["caught"]) - mine) for name, r in results.items() if name != ours}


def table(results: dict[str, dict]) -> str:
    cols = ("tool", "recall", "precision", "F1", "FP rate", "evasion recall", "MB/s")

    def pct(x: float | None) -> str:
        return "-" if x is None else f"{100 * x:.1f}%"

    rows = [(name, pct(r["recall"]), pct(r["precision"]), pct(r["f1"]), pct(r["fp_rate"]),
             pct(r["evasion_recall"]), "-" if r.get("mb_per_s") is None else f"{r['mb_per_s']:.3f}")
            for name, r in results.items()]
    widths = [max(len(c), *(len(row[i]) for row in rows)) if rows else len(c) for i, c in enumerate(cols)]
    fmt = lambda row: "  ".join(v.ljust(w) if i == 0 else v.rjust(w)  # noqa: E731
                                for i, (v, w) in enumerate(zip(row, widths)))
    return "\n".join([fmt(cols), fmt(tuple("-" * w for w in widths)), *map(fmt, rows)])
