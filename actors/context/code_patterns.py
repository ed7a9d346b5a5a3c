"""Code features of one edit: imports, idiom lines and naming/indentation/quote conventions.

Recurring features across a project's files become code patterns (see ``patterns.py``). An edit
that is a unified diff contributes only its added lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

LANGUAGES = {
    ".py": "python", ".pyi": "python", ".js": "javascript", ".jsx": "javascript",
    ".mjs": "javascript", ".ts": "typescript", ".tsx": "typescript", ".go": "go", ".rs": "rust",
    ".java": "java", ".kt": "kotlin", ".rb": "ruby", ".c": "c", ".h": "c", ".cc": "cpp",
    ".cpp": "cpp", ".hpp": "cpp", ".cs": "csharp", ".php": "php", ".sh": "shell",
}
IMPORT_RES = {
    "python": [re.compile(r"^\s*(import\s+[\w.]+(?:\s+as\s+\w+)?)\s*$"),
               re.compile(r"^\s*(from\s+[\w.]+\s+import\s+[\w.*]+(?:\s+as\s+\w+)?)\s*$")],
    "javascript": [re.compile(r"""^\s*import\s+.*?\s+from\s+(['"][^'"]+['"])"""),
                   re.compile(r"""require\((['"][^'"]+['"])\)""")],
    "go": [re.compile(r'^\s*(?:import\s+)?("[\w./-]+")\s*$')],
    "rust": [re.compile(r"^\s*(use\s+[\w:]+(?:::\{[^}]*\})?);")],
    "c": [re.compile(r"^\s*(#include\s*[<\"][^>\"]+[>\"])")],
}
IMPORT_RES["typescript"] = IMPORT_RES["javascript"]
IMPORT_RES["cpp"] = IMPORT_RES["c"]
DEF_RES = {
    "python": re.compile(r"^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)"),
    "javascript": re.compile(r"^\s*(?:export\s+)?(?:async\s+)?function\s+([A-Za-z_$][\w$]*)"),
    "go": re.compile(r"^\s*func\s+(?:\([^)]*\)\s*)?([A-Za-z_]\w*)"),
    "rust": re.compile(r"^\s*(?:pub\s+)?fn\s+([A-Za-z_]\w*)"),
}
DEF_RES["typescript"] = DEF_RES["javascript"]
STRING_RE = re.compile(r"""(?x) "(?:[^"\\\n]|\\.)*" | '(?:[^'\\\n]|\\.)*' """)
NUMBER_RE = re.compile(r"\b\d+(?:\.\d+)?\b")
WORD_RE = re.compile(r"[A-Za-z_]\w*")
COMMENT_RE = re.compile(r"^\s*(#|//|/\*|\*|--)")
MIN_IDIOM_WORDS = 3
MAX_IDIOM_CHARS = 120
TRIVIAL_LINES = frozenset({"else:", "try:", "pass", "return", "break", "continue", "}", "});",
                           "})", "end", "finally:", "return None", "return True", "return False",
                           "} else {", "return nil", "return self", "raise"})


@dataclass
class CodeFeatures:
    language: str | None
    imports: set[str] = field(default_factory=set)
    idioms: set[str] = field(default_factory=set)
    conventions: list[tuple[str, str]] = field(default_factory=list)  # (name, value) per sighting


def language_of(path: str | None, text: str, hint: str | None = None) -> str | None:
    if hint:
        return hint.lower()
    if path:
        for ext, lang in LANGUAGES.items():
            if path.lower().endswith(ext):
                return lang
    if re.search(r"^\s*(def |import |from \w+ import )", text, re.M):
        return "python"
    if re.search(r"^\s*(const |let |function |import .* from )", text, re.M):
        return "javascript"
    return None


def code_lines(text: str) -> list[str]:
    lines = text.splitlines()
    if sum(1 for ln in lines[:20] if ln.startswith(("@@", "+++", "---"))) >= 2:
        return [ln[1:] for ln in lines if ln.startswith("+") and not ln.startswith("+++")]
    return lines


def extract(text: str, path: str | None = None, hint: str | None = None) -> CodeFeatures:
    lines = code_lines(text)[:5000]
    lang = language_of(path, "\n".join(lines[:200]), hint)
    feats = CodeFeatures(lang)
    imports = IMPORT_RES.get(lang or "", [])
    def_re = DEF_RES.get(lang or "")
    indents = []
    for ln in lines:
        stripped = ln.strip()
        if not stripped or COMMENT_RE.match(ln):
            continue
        got = next((m.group(1) for r in imports for m in [r.search(ln)] if m), None)
        if got:
            feats.imports.add(" ".join(got.split()))
            continue
        if def_re:
            m = def_re.match(ln)
            if m:
                feats.conventions.append(("function naming", naming_style(m.group(1))))
        lead = len(ln) - len(ln.lstrip(" \t"))
        if lead:
            indents.append(ln[:lead])
        idiom = normalize_idiom(stripped)
        if idiom:
            feats.idioms.add(idiom)
    unit = indent_unit(indents)
    if unit:
        feats.conventions.append(("indentation", unit))
    quotes = quote_style(lines)
    if quotes:
        feats.conventions.append(("string quotes", quotes))
    return feats


def normalize_idiom(line: str) -> str | None:
    """A line with its literals abstracted, if it is substantial enough to be an idiom."""
    if len(line) > MAX_IDIOM_CHARS or line in TRIVIAL_LINES:
        return None
    norm = NUMBER_RE.sub("N", STRING_RE.sub("STR", line))
    norm = " ".join(norm.split())
    if norm in TRIVIAL_LINES or len(WORD_RE.findall(norm)) < MIN_IDIOM_WORDS:
        return None
    return norm


def naming_style(name: str) -> str:
    core = name.strip("_")
    if not core:
        return "other"
    if core.isupper() and "_" in core:
        return "UPPER_CASE"
    if "_" in core and core == core.lower():
        return "snake_case"
    if core[0].isupper():
        return "PascalCase"
    if any(c.isupper() for c in core):
        return "camelCase"
    return "lowercase"  # one word: consistent with snake_case and camelCase alike


def indent_unit(indents: list[str]) -> str | None:
    if not indents:
        return None
    if sum(1 for i in indents if i.startswith("\t")) > len(indents) / 2:
        return "tabs"
    widths = [len(i) for i in indents if not i.startswith("\t")]
    for unit in (4, 2, 8):
        if widths and sum(1 for w in widths if w % unit == 0) >= 0.9 * len(widths):
            return f"{unit} spaces" if unit != 8 else "8 spaces"
    return None


def quote_style(lines: list[str]) -> str | None:
    single = double = 0
    for ln in lines:
        for m in STRING_RE.finditer(ln):
            if m.group().startswith('"'):
                double += 1
            else:
                single += 1
    if single + double < 3:
        return None
    return "double" if double > single else "single" if single > double else None
