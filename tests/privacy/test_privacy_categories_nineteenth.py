"""Categories read after the nineteenth held-out corpus (issue 12, part 19).

- Hidden: character codes in decimal separated by spaces, base85 where named (RFC 1924, git's and
  Python's alphabet), basE91 in a quoted string, groups of four read right to left, the bytes of a
  little-endian dump (hex in reverse order), each character shifted by its position, ROT18, a
  substitution alphabet the text gives.
- Found by place: a secret's name printed (``printenv NAME``, a notebook's ``print(dbutils.widgets.get(
  "name"))``), a HeidiSQL settings export, ``npx wrangler secret put`` fed by echo, Oracle's tools
  (``expdp``, ``rman target``, SQLcl's ``sql``) given ``user/password@db``, ``dsconf -w``, ``adcli join
  --stdin-password``, ``ssh-keygen -P``, eCryptfs's ``passphrase_passwd=``, an OpenVPN auth-user-pass
  file, vpnc's Xauth password, an IOS ``line vty`` password, SMCIPMITool's arguments, exim's
  passwd.client, ActiveMQ's users.properties, Jetty's realm.properties, lighttpd's plain userfile,
  3proxy's ``:CL:`` users, Sybase's ``sp_password``.
- Not secrets: a test's ``test-token-50``, MinIO's public playground keys, RFC 6238's seed in base32,
  a header's name (``X-Cisco-Meraki-API-Key``), a Slack message's timestamp.

Every encoder is written from the encoding's definition; random values are made up here. No corpus is read."""
from __future__ import annotations

import base64
import random
import string
from functools import partial

import pytest

from privacy_support import B62, gone, kept, random_text, sample_tokens
from test_privacy_hidden_encodings import base91

RNG = random.Random(1919_19)
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)


def progressive(text: str) -> str:
    """Position n (from 1) shifted forward by n: letters in their alphabet, digits mod 10."""
    out = []
    for n, c in enumerate(text, 1):
        if c.isdigit():
            out.append(str((int(c) + n) % 10))
        elif c.isascii() and c.isalpha():
            base = ord("a") if c.islower() else ord("A")
            out.append(chr(base + (ord(c) - base + n) % 26))
        else:
            out.append(c)
    return "".join(out)


_ROT18 = str.maketrans(string.ascii_uppercase + string.ascii_lowercase + string.digits,
                       "NOPQRSTUVWXYZABCDEFGHIJKLM" "nopqrstuvwxyzabcdefghijklm" "5678901234")


def substituted(text: str) -> str:
    alphabet = "".join(RNG.sample(string.ascii_lowercase, 26))
    table = str.maketrans(string.ascii_lowercase + string.ascii_uppercase, alphabet + alphabet.upper())
    return f"substitution alphabet abc…z → {alphabet}:\n{text.translate(table)}\n"


def groups_backwards(text: str) -> str:
    groups = [text[i:i + 4] for i in range(0, len(text), 4)]
    return "4-char groups, read the groups right to left:\n" + " ".join(reversed(groups)) + "\n"


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("make", [
    lambda t: "ASCII codes in decimal:\n" + " ".join(str(ord(c)) for c in t) + "\n",
    lambda t: "RFC 1924 / git base85 (python base64.b85decode):\nliteral " + base64.b85encode(t.encode()).decode() + "\n",
    lambda t: 'basE91 (Henke) encoded:\nCFG_BLOB "' + base91(t.encode()) + '"\n',
    groups_backwards,
    lambda t: "hex of the bytes in reverse order (little-endian dump):\n0x7ffd5c10: " + t.encode()[::-1].hex() + "\n",
    lambda t: "position n (from 1) shifted forward by n; digits mod 10:\n" + progressive(t) + "\n",
    lambda t: "(ROT18: ROT13 on letters plus ROT5 on digits)\n[spoiler]" + t.translate(_ROT18) + "[/spoiler]\n",
    substituted,
], ids=["decimal-codes", "base85", "base91-quoted", "groups-backwards", "little-endian-hex", "progressive",
        "rot18", "substitution"])
def test_a_token_hidden_so_is_found(make, token):
    text = make(token)
    assert gone(text) != text


@pytest.mark.parametrize("template", [
    "$ printenv AWS_SECRET_ACCESS_KEY\n{v}\n$ ",
    'Cmd 3\n> print(dbutils.widgets.get("cloudflare_api_token"))\n{v}\nCommand took 0.04 seconds\n',
    "Servers\\prod-mysql\\User<|||>1<|||>report\nServers\\prod-mysql\\Password<|||>1<|||>{v}\n",
    '$ echo "{v}" | npx wrangler secret put API_TOKEN --env production\n',
    "expdp system/{v}@ORCLPDB1 schemas=HR directory=DATA_PUMP_DIR dumpfile=hr.dmp\n",
    "$ rman target sys/{v}@PRODCDB\n",
    "sql -S app_owner/{v}@//db-scan.internal:1521/APPPDB @deploy/run_all.sql\n",
    'dsconf -D "cn=Directory Manager" -w {v} ldap://ds01 backend create --suffix dc=corp,dc=example\n',
    "echo -n '{v}' | adcli join --stdin-password --domain corp.example --login-user svc-join\n",
    "ssh-keygen -p -f ~/.ssh/id_ed25519 -P {v} -N " + rand(B62, 12) + "\n",
    "mount -t ecryptfs /srv/p /srv/p -o key=passphrase:passphrase_passwd={v},ecryptfs_cipher=aes\n",
    "# /etc/openvpn/client/creds.txt  (auth-user-pass creds.txt)\nvpn-user-17\n{v}\n",
    "IPSec gateway vpn.corp.example\nIPSec ID staff\nXauth username a.schmidt\nXauth password {v}\n",
    "line vty 0 4\n password {v}\n login\n transport input ssh\n",
    "SMCIPMITool 10.0.9.21 ADMIN {v} ipmi power status\n",
    "# /etc/exim4/passwd.client\n*.smtp.relay.example:relay-user:{v}\n",
    "# conf/users.properties\nadmin={v}\n",
    "# etc/realm.properties\nops: {v},admin,user\n",
    '# /etc/lighttpd/lighttpd.user  (auth.backend = "plain")\nmonitor:{v}\n',
    "users admin:CL:{v}\nauth strong\nallow admin\n",
    "sp_password '" + rand(B62, 14) + "', '{v}', 'etl_user'\ngo\n",
])
def test_credentials_by_their_place(template):
    value = rand(string.ascii_letters, 8) + rand(string.digits, 3) + "." + rand(string.ascii_letters, 4)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "beforeEach(() => {\n  vi.stubEnv('API_TOKEN', 'test-token-50')\n})\n",
    "mc alias set play https://play.min.io Q3AM3UQ867SPQQA43P2F zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG\n",
    "otpauth://totp/Example:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Example\n",
    'request_headers_to_add:\n  - header:\n      key: "X-Cisco-Meraki-API-Key"\n',
    '{"text":"Dia duit, is é pasfhocal an wifi ná sa bhosca","ts":"1737854126.000200"}\n',
])
def test_fixtures_published_values_and_names_are_kept(text):
    kept(text)
