"""Values that stand in for a secret rather than being one: a template variable, an environment
indirection, a YAML alias, ``<your-token>``, ``changeme``, a run of one character."""
from __future__ import annotations

import re

# Substrings that mark a value as a stand-in, not a credential (compared case-insensitively).
_PLACEHOLDER_PARTS = (
    "example", "placeholder", "your_", "your-", "yourpass", "yourtoken", "yourkey", "****",
    "....", "${", "{{", "$(", "process.env", "os.environ", "environ[", "environ.get",
    "getenv", "env(", "env[", "secrets.", "vault:", "keyring.get", "keyring.set", "keyring:", "keyring(", "keyring get", "keyring_get", "dummy", "redacted", "changeme",
    "change_me", "change-me", "replace_me", "replace-me", "replaceme", "insert_", "fake_", "_fake", "fake-", "-fake", "fakefake",
    "sample_", "#{", "@{", "***", "enc(", "&quot", "&#34", "&apos", "&#39", "0123456789", "1234567890", "abcdef0123",
    "...", "\u2026", "password", "passwd", "<(",     # (<(echo …): a shell's process substitution
    "\u2022\u2022\u2022", "\u25cf\u25cf\u25cf", "\u00b7\u00b7\u00b7",   # sk_live_••••NgOS: a dashboard's mask
    # what to put there, not what is there: "not-a-real-key-0000", "generate-with-openssl-rand-hex-32"
    "not-a-real", "not_a_real", "notareal", "not-real", "not_real", "generate-with", "generate_with", "openssl-rand", "openssl_rand",
    "replace-with", "replace_with", "todo-", "todo_", "todo:", "tbd-", "tbd_", "test-only", "test_only", "not-a-", "not_a_",
    "-fixture", "_fixture", "fixture-", "fixture_",      # a test's own: "hunter2-fixture"
    "do-not-use", "do_not_use", "donotuse", "not-for-prod", "not_for_prod",   # "test-token-do-not-use-686"
)
# Whole values that are stand-ins (compared case-insensitively, quotes stripped).
_PLACEHOLDER_WORDS = frozenset("""
password passwd pass passphrase pwd secret secrets token tokens key apikey api_key api-key accesskey
access_key secretkey secret_key private_key privatekey credential credentials auth bearer basic
changeme changeit default example sample test testing tests dummy fake foo bar baz qux null none nil
undefined true false yes no empty redacted hidden masked todo tbd required optional string str bytes
value values text secret123 password123 admin root user username login mypassword mysecret mytoken
*sensitive*data*deleted* hunter2 letmein qwerty abc123 test123 test1234 test12345 testpass testpassword demo demo123 demo1234 demo12345 123456 1234567 12345678 123456789 1234567890 your_token your_password public private
client_secret clientsecret your_api_key aws4-hmac-sha256 minioadmin scram-sha-256 scram-sha-1 argon2id bcrypt pbkdf2
id_rsa id_ed25519 id_ecdsa id_dsa neo4j testing123
passwort kennwort contraseña contrasena senha wachtwoord lösenord losenord пароль hasło haslo şifre sifre parola
salasana passord adgangskode lozinka jelszó heslo contrasenya
""".split())


_parts_rx = None
_PERCENT_NAMED = re.compile(r"%\([A-Za-z_][\w.\-]*\)[sdrif]?")
_SECRET_VERSION = re.compile(r"[a-z][a-z0-9_\-]*:(?:latest|[0-9]{1,4})(?:,|$)")
_ENV_REFERENCE = re.compile(r"(?:^|[=/:])\$[A-Z][A-Z0-9_]{2,}(?:/|$)")
# a test's stand-in named for what it stands in for: test-token-50, fake_api_key_2, dummy-secret
# a demo or training account's: a stand-in word and a short number (Training123, Demo1234)
_DEMO = re.compile(r"(?i)(?:base64:)?(?:demo|training|trainee|sample|example|dummy|fake|tobemodified)[0-9]{0,4}!?"
                   r"(?:,(?:demo|training|tobemodified)[0-9]{0,4})*")   # (Strapi's APP_KEYS=toBeModified1,toBeModified2)
_FIXTURE = re.compile(r"(?:test|fake|dummy|mock|sample|stub)[-_](?:[a-z0-9]+[-_]){0,2}?(?:(?:api|jwt|access|auth|bearer|session|refresh)[-_]?)?"
                      r"(?:token|key|secret|password|pass|pw|bearer|jwt|auth)"
                      r"(?:[-_][0-9]{1,4})?", re.I)
# (not bcrypt's $2a$: CurseForge's API keys are written so)
_DISTINGUISHED_NAME = re.compile(r"(?i)(?:cn|uid)=[^,=\s]+(?:,[ ]?(?:cn|uid|ou|o)=[^,=]+)*(?:,[ ]?dc=[^,=]+)+")   # (under a domain)
_PASSWORD_HASH = re.compile(r"(?:[0-9]\|)?\$(?:argon2(?:id|i|d)|[156]|pbkdf2[\w\-]*|scrypt|y|gy|7|sha1|md5|apr1|[SPH]|wp\$2[aby]?)\$|"   # ($S$ Drupal's, $P$/$H$ phpass, $wp$2y$ WordPress 6.8's bcrypt; Nextcloud's 3|…)
                            r"(?:pbkdf2_sha(?:1|256)|bcrypt_sha256|argon2|scrypt)\$|SCRAM-SHA-(?:1|256)\$[0-9]+:|"   # Django's; PostgreSQL's
                            r"(?:scrypt:[0-9]+:[0-9]+:[0-9]+|pbkdf2:sha[0-9]+(?::[0-9]+)?)\$")   # Werkzeug's
_ASK_SOMEONE = re.compile(r"(?i)ask[-_](?:[a-z]+[-_]){0,2}[a-z]+")   # who has it, not what it is: ask-Rowan, ask_the_office
_FLAG = re.compile(r"--?[a-z][a-z\-]{1,30}[:=]?|/[a-z]{2,12}:?")
_CHAR_RANGES = re.compile(r"(?:[A-Za-z0-9]-[A-Za-z0-9]){2,}[+/_.=\-]*")
_CODE_POINT = re.compile(r"U\+[0-9A-Fa-f]{4,6}(?:(?:\.\.|-|–)U\+[0-9A-Fa-f]{4,6})?")   # (or a range)
_REPLACE_TOKEN = re.compile(r"__[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*__")
_DESCRIBED = re.compile(r"\w+-(?:encoded|compressed|encrypted|enciphered|escaped|obfuscated|wrapped|reversed|hashed|"
                        r"scrambled|shifted|rotated|packed)")
_NAME = re.compile(r"[{(]?[A-Za-z_][\w.\-]*[})]?")    # trusted patterns on short values
_VAR = re.compile(r"[{(]|[A-Z_][A-Z0-9_]+\b|[A-Za-z_]\w*$")  # ${..}, $(..), $UPPER_NAME..., $name


def _has_placeholder_part(value: str) -> bool:
    """One RE2 pass for all the parts (compiled on first use; values are untrusted text)."""
    global _parts_rx
    if _parts_rx is None:
        import re2
        from re2 import _re2
        opts = re2.Options()
        opts.case_sensitive = False
        opts.log_errors = False
        opts.never_capture = True
        rx = _re2.RE2(b"|".join(re2.escape(p.encode()) for p in _PLACEHOLDER_PARTS), opts)
        anchor = _re2.RE2.Anchor.UNANCHORED
        _parts_rx = lambda data: rx.Match(anchor, data, 0, len(data))[0][0] >= 0  # noqa: E731
    return _parts_rx(value.encode("utf-8", "surrogatepass"))


def is_placeholder(value: str) -> bool:
    """True for values that stand in for a secret rather than being one."""
    v = value.strip().strip("\"'`")
    if len(v) < 3:
        return True
    low = v.lower()
    if low in _PLACEHOLDER_WORDS:
        return True
    if v[0] in ":{[&" or (v[0] == "?" and v[1:].replace("_", "").isalpha()) or (v[0] == "(" and (v[-1] == ")" or len(v) < 24 or v[1:].replace("-", "").isalpha())) or (v[0] in "*@" and _NAME.fullmatch(v[1:].rstrip("@"))) or (v[0] == "%" and v[-1] == "%") or \
            (v[0] == "$" and _VAR.match(v[1:])):
        return True  # $VAR, %VAR%, *ref, @param, {template}, [list], (none), (ConvertTo-SecureString, ${VAR:?required}'s
        # message — not a long random key that starts with one
    if len(set(low)) <= 3:
        return True  # aaaa, 0000, xxx-xxx
    if len(v) > 4 and v.startswith("**") and v.endswith("**"):
        return True  # Metabase's "**MetabasePass**": what an API shows in a password's place
    if _ENV_REFERENCE.search(v):
        return True  # file=$ORACLE_HOME/dbs/orapw: a path built from a variable
    if _DESCRIBED.fullmatch(v):
        return True  # "the token is base45-encoded": how it is written, not what it is
    if _CHAR_RANGES.fullmatch(v):
        return True  # "Vigenère-shifted over 0-9A-Za-z": an alphabet's ranges, not a value
    if _CODE_POINT.fullmatch(v):
        return True  # "each one is U+E0000 plus the code": a character's number, named in prose
    if _REPLACE_TOKEN.fullmatch(v):
        return True  # Password=__FROM_USER_SECRETS__: a deploy step's replace token (Azure Pipelines' __Name__)
    if _DISTINGUISHED_NAME.fullmatch(v):
        return True  # cn=frontdesk,ou=svc,dc=shop,dc=lan: an LDAP entry's name, the user a password goes with
    if _PASSWORD_HASH.match(v):
        return True  # pw=$argon2id$v=19$…: what a password is stored as, not the password
    if _FLAG.fullmatch(v):
        return True  # ['-password', '/pass:']: another flag, not the value of one
    if _ASK_SOMEONE.fullmatch(v):
        return True  # EPOS_MANAGER_PASSWORD=ask-Rowan
    if _FIXTURE.fullmatch(v) or _DEMO.fullmatch(v):
        return True  # vi.stubEnv('API_TOKEN', 'test-token-50'): a fixture says what it fakes
    if _SECRET_VERSION.match(v):
        return True  # --set-secrets=DB_PASS=db-pass:latest: a Secret Manager name and version
    if _PERCENT_NAMED.search(v):
        return True  # %(db_password)s: Python's named format, filled in elsewhere (a random key may hold "%(")
    if "xxxx" in low and low.count("x") * 4 >= len(low):
        return True  # ghp_xxxxxxxx…, AKIAXXXX…: not a random token that happens to hold "xXxx"
    if _runs_after_prefix(v):
        return True  # xoxb-0000000000-0000000000-AAAAAAAAAAAA: a prefix then runs of one character
    if _angle_placeholder(v):
        return True  # <your-token>, <PASSWORD>
    user, colon, password = v.partition(":")
    if colon and low.count(":") == 1 and user.lower() in _PLACEHOLDER_WORDS and password.lower() in _PLACEHOLDER_WORDS:
        return True  # minioadmin:minioadmin, admin:admin: a default login, stand-ins both
    return _has_placeholder_part(v)


_SEGMENTS = re.compile(r"[-_.:/]")


def _runs_after_prefix(v: str) -> bool:
    """Every long segment is one character repeated, and they make up most of the value — or the value
    ends in one that does (``rubygems_000…``, ``cioAAAA…``, ``base64:AAAA…=``: a prefix and no token after it)."""
    runs = [s for s in _SEGMENTS.split(v) if len(s) >= 6]
    w = v.rstrip("=") or v          # (base64's padding after the run)
    tail = len(w) - len(w.rstrip(w[-1]))
    return (bool(runs) and all(len(set(s.lower())) == 1 for s in runs) and 10 * sum(map(len, runs)) >= 6 * len(v)) \
        or (tail >= 12 and 10 * tail >= 6 * len(v))


def _angle_placeholder(v: str) -> bool:
    """``<your-token>`` inside a value: words in angle brackets (WordPress salts hold ``<`` too)."""
    i = v.find("<")
    while i >= 0:
        j = v.find(">", i + 1)
        if j < 0:
            return False
        inner = v[i + 1:j]
        words = inner.replace("_", " ").replace("-", " ").split()
        if 2 <= len(inner) <= 40 and (inner.replace("_", "").replace("-", "").replace(" ", "").isalpha()
                                      or (len(words) >= 3 and "".join(words).isalnum())):   # <set-in-vault-lcw0>
            return True
        i = v.find("<", i + 1)
    return False
