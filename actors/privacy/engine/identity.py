"""Where people show up in text: the user's home and project paths and login name, and other
people — their home folders, and their account names where a format puts one (a shell prompt,
``USER=``, an ``ls -l`` owner, ``~name``, ``id``/``who`` output, a log's user field, sudoers) or their
names where a format puts one (``Author: Name <mail>``, ``CN=Name:mailto:``).

Home and project prefixes are literal strings, found with ``str.find``; everything else needs a
pattern and gets RE2, like everything else that reads untrusted text.
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
                              "centos", "fedora", "pi", "shared", "public", "default", "guest", "sudo", "wheel",
                              "adm", "staff", "users", "developers", "sys", "daemon", "bin", "nogroup", "svc",
                              "deploy", "jenkins", "app", "ci", "build", "node", "nginx", "apache", "mysql",
                              "redis", "ssh", "sshd", "systemd", "messagebus", "syslog", "games", "man", "mail",
                              "news", "backup", "operator", "local", "localhost", "invalid", "unknown"})
ACCOUNT = r"([a-z_][a-z0-9_.\-]{1,31})"
# Where a format puts an account name (group 1 is the name).
ACCOUNT_CONTEXTS = (
    rf"(?m:^)(?:\([^)\r\n]{{1,40}}\)[ \t]*)?{ACCOUNT}@[A-Za-z0-9.\-]{{1,63}}(?::|[ \t]+~|[ \t]+/)",  # prompt
    rf"\b(?:USER|LOGNAME|USERNAME|SUDO_USER|PGUSER)=[\"']?{ACCOUNT}",
    rf"(?m:^)[\-dlcbps][rwxsStT\-]{{9}}[.@+]?[ \t]+[0-9]+[ \t]+{ACCOUNT}[ \t]",       # ls -l owner
    rf"(?:^|[\s\"'=(:])~{ACCOUNT}(?:/|[ \t]|$)",                                     # ~name/...
    rf"(?:uid|gid|groups)=[0-9]+\({ACCOUNT}\)",                                        # id
    rf"(?m:^){ACCOUNT}[ \t]+(?:pts|tty|console)[/0-9]",                                # who
    rf"(?m:^)[0-9a-fA-F.:]{{3,45}}[ \t]+[^\s]+[ \t]+{ACCOUNT}[ \t]+\[",                # access log user
    rf"(?m:^){ACCOUNT}[ \t]+ALL[ \t]*=",                                               # sudoers
    rf"/var/(?:spool/)?mail/{ACCOUNT}",
    rf"\b(?:for|user)[ \t]+(?:invalid[ \t]+user[ \t]+)?{ACCOUNT}[ \t]+from[ \t]",      # sshd
)
NAME = r"([A-Z][A-Za-z\x{00C0}-\x{024F}'\-]{1,30}(?:[ \t]+[A-Z][A-Za-z\x{00C0}-\x{024F}'\-]{1,30}){1,3})"
# Where a format puts a person's name (group 1).
NAME_CONTEXTS = (
    rf"(?i:author|maintainer|signed-off-by|co-authored-by|reviewed-by|reported-by|committer)[ \t]*:[ \t]*{NAME}[ \t]*<",
    rf"\bname[ \t]*=[ \t]*\"{NAME}\"[ \t]*,[ \t]*email",
    rf"\bCN={NAME}:mailto:",
    rf"(?m:^)[0-9a-f]{{7,40}}[ \t]+(?:[^\s(]+[ \t]+)?\({NAME}[ \t]+[0-9]{{4}}-",           # git blame
    rf"\"(?:displayName|display_name|fullName|full_name|author_name|realName)\"[ \t]*:[ \t]*\"{NAME}\"",
    rf"(?m:^)[ \t]*[*\-][ \t]+{NAME}[ \t]+<[^@\s>]+@",                                  # AUTHORS lists
    rf"(?i:regards|cheers|thanks|best|sincerely|greetings|gruß|grüße|cordialement),?[ \t]*\r?\n{NAME}[ \t]*(?:\r?\n|$)",
)


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
        self._accounts = _re2.RE2("|".join(ACCOUNT_CONTEXTS).encode(), opts)
        self._names = _re2.RE2("|".join(NAME_CONTEXTS).encode(), opts)
        assert self._accounts.ok() and self._names.ok(), "identity context patterns must compile"

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
        named = self._in_contexts(text, self._accounts, "other_user", "user", GENERIC_ACCOUNTS) + \
            self._in_contexts(text, self._names, "person_name", "person", frozenset())
        out.extend(named)
        out.extend(_echoes(text, named))
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

    def _in_contexts(self, text: str, rx, kind: str, marker: str, generic: frozenset) -> list[Finding]:
        """Every name a context pattern captures (whichever group took part), skipping generic ones."""
        data = text.encode("utf-8", "surrogatepass")
        spans, pos, n = [], 0, len(data)
        while pos < n:
            m = rx.Match(self._anchor, data, pos, n)
            if m[0][0] < 0:
                break
            s, e = next((g for g in m[1:] if g[0] >= 0), (-1, -1))
            if s >= 0 and data[s:e].decode("utf-8", "replace").lower() not in generic:
                spans.append((s, e))
            pos = m[0][1] if m[0][1] > pos else pos + 1
        if spans and not text.isascii():
            to_char = byte_to_char_map(data, {o for span in spans for o in span})
            spans = [(to_char[s], to_char[e]) for s, e in spans]
        return [Finding(kind, "identity", "pii", s, e, "sanitization_rules.usernames", marker) for s, e in spans]

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


def _echoes(text: str, named: list[Finding]) -> list[Finding]:
    """A name found in one place, wherever else it stands as a whole word (``ls -l``'s group column,
    a later mention): once a format said it is someone's, every occurrence is."""
    spans = {(f.start, f.end) for f in named}
    out = []
    for value, f in {text[f.start:f.end]: f for f in named}.items():
        i = text.find(value)
        while i >= 0:
            j = i + len(value)
            if (i, j) not in spans and (i == 0 or text[i - 1] not in _WORD) and (j == len(text) or text[j] not in _WORD):
                out.append(Finding(f.type, f.category, f.label, i, j, f.rule, f.kind))
            i = text.find(value, j)
    return out
