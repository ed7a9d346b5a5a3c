"""Where the user shows up in text: their home and project paths, other homes, their login name.

Home and project prefixes are literal strings, found with ``str.find``; other users' home folders
need a pattern and get RE2 like everything else that reads untrusted text.
"""
from __future__ import annotations

from .matcher import byte_to_char_map
from .model import Finding

# Characters that end a path in running text (``/home/u/x.py:12``, ``"…"``, ``(…)``).
_PATH_STOP = frozenset(" \t\r\n\"'`<>|;,()[]{}:*?")
_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
# Account names that identify nobody; anonymizing every "root" in prose would only hurt readability.
GENERIC_ACCOUNTS = frozenset({"root", "admin", "administrator", "user", "ubuntu", "ec2-user", "runner",
                              "vagrant", "nobody", "www-data", "postgres", "git", "docker", "debian",
                              "centos", "fedora", "pi", "shared", "public", "default", "guest"})


class IdentityFinder:
    def __init__(self, *, home: str | None, user: str | None):
        import re2
        from re2 import _re2
        self.home = home.rstrip("/\\") if home and home.strip("/\\") else None
        self.user = user or None
        self._token_user = bool(self.user and len(self.user) >= 2 and self.user.lower() not in GENERIC_ACCOUNTS)
        opts = re2.Options()
        opts.log_errors = False
        self._anchor = _re2.RE2.Anchor.UNANCHORED
        self._other_home = _re2.RE2(rb"(?:/home/|/Users/|[A-Za-z]:\\{1,2}Users\\{1,2})([^/\\\s\"'<>`|;,()\[\]{}:*?]+)",
                                    opts)

    def find(self, text: str, project_root: str | None, rule_action: str) -> list[Finding]:
        out: list[Finding] = []
        prefixes = []
        root = project_root.rstrip("/\\") if project_root and project_root.strip("/\\") else None
        if root:
            prefixes.append((root, "project_path"))
        if self.home and self.home != root:
            prefixes.append((self.home, "home_path"))
        for prefix, kind in prefixes:
            out.extend(self._prefix_findings(text, prefix, kind, rule_action))
        out.extend(self._other_homes(text))
        if self._token_user:
            out.extend(self._user_tokens(text))
        return out

    def _prefix_findings(self, text: str, prefix: str, kind: str, action: str) -> list[Finding]:
        out = []
        n = len(prefix)
        i = text.find(prefix)
        while i >= 0:
            after = i + n
            before_ok = i == 0 or text[i - 1] in _PATH_STOP or text[i - 1] in "=@" or text[i - 1:i + 1] == "//"
            if after < len(text) and text[after] in "/\\":
                end, rest = after + 1, True
            elif after == len(text) or text[after] in _PATH_STOP or text[after] == ".":
                end, rest = after, False
            else:
                end = -1   # /home/jon2 is not under /home/jon
            if before_ok and end > 0:
                if action == "relativize":
                    repl = ("" if rest else ".") if kind == "project_path" else ("~/" if rest else "~")
                else:
                    repl = None
                out.append(Finding(kind, "path", "user-path", i, end, "sanitization_rules.paths", "path", repl))
            i = text.find(prefix, after)
        return out

    def _other_homes(self, text: str) -> list[Finding]:
        if "/home/" not in text and "/Users/" not in text and "\\Users\\" not in text:
            return []
        data = text.encode("utf-8", "surrogatepass")
        spans = []
        pos, n = 0, len(data)
        while pos < n:
            m = self._other_home.Match(self._anchor, data, pos, n)
            if m[0][0] < 0:
                break
            s, e = m[1]
            name = data[s:e].decode("utf-8", "replace")
            if name.lower() not in GENERIC_ACCOUNTS and not name.startswith("<"):
                spans.append((s, e))
            pos = m[0][1] if m[0][1] > pos else pos + 1
        if spans and not text.isascii():
            to_char = byte_to_char_map(data, {o for span in spans for o in span})
            spans = [(to_char[s], to_char[e]) for s, e in spans]
        rule = "sanitization_rules.usernames"
        return [Finding("other_user", "identity", "pii", s, e, rule, "user") for s, e in spans]

    def _user_tokens(self, text: str) -> list[Finding]:
        out = []
        user, n = self.user, len(self.user)
        i = text.find(user)
        while i >= 0:
            j = i + n
            if (i == 0 or text[i - 1] not in _WORD) and (j == len(text) or text[j] not in _WORD):
                out.append(Finding("username", "identity", "pii", i, j, "sanitization_rules.usernames", "user"))
            i = text.find(user, j)
        return out
