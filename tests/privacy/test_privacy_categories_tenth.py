"""The categories the tenth held-out corpus found missing once it was read (issue 12, part 10): the
files and consoles of particular servers and devices (SoftEther, Sentinel, a WLC, IOS keys, monit,
Redis ACL files, CouchDB, pgpool, Nagios), a key-value store's put of a secret-named path, a password
tool's output under its command, org-mode drawers and HTML tables, names with an encoding or a role
after the word, the value said before its word in French, Italian and Swedish, a Japanese bracket,
Bitbucket access tokens and conda channel tokens; evasions: a literal a call reverses or rot13s
where it stands, character codes given to ``new string(new char[] {...})``.

Every value is made up here (random, in the format's shape); no corpus is read by the tests."""
from __future__ import annotations

import base64
import codecs
import random
import string

import pytest

from privacy_support import gone, kept

RNG = random.Random(1010)
B62 = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits


def rand(n: int, alphabet: str = B62) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


PW = "Fa7" + rand(9) + "!"
TOKEN = rand(36)


@pytest.mark.parametrize("template", [
    "VPN Server/HUB1>UserPasswordSet jdoe /PASSWORD:{v}\nThe command completed successfully.\n",
    "sentinel monitor mymaster 10.0.0.11 6379 2\nsentinel auth-pass mymaster {v}\n",
    "(Cisco Controller) >config wlan security wpa akm psk set-key ascii {v} 3\n",
    "tacacs server TAC1\n address ipv4 10.0.0.5\n key 0 {v}\n", "radius-server key 7 {v}\n",
    "set httpd port 2812 and\n    use address 0.0.0.0\n    allow admin:{v}\n",
    "user default off\nuser worker on >{v} ~jobs:* +@all\n",
    "[admins]\nadmin = {v}\n", "app:TEXT{v}\n", "$USER1$=/usr/lib/nagios/plugins\n$USER3$={v}\n",
    '$ security find-generic-password -wa "HomeNet-5G"\n{v}\n', "$ cat /etc/openvpn/client/auth.txt\nvpnuser\n{v}\n",
])
def test_server_and_device_files_and_consoles(template):
    gone(template.format(v=PW), PW)


@pytest.mark.parametrize("template", [
    "$ consul kv put config/api/mollie_api_key {v}\nSuccess! Data written to: config/api/mollie_api_key\n",
    "etcdctl --endpoints=https://etcd:2379 put /app/prod/db_password {v}\n",
    "* Vendor account\n  :PROPERTIES:\n  :CF_API_KEY: {v}\n  :END:\n",
    "<table>\n<tr><th>Variable</th><th>Value</th></tr>\n<tr><td>OKTA_API_TOKEN</td><td><code>{v}</code></td></tr>\n",
    "[stream]\n    enabled = yes\n    api key = {v}\n", "<p>VPN: jdoe / {v}</p>", '{{"sub":"dev-17","mqtt_pw_b64u":"{v}"}}',
    'passwordAdmin = "{v}";',
])
def test_names_in_more_places(template):
    gone(template.format(v=TOKEN), TOKEN)


@pytest.mark.parametrize("template", [
    "09:14\tMarta\t{v} — c'est le mot de passe root du serveur", "    {v} è la password dell'utente deploy",
    "[11/06/2024, 09:14] Marta: {v} är lösenordet till admin-kontot", "A senha do Wi-Fi da loja mudou para {v}",
    "サーバーのrootパスワードを「{v}」に変更しました。",
])
def test_prose_in_more_languages(template):
    gone(template.format(v=PW), PW)


def test_bitbucket_access_tokens_and_conda_channel_tokens():
    bitbucket = "ATCTT3" + rand(186, B62 + "_-") + "=" + rand(8, "0123456789ABCDEF")
    gone(f"bitbucket = {bitbucket}\n", bitbucket)
    conda = "-".join(rand(n, LOWER) for n in (2, 8, 4, 4, 4, 12))
    gone(f"channel_alias: https://conda.example.org/t/{conda}\n", conda)


@pytest.mark.parametrize("template, encode", [
    ("$pw = strrev('{v}');", lambda v: v[::-1]), ("db_password = '{v}'[::-1]", lambda v: v[::-1]),
    ("const secret = '{v}'.split('').reverse().join('');", lambda v: v[::-1]),
    ("$password = str_rot13('{v}');", lambda v: codecs.encode(v, "rot13")),
    ("api_token = codecs.decode('{v}', 'rot13')", lambda v: codecs.encode(v, "rot13")),
    ("($pass = '{v}') =~ tr/A-Za-z/N-ZA-Mn-za-m/;", lambda v: codecs.encode(v, "rot13")),
    ("var pw = new string(new char[] {{ {v} }});", lambda v: ", ".join(str(ord(c)) for c in v)),
    ("redirect_uri=https%3A%2F%2Fapp%2Fcb&password={v}", lambda v: "".join(f"%25{ord(c):02X}" for c in v)),
])
def test_a_literal_a_call_reverses_or_rot13s(template, encode):
    hidden = encode(PW)
    gone(template.format(v=hidden), hidden)


@pytest.mark.parametrize("text", [
    "user nginx;\nworker_processes auto;\n", "allow 192.168.1.0/24\nallow localhost\nallow fe80::1\n",
    "Le mot de passe par défaut est dans le wiki, voir la page 2024-setup.",
    "La contraseña para el servidor es secreta, pregunta a Ana.",
    "<tr><td>API_TOKEN_TTL</td><td>3600</td></tr>", "  :PROPERTIES:\n  :CUSTOM_ID: setup-token\n  :END:\n",
    "$USER1$=/usr/lib/nagios/plugins\n", "title = strrev('hello world')",
    "consul kv put config/app/feature_flags on\n", "SSH: deploy / 22 is closed on the bastion",
    "FTP: files.example.org / passive mode only", "progress: 100%25 done, see %2541 in the docs", base64.b64encode(b"just some text, no secret").decode(),
])
def test_not_flagged(text):
    kept(text)
