"""Categories read after the fifteenth held-out corpus (issue 12, part 15).

- A network's password in a message, in any language: a word that names the network (Wi-Fi, WLAN,
  a hotspot, a router), then on the same line the first word with a digit in it, shaped as people
  make passwords (``Kestrel2011.amber``, ``moss-quartz-fennel47``, ``t9WqLm2ZpR4xVb``) — never the
  network's own name (right after the word, or after a word that names the network) nor a model
  name, a host or an interface.
- Formats: Logfire write tokens, OneSignal's shorter v2 keys, Pterodactyl API keys, Sui private keys
  (bech32), minisign's and signify's secret key files; capability URLs (healthchecks.io pings, a
  Google Calendar private address, Rocket.Chat and n8n incoming webhooks); proxy share links
  (Shadowsocks' ``ss://`` with its base64 method:password, V2Ray's ``vmess://``).
- Devices' and daemons' own syntaxes: IOS's ``ntp authentication-key``, a key chain's
  ``key-string``, an NTP keys file's ASCII key, ``winrs -p:``, ``sendemail -xp``; dma's
  ``auth.conf``, OpenSMTPD's secrets table, deluge's ``auth``, racoon's ``psk.txt``.
- A password typed where the user name goes, as auth logs keep it (sshd's ``Invalid user``,
  Windows' failed logon) — only what has a password's shape.
- Login cookies of sites named as keys: WordPress' ``wordpress_logged_in_<hash>``, Steam's
  ``steamLoginSecure``, Proxmox's ``PVEAuthCookie``, Google's ``__Secure-1PSID``/``1PSIDTS``.
- More encodings that only hide: bytes as 8-bit groups, as IPv4 addresses, as UUIDs, as SQL
  ``CHAR()`` calls, as ``od -x``'s little-endian words; proquints; xz in base64 (read at most one
  run's length, as bzip2).
- Not secrets: what to put there rather than what is there (``not-a-real-key-0000``,
  ``generate-with-openssl-rand-hex-32``), a run of x after ``Bearer``, Mailgun's docs' key, a key
  stored encrypted (gocryptfs' ``EncryptedKey``).

Every value is made up here (random, in the format's shape); no corpus is read by the tests."""
from __future__ import annotations

import base64
import lzma
import random
import string

import pytest

from privacy_support import decoding_peak_bytes, gone, kept

RNG = random.Random(1515_15)
B62 = string.ascii_letters + string.digits


def rand(n: int, alphabet: str = B62) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


@pytest.mark.parametrize("text, value", [
    ("2025-06-02 09:14 - Ilse: Moin! Dat WLAN-Passwoord is Kestrel2011.amber, nich wiedergeven", "Kestrel2011.amber"),
    ('{"from":"Tama","text":"Kia ora, ko te kupuhipa o te wifi ko moss-quartz-fennel47"}', "moss-quartz-fennel47"),
    ("[10:02] lupe: Talofa, le upu faalilo o le wifi o t9WqLm2ZpR4xVb", "t9WqLm2ZpR4xVb"),
    ("Ardi: Sampurasun, kecap konci wifi teh Pelikan1994-senja nya", "Pelikan1994-senja"),
    ("Olu: hotspot mi, koodu re ni GranitePuffin2208_", "GranitePuffin2208_"),
    ("Router (admin) sifre-y: Wq7-Lantern-3391", "Wq7-Lantern-3391"),
    # the password first, then the network's name: only the password
    ("Wifi-ko pasahitza Cormorant1987.tide da, sarea Home_K2P7", "Cormorant1987.tide"),
])
def test_a_network_password_in_a_message_in_any_language(text, value):
    out = gone(text, value)
    assert "Home_K2P7" in out or "Home_K2P7" not in text


@pytest.mark.parametrize("text", [
    "connect to wifi Office-5G and then run the tests",
    "the wifi network Guest-2024x is down again",
    "config wifi-iface 'default_radio0'\n\toption device 'radio0'",
    "router model RT-AX58U on firmware 3.0.0.4.388",
    "the wifi password is on the fridge, ask Maria",
    "wlan0: associated with ap-floor3.corp.example, signal -61 dBm",
    "Ko e lea fufū ʻo e WiFi, kuo liliu, sio ki he pepa",
])
def test_network_names_and_models_are_not_passwords(text):
    kept(text)


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
UUID4 = "-".join(rand(n, "0123456789abcdef") for n in (8, 4, 4, 4, 12))


@pytest.mark.parametrize("value, template", [
    ("pylf_v1_eu_" + rand(44), "- logfire write token :: {v}"),
    ("os_v2_app_" + rand(56, "abcdefghijklmnopqrstuvwxyz234567"), "Subject: push key\n\n{v}\n"),
    ("ptla_" + rand(43), '{{"content":"panel key {v}"}}'),
    ("suiprivkey1q" + rand(58, BECH), "│ exportedPrivateKey │ {v} │"),
    ("RWQAAEIy" + rand(140, B62 + "+/") + "8=", "untrusted comment: minisign encrypted secret key\n{v}\n"),
    ("RWRCSwAAAAB" + rand(130, B62 + "+/") + "=", "$ cat release.sec\nuntrusted comment: signify secret key\n{v}\n"),
    (UUID4, "0 3 * * * backup.sh && curl -fsS -m 10 https://hc-ping.com/{v}"),
    ("private-" + rand(32, "0123456789abcdef"),
     "url: https://calendar.google.com/calendar/ical/team%40group.calendar.google.com/{v}/basic.ics"),
    (rand(20) + "/" + rand(48), "curl -X POST https://chat.corp.example/hooks/{v} -d '{{\"text\":\"ok\"}}'"),
    (UUID4, '<form method="post" action="https://flows.acme.test/webhook/{v}">'),
    (base64.b64encode(b"chacha20-ietf-poly1305:" + rand(22).encode()).decode(), "ss://{v}@198.51.100.4:8388/?outline=1"),
    (base64.b64encode(b'{"v":"2","add":"edge.example","port":"443","id":"' + UUID4.encode() + b'"}').decode(),
     "vmess://{v}"),
])
def test_formats(value, template):
    gone(template.format(v=value), value)


@pytest.mark.parametrize("value, template", [
    ("ops%7C1767229507%7C" + rand(43) + "%7C" + rand(64, "0123456789abcdef"),
     "curl -b 'wordpress_logged_in_" + rand(32, "0123456789abcdef") + "={v}' https://blog.example.org/wp-admin/"),
    ("76561199" + rand(9, "0123456789") + "%7C%7CeyJ0eXAiOiJKV1QiLCJhbGciOiJFZERTQSJ9." + rand(120, B62 + "_-"),
     '{{\n  "steamLoginSecure": "{v}",\n  "currency": 3\n}}'),
    ("PVE:root@pam:" + rand(8, "0123456789ABCDEF") + "::" + rand(160, B62 + "+/"), "curl -k -b 'PVEAuthCookie={v}' https://pve:8006/api2/json/nodes"),
    ("g." + rand(140, B62 + "_-"), 'Secure_1PSID = "{v}"'),
])
def test_a_sites_login_cookie_named_as_a_key(value, template):
    gone(template.format(v=value), value)


PW = "Quartz" + rand(4, "0123456789") + "-" + rand(5, string.ascii_lowercase)


@pytest.mark.parametrize("template", [
    "ntp authenticate\nntp authentication-key 4 md5 {v}\nntp trusted-key 4",
    "key chain RIP-KEYS\n key 1\n  key-string {v}\n",
    "# /etc/chrony.keys (ntp)\n7 SHA1 {v}\n",
    "winrs -r:build-07.corp.example -u:svc_build -p:{v} whoami",
    "sendemail -f a@example.com -t b@example.com -s smtp.example.com:587 -xu alerts -xp {v} -u hi",
    "# /etc/dma/auth.conf\nalerts|smtp.example.org:{v}\n",
    "# /etc/mail/secrets\nrelay alerts:{v}\n",
    "localclient:" + rand(40, "0123456789abcdef") + ":10\nops:{v}:10\n",
    "# /etc/racoon/psk.txt\n192.0.2.15\t{v}\n",
    "Jan 14 03:12:55 web-2 sshd[991]: Invalid user {v} from 198.51.100.7 port 50022",
    "An account failed to log on.\n\nAccount For Which Logon Failed:\n\tSecurity ID:\t\tNULL SID\n\tAccount Name:\t\t{v}\n",
])
def test_device_and_daemon_syntaxes(template):
    gone(template.format(v=PW), PW)


@pytest.mark.parametrize("text", [
    "Jan 14 03:12:55 web-2 sshd[991]: Invalid user oracle from 198.51.100.7 port 50022",
    "Jan 14 03:12:58 web-2 sshd[992]: Invalid user ubuntu from 198.51.100.7 port 50023",
    "An account failed to log on.\n\nAccount For Which Logon Failed:\n\tSecurity ID:\t\tNULL SID\n\tAccount Name:\t\tAdministrator\n",
    "ntp: 2 servers\n1 MD5 enabled\n",
])
def test_user_names_are_not_passwords(text):
    kept(text)


def _octets(v: str) -> str:
    return " ".join(format(b, "08b") for b in v.encode())


def _quads(v: str) -> str:
    raw = v.encode() + b"\0" * (-len(v) % 4)
    return ", ".join(".".join(str(b) for b in raw[i:i + 4]) for i in range(0, len(raw), 4))


def _uuids(v: str) -> str:
    h = (v.encode() + b"\0" * (-len(v) % 16)).hex()
    return '",\n  "'.join(f"{h[i:i + 8]}-{h[i + 8:i + 12]}-{h[i + 12:i + 16]}-{h[i + 16:i + 20]}-{h[i + 20:i + 32]}"
                          for i in range(0, len(h), 32))


def _od(v: str) -> str:
    raw = v.encode() + b"\0" * (len(v) % 2)
    words = [f"{int.from_bytes(raw[i:i + 2], 'little'):04x}" for i in range(0, len(raw), 2)]
    return "".join(f"{8 * 2 * i:07o} " + " ".join(words[8 * i:8 * i + 8]) + "\n" for i in range((len(words) + 7) // 8))


def _proquint(v: str) -> str:
    c, vow = "bdfghjklmnprstvz", "aiou"
    raw = v.encode() + b"\0" * (len(v) % 2)
    out = []
    for i in range(0, len(raw), 2):
        n = int.from_bytes(raw[i:i + 2], "big")
        out.append(c[n >> 12] + vow[n >> 10 & 3] + c[n >> 6 & 15] + vow[n >> 4 & 3] + c[n & 15])
    return "-".join(out)


TOKEN = "sk-proj-" + rand(40)


@pytest.mark.parametrize("template, encode", [
    ("# the key, for fun\n{v}\n", _octets),
    ("HOSTS = \"{v}\".split(', ')", _quads),
    ('const char* ids[] = {{\n  "{v}"\n}};', _uuids),
    ("DECLARE @k VARCHAR(100) = {v};", lambda v: "+".join(f"CHAR({b})" for b in v.encode())),
    ("$ od -x key.txt\n{v}", _od),
    ("key_id = \"{v}\"", _proquint),
    ("echo {v} | base64 -d | xz -d", lambda v: base64.b64encode(lzma.compress(v.encode())).decode()),
])
def test_more_encodings_that_only_hide(template, encode):
    hidden = encode(TOKEN)
    gone(template.format(v=hidden), hidden)


def test_an_xz_bomb_is_read_only_as_far_as_a_run_goes():
    """A few KB of xz that expand to 20 MB: the decoder reads at most one run's worth of it, in no
    more memory than its dictionary (8 MiB at xz's default level; a bigger one is refused)."""
    from actors.privacy.engine import hidden
    bomb = base64.b64encode(lzma.compress(b"A" * 20_000_000)).decode()
    assert decoding_peak_bytes("xz_base64", bomb) < hidden.XZ_MEMLIMIT + 4_000_000


@pytest.mark.parametrize("text", [
    'let cfg = Config::from_str("api_key = \\"not-a-real-key-0000\\"").unwrap();',
    "JWT_SECRET=generate-with-openssl-rand-hex-32",
    "Authorization: Bearer xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "curl -s --user 'api:key-3ax6xnjp29jd6fds4gc373sgvjxteol0' https://api.mailgun.net/v3/messages",
    '{"Creator": "gocryptfs v2.4.0", "EncryptedKey": "' + base64.b64encode(RNG.randbytes(64)).decode() + '"}',
])
def test_not_secrets(text):
    kept(text)


def _urlsafe(n: int) -> str:
    return "".join(RNG.choice(B62 + "-_") for _ in range(n))


@pytest.mark.parametrize("text", [
    # a form's anti-forgery token, whatever attributes stand between its name and its value
    f'<input name="__RequestVerificationToken" type="hidden" value="CfDJ8{_urlsafe(150)}" />',
    f'<input type="hidden" name="_token" value="{"".join(RNG.choice(B62) for _ in range(40))}" autocomplete="off">',
    f'<input type="hidden" name="authenticity_token" value="{_urlsafe(86)}" autocomplete="off" />',
    # digits alone are an ID, not hex of a hidden text ("416231407859392133" would read "Ab1@xY9!3")
    'AuthorID,Author,Date,Content\n"416231407859392133","tomas","2025-09-14T21:48:02","see you at 8"\n',
    # Slack's "ts" (seconds.microseconds) after a message that names a password
    '{"type":"message","text":"kata sandi wifi sudah diganti","ts":"1745431225.000200"}',
    # how a network is secured is not its key
    '{"name":"Home-5G","security":"wpapsk","wpa_mode":"wpa2","wpa_enc":"ccmp"}',
    # a Windows switch after /user: is not "user / password"
    "net use Z: \\\\files01\\scans /user:CORP\\jdoe /persistent:yes",
])
def test_form_tokens_ids_timestamps_and_switches_are_not_secrets(text):
    kept(text)


@pytest.mark.parametrize("text, value", [
    ("login: admin / Velvet#Otter83", "Velvet#Otter83"),
    ("net use Z: \\\\files01\\scans Umb3r.2094KIT /user:CORP\\jdoe", "Umb3r.2094KIT"),
    ('Set-Cookie: .AspNetCore.Cookies=CfDJ8' + "Q" * 20 + '; path=/', None),
])
def test_the_same_syntaxes_still_give_their_secrets(text, value):
    if value is None:       # the auth cookie: found whole (its random part is below)
        value = "CfDJ8" + _urlsafe(120)
        text = f"Set-Cookie: .AspNetCore.Cookies={value}; path=/; secure; httponly"
    gone(text, value)


def test_digits_that_are_hex_of_a_self_identifying_token_are_still_read():
    token = "dapi" + "".join(RNG.choice("0123456789abcdef") for _ in range(32))
    digits = token.encode().hex()
    assert digits.isdigit()
    gone(f"TOKEN_HEX={digits}\n", digits)
