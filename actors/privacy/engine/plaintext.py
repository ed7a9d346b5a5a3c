"""Passwords in plain text where their container expects them protected: a user:password file's plain line
beside a hashed one (a line waiting for ``mosquitto_passwd -U``, an htpasswd edited by hand) or in a file a comment
says is still to be hashed, a .NET SecureString filled from a literal. In the catalog after ``forms``'."""
from __future__ import annotations

from .patterns import Detector

# a password file's line: a user, then a crypt(3) or LDAP-scheme hash, or a plain password (no hash's marks)
_PASSWD_USER = r"[\w.@\-]{1,64}"
_PASSWD_HASH = r"(?:\$(?:[0-9]{1,2}|2[abxy]|apr1|gy|y)\$[^\s:]+|\{(?i:s?sha(?:256|512)?|bcrypt|pbkdf2[\w\-]*|argon2\w*)\}[^\s:]+)"
_PASSWD_PLAIN = r"([^\s:$*!{][^\s:]{3,63})"

PLAINTEXT: tuple[Detector, ...] = (
    # a user:password file (mosquitto's, an htpasswd) some of whose lines are hashed: the others' plain text is a
    # password waiting for its hash (mosquitto_passwd -U), above or below the hashed line
    Detector("plain_beside_hashed_password", "assignment",
             rf"(?m:^){_PASSWD_USER}:{_PASSWD_HASH}[ \t]*\r?\n(?:{_PASSWD_USER}:[^\s]+[ \t]*\r?\n){{0,8}}?{_PASSWD_USER}:{_PASSWD_PLAIN}[ \t]*(?:\r?\n|$)|"
             rf"(?m:^){_PASSWD_USER}:{_PASSWD_PLAIN}[ \t]*\r?\n(?:{_PASSWD_USER}:[^\s]+[ \t]*\r?\n){{0,8}}?{_PASSWD_USER}:{_PASSWD_HASH}[ \t]*(?:\r?\n|$)",
             (":$", ":{"), "inline_password", "passwords", "password", False),
    # ... or a whole file a comment says is still to be hashed ("# mosquitto.pw before `mosquitto_passwd -U mosquitto.pw`")
    Detector("plain_before_hashing_password", "assignment",
             rf"#[^\r\n]*\bmosquitto_passwd[ \t]+-U\b[^\r\n]*\r?\n(?:[ \t]*#[^\r\n]*\r?\n)*(?:{_PASSWD_USER}:[^\s]+[ \t]*\r?\n){{0,8}}?"
             rf"{_PASSWD_USER}:{_PASSWD_PLAIN}[ \t]*(?:\r?\n|$)", ("mosquitto_passwd",), "inline_password", "passwords", "password", False),
    # a SecureString filled from a literal, a character at a time: only a password is kept so (any shape)
    Detector("secure_string_password", "assignment",
             r"\bforeach[ \t]*\([ \t]*(?:var|char)[ \t]+\w+[ \t]+in[ \t]+\"([^\"\r\n]{3,})\"[ \t]*\)[ \t]*\{?[ \t]*\w+\.AppendChar",
             ("appendchar",), "literal", "passwords", "password", False),
)
