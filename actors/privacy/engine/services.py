"""Secrets in the files and consoles of particular servers and devices: where the place, not a name,
says the value is a password (a Redis ACL line's ``>pw``, an IOS ``key 0``, a CouchDB ``[admins]``
entry, the line a password tool prints under its command)."""
from __future__ import annotations

from .patterns import Detector

# where a line of these files starts: a line, or a JSON string's \n or opening quote that holds one
LINE = r"""(?:(?m:^)|\\n|["'])"""
# a value as these files and consoles write it: quoted, or up to the next blank
VALUE = r"""(?:'([^'\r\n]{3,})'|"([^"\r\n]{3,})"|([^\s"'\-][^\s"']{2,}))"""

SERVICES: tuple[Detector, ...] = (
    Detector("device_console_password", "assignment",
             r"(?:(?i:\bUserPasswordSet\b)[^\r\n]*?[ \t]/(?i:PASSWORD):|"            # SoftEther vpncmd
             r"\bsentinel[ \t]+auth-pass[ \t]+[^\s]+[ \t]+|"                         # Redis/Valkey Sentinel
             r"\bpsk[ \t]+set-key[ \t]+(?:ascii|hex)[ \t]+|"                         # Cisco WLC
             + LINE + r"[ \t]*(?:(?:tacacs|radius)-server[ \t]+)?key[ \t]+[07][ \t]+|"  # IOS type-0/7 keys
             + LINE + r"[ \t]*allow[ \t]+[A-Za-z][\w.\-]*:|"                            # monit: allow user:pw
             r"(?:^|[\s\"'])user[ \t]+[^\s]+(?:[ \t]+(?:on|off|reset\w*|nopass|all\w+|[~&%+\-][^\s>]*))+[ \t]+>)"  # Redis ACL
             + VALUE,
             ("userpasswordset", "auth-pass", "set-key", "key 0", "key 7", "allow", "user"), "literal", "passwords",
             "password", False),
    Detector("kv_store_put_secret", "assignment",   # consul kv put config/app/db_password <v>; etcdctl put /k/api_token <v>
             r"\b(?:consul[ \t]+kv|etcdctl(?:[ \t]+--[^\s]+)*)[ \t]+put[ \t]+(?:-[\w\-]+(?:=[^\s]+)?[ \t]+)*"
             r"[^\s]*(?i:password|passwd|secret|token|api_?key|[_.\-]key|[_.\-]pw)[^\s/]*[ \t]+" + VALUE,
             ("consul", "etcdctl"), "literal", "passwords", "secret", False),
    Detector("printed_password_output", "assignment",   # a password tool's output: the line under its command
             r"(?:\bsecurity[ \t]+find-(?:generic|internet)-password\b[^\r\n]*?[ \t]-w[a-z]*\b|"
             r"\bcat[ \t]+[^\s]*/(?:openvpn|ppp|vpnc)/[^\s]*(?:auth|pass|cred)[^\s]*[ \t]*\r?\n[^\r\n]+)"
             r"[^\r\n]*\r?\n([^\s$#>][^\s]{3,})[ \t]*(?:\r?\n|$)",
             ("find-generic-password", "find-internet-password", "openvpn", "ppp", "vpnc"), "literal", "passwords",
             "password", False),
    Detector("server_file_password", "assignment",
             LINE + r"[ \t]*\[admins\][ \t]*(?:\r?\n|\\n)(?:[ \t]*(?:[;#][^\r\n]*)?\r?\n)*[ \t]*[\w.\-]+[ \t]*=[ \t]*([^\s\\\"]{3,})|"  # CouchDB
             + LINE + r"[\w.\-]+:TEXT([^\s\\\"]{3,})|"                                    # pgpool's pool_passwd
             + LINE + r"[ \t]*\$USER[0-9]{1,3}\$[ \t]*=[ \t]*([^\s/$][^\s\\\"]{2,})",       # Nagios resource.cfg
             ("[admins]", ":text", "$user"), "literal", "passwords", "password", False),
    Detector("conda_channel_token", "package_registry",   # https://conda.anaconda.org/t/<token>/channel
             r"https?://[^\s/'\"]+(?:/[^\s/'\"]+)*?/t/([a-z0-9]{2}-[a-z0-9]{8}(?:-[a-z0-9]{4}){2,3}-[a-z0-9]{12})\b",
             ("/t/",), "not_placeholder", "api_keys", "secret", False),
    Detector("spaced_key_line", "assignment",   # INI keys with a space: netdata's "api key = <uuid>"
             LINE + r"[ \t]*(?i:api|secret|access|auth|license)[ \t](?i:key|token|secret)[ \t]*=[ \t]*([^\s\"';#\\]{16,})[ \t]*"
             r"(?:\r?\n|\\n|$)",
             ("key", "token", "secret"), "token", "passwords", "secret", False),
)
