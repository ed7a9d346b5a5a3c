"""Categories read after the hundred-and-seventh and hundred-and-ninth corpora (agriculture, agritech and
food-supply-chain developers; restaurant, point-of-sale and food-delivery developers) (issue 12, part 63).

- Found: a password by its place among a call's arguments — a modem's APN login (AT+CGAUTH,
  AT+QICSGP), an ESP's HTTP update server (server, path, user, pw), Blynk.begin(auth, ssid, pw),
  WiFi.softAP(ssid, pw), Jedis's fifth, pydap's setup_session(user, pw), InfluxDBClient(host, port,
  user, pw, db); DB2's ATTACH TO … USER … USING; svnserve's [users] without Shiro's role; pexpect's
  "assword:" idiom; a here-string into a password file read from standard input (-y /dev/stdin);
  a secret's name in an Excel Name Manager export (Name,RefersTo) with Excel's ="…" text formula; a
  literal a secret's variable falls back to after reading another (|| '…', ?? '…', or "…"); a password by its place in a file
  or an exchange — pure-pw's import list, an OpenVPN auth-user-pass file, hostapd's wpa_psk file,
  lighttpd's plain userfile, an NTRIP source's SOURCE line, user:pw@caster:port/mount, SMTP AUTH
  LOGIN's answer to "Password:" where a log glosses the prompt, a Basic header a log decodes,
  OPENROWSET's 'server'; 'user'; 'pw';
  the BACnet stack's bacdcc and bacrd; Java's (char) casts of a password's code points; the word for
  password in Oromo (jecha darbii).
- Kept: Jasypt's ENC(…) ciphertext; a Square card nonce (cnon:…); an /etc/passwd line; svnserve's
  [users] naming a flag.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import base64
import random
import string

import pytest

from privacy_support import WORDS, gone, kept, random_text, word_password

RNG = random.Random(2026_107)


@pytest.mark.parametrize("template", [
    'AT+CGAUTH=1,1,"meteruser","{pw}"\r\nOK\r\n',
    'AT+QICSGP=1,1,"iot.example","probe4","{pw}",1\r\nOK\r\n',
    'httpUpdater.setup(&httpServer, "/update", "admin", "{pw}");\n',
    'Blynk.begin(auth, "barn-wifi", "{pw}");\n',
    'WiFi.softAP("Pump-Setup", "{pw}");\n',
    'JedisPool pool = new JedisPool(poolConfig, "redis.farm.example", 6379, 1500, "{pw}");\n',
    'sess = setup_session("scout", "{pw}", check_url=opendap_url)\n',
    "db = InfluxDBClient('tsdb.example.org', 8086, 'ingest', '{pw}', 'telemetry')\n",
    "db2 => ATTACH TO inst1 USER db2inst1 USING {pw}\n",
    "[users]\nharry = {pw}\n",
    "child = pexpect.spawn('ssh ops@10.1.2.3')\nchild.expect('assword:')\nchild.sendline('{pw}')\n",
    "$ ldapwhoami -x -D cn=reader,dc=example,dc=org -y /dev/stdin <<< {pw}\n",
    'Name,RefersTo\nHost,=Config!$A$1\nSFTP_PASSWORD,="{pw}"\n',
    "const dbPassword = process.env.OVERRIDE || '{pw}';\n",
    'api_secret = settings.get("override") or "{pw}"\n',
    "ftpuser:{pw}:1001:1001:/srv/ftp/./\n",
    "# /etc/openvpn/client/office.auth\nalice\n{pw}\n",
    "# /etc/hostapd/hostapd.wpa_psk\n00:00:00:00:00:00 {pw}\n",
    '# auth.backend.plain.userfile = "/etc/lighttpd/board.users"\nkiosk:{pw}\n',
    "SOURCE {pw} /RTCM3_FIELD\r\nSource-Agent: NTRIP example/1.0\r\n\r\n",
    "inpstr1-path       =base:{pw}@rtk.example.net:2101/FIELD01\n",
    "S: 334 UGFzc3dvcmQ6  (Password:)\nC: {pw}   (decoded)\nS: 235 2.7.0 Authentication successful\n",
    "[debug] Authorization header decoded: gateway:{pw}\n",
    "SELECT * FROM OPENROWSET('SQLNCLI', 'SQL01'; 'report'; '{pw}', 'SELECT 1');\n",
    "$ ./bacdcc 1234 0 30 {pw}\nDeviceCommunicationControl Acknowledged\n",
    "$ ./bacrd 1234 1 {pw}\nReinitializeDevice Acknowledged\n",
])
def test_a_password_given_by_its_place_is_found(template):
    pw = placed_password(RNG)
    gone(template.format(pw=pw), pw)


def placed_password(rng: random.Random) -> str:
    """A word, a dot, digits, a letter, digits (``pretzel.9042z397``): a shape no older rule takes for a
    made password, so only the place can say what it is."""
    return rng.choice(WORDS) + "." + random_text(rng, string.digits, 4) + random_text(rng, string.ascii_lowercase, 1) + \
        random_text(rng, string.digits, 3)


def test_java_char_casts_of_a_password_are_found():
    casts = " + ".join(f"(char) {ord(c)}" for c in word_password(RNG))
    gone(f'String pw = "" + {casts};\n', casts)


def test_the_word_for_password_in_oromo():
    gone("Jecha darbii sarvarii bishaanii kana: furrow-kqz83 , nama biraaf hin kenniin.\n", "furrow-kqz83")


@pytest.mark.parametrize("text", [
    "app.payments.secret=ENC(" + base64.b64encode(bytes(RNG.randrange(256) for _ in range(48))).decode() + ")\n",
    '{"status": "OK", "token": "cnon:' + random_text(RNG, string.ascii_letters + string.digits + "_-", 24) + '"}\n',
    "root:x:0:0:root:/root:/bin/bash\nfarm:x:1000:1000:Farm Ops:/home/farm:/bin/bash\n",
    "[users]\nenabled = true\n",
])
def test_ciphertext_a_card_nonce_or_an_account_list_is_kept(text):
    kept(text)
