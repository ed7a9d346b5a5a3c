"""Categories read after the hundred-and-twenty-second and hundred-and-twenty-fourth corpora (semiconductor,
EDA and hardware verification; contact centres, telephony and IVR), with what was left of the
hundred-and-seventeenth and hundred-and-nineteenth (issue 12, part 68).

- Found: a value "written as", "encoded in" a form the text names when the line calls it only "the
  value"; a firmware image's data record (Intel HEX, Motorola S-record), a SystemVerilog assignment
  pattern of byte values, numbers joined by one mark, digits among NATO code words; a secret named in a
  tool's own setting line (Tcl's set name {…}, Sinatra's set :name, Kamailio's #!substdef, a TR-069
  dump, VoiceXML's <var expr>, a template's Default=), under a comment that names it (Grandstream's
  P-values) or as an Architect flow's lit:; a Perforce ticket; a password by its place — mariadb's glued
  -p, mutool -p, espota -a, fs_cli -p, turnutils -w, radtest's secret, xdotool type --delay,
  ipa-server-install -a after a $VAR -p, mysqlsh user:pw@host, an IRC OPER line ending in CR LF,
  Asterisk's IAX2/user:pw@peer, FreeSWITCH's odbc://dsn:user:pw, Buildbot's worker.Worker, SIPSorcery's
  registration agent, PJSUA2's AuthCredInfo, a modem's MQTT/FTP/PIN AT commands, a client's (host, port,
  password) call, a note's "console: admin / pw", "key: pw" and "accepts pw for the admin account".
- Kept: a STIR/SHAKEN PASSporT (a signed caller attestation every carrier on the call sees).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import base64
import json
import random

import pytest

from privacy_support import B62, WORDS, gone, kept, random_text, word_password

RNG = random.Random(2026_122)


def _intel_hex(data: bytes) -> str:
    raw = bytes([len(data), 0x10, 0x00, 0x00]) + data
    return ":" + (raw + bytes([-sum(raw) & 0xFF])).hex().upper()


def _s1_record(data: bytes) -> str:
    raw = bytes([len(data) + 3, 0x20, 0x00]) + data
    return "S1" + (raw + bytes([~sum(raw) & 0xFF])).hex().upper()


@pytest.mark.parametrize("intro, encode", [
    ("value written as a single Intel HEX data record at address 0x0000", lambda s: _intel_hex(s.encode())),
    ("the secret is written as a single Motorola S1 record", lambda s: _s1_record(s.encode())),
    ("value written as a SystemVerilog assignment pattern of the decimal UTF-8 byte values",
     lambda s: "'{" + ", ".join(str(b) for b in s.encode()) + "}"),
    ("the secret is written as each code point in 7-bit binary, joined by dashes",
     lambda s: "-".join(format(ord(c), "07b") for c in s)),
    ("the new PBX admin value is written as each code point minus 32, joined by dots",
     lambda s: ".".join(str(ord(c) - 32) for c in s)),
    ("the new PBX admin value is written as each byte's bits mirrored, in hex",
     lambda s: " ".join(format(int(format(b, "08b")[::-1], 2), "02x") for b in s.encode())),
])
def test_a_value_written_in_a_form_the_text_names_is_found(intro, encode):
    run = encode(random_text(RNG, B62, 24))
    gone(f"Side comment in the RTL review, so CI does not catch it: {intro}:\n{run}\nplease rotate after the freeze.\n", run)


def test_digits_among_nato_code_words_are_read_as_themselves():
    run = "bravo oscar kilo echo hotel dash echo echo bravo mike foxtrot foxtrot 8 2"
    gone(f"credential spelled in the NATO alphabet, digits as themselves:\n{run}\n", run)


@pytest.mark.parametrize("text", [
    "Squad call signs: alpha 1 2 3 4 5 6 7 then bravo.\n",
    "checklist step alpha 1, bravo 2, charlie 3, delta 4\n",
])
def test_a_few_code_words_among_numbers_are_kept(text):
    kept(text)


@pytest.mark.parametrize("template", [
    "open_hw_manager\nset farm_password {{{v}}}\nconnect_hw_server -url boardfarm07:3121\n",
    "configure do\n  set :AMI_SECRET, '{v}'\nend\n",
    '#!substdef "!ESL_PASSWORD!{v}!g"\nloadmodule "tm.so"\n',
    "InternetGatewayDevice.X_Vendor.SipTrunkPassword  string  {v}\n",
    '<vxml version="2.1">\n  <var name="eslPassword" expr="\'{v}\'"/>\n</vxml>\n',
    '<Parameter Name="RecordingBucketSecret" Type="String" Default="{v}"/>\n',
    "# GXP provisioning\n# CCAAS_CLIENT_SECRET\nP34 = {v}\n",
    "variables:\n  - stringVariable:\n      name: Flow.sipTrunkPassword\n      initialValue:\n        lit: \"{v}\"\n",
    "const String p4ticketValue = '{v}';\n",
])
def test_a_secret_named_in_a_tool_s_own_setting_line_is_found(template):
    value = random_text(RNG, B62, 32)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    'mariadb -u cdr -p{pw} asteriskcdrdb -e "SELECT 1"\n',
    "mutool draw -p {pw} -o page%d.png errata_rev3.pdf 1-3\n",
    "python3 espota.py -i 10.20.6.14 -p 3232 -a {pw} -f build/node.bin\n",
    'fs_cli -H 127.0.0.1 -P 8021 -p {pw} -x "sofia status"\n',
    "turnutils_uclient -u agentweb -w {pw} -y turn.example.com\n",
    'radtest agent07 "$AGENT_PW" 10.0.0.40 0 {pw}\n',
    "xdotool search --name Console windowfocus --sync\nxdotool type --delay 40 '{pw}'\nxdotool key Return\n",
    "ipa-server-install -U -r LAB.EXAMPLE.NET -p \"$DM_PW\" -a '{pw}'\n",
    'mysqlsh lband:{pw}@gs-acu03.example.net:3306 --sql -e "SHOW DATABASES"\n',
    "OPER labops {pw}\r\n:irc.lab.example.net 381 labops :You are now an IRC operator\r\n",
    "exten => _8XXX,1,Dial(IAX2/branch7:{pw}@10.20.0.5/${{EXTEN:1}},30)\n",
    'local dbh = freeswitch.Dbh("odbc://cdr:fsuser:{pw}")\n',
    "c['workers'] = [worker.Worker('fpga-bench-03', '{pw}')]\n",
    'var reg = new SIPRegistrationUserAgent(sipTransport, "2104", "{pw}", "pbx.example.com", 120);\n',
    'acfg.sipConfig.authCreds.append(pj.AuthCredInfo("digest", "*", "2103", 0, "{pw}"))\n',
    'AT+CMQTTCONNECT=0,"tcp://mqtt.example.com:1883",60,1,"kiosk12","{pw}"\r\nOK\n',
    'AT+QFTPCFG="account","recorder","{pw}"\r\nOK\n',
    "const ami = require('asterisk-manager')(5038, '10.0.0.30', 'crmpop', '{pw}', true);\n",
    "fs = greenswitch.InboundESL('10.0.0.31', 8021, '{pw}')\n",
    "# lmadmin console: admin / {pw}\nINCREMENT VCSRuntime_Net snpslmd 2026.03\n",
])
def test_a_password_given_by_its_place_is_found(template):
    pw = word_password(RNG, capitalized=False)     # (harbor.k3x9q2m17: no capital to give it away)
    gone(template.format(pw=pw), pw)


@pytest.mark.parametrize("template", [
    "-- vault for layout dumps, key: {pw}\nINCLUDE $CDSHOME/share/cdssetup/cds.lib\n",
    "mei: pdu on 10.20.4.50 accepts {pw} for the admin account, power-cycle port 6\n",
])
def test_a_password_a_note_gives_after_key_or_accepts_is_found(template):
    pw = RNG.choice(WORDS) + "_" + random_text(RNG, "abcdefghkmnpqrstuvwxyz", 6) + random_text(RNG, "0123456789", 2)   # synthflow_nlrmlh09
    gone(template.format(pw=pw), pw)


def _b64url(part: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(part).encode()).decode().rstrip("=")


def test_a_stir_shaken_passport_is_kept():
    header = {"alg": "ES256", "ppt": "shaken", "typ": "passport", "x5u": "https://cert.example.com/sti.pem"}
    claims = {"attest": "A", "dest": {"tn": ["440753133166"]}, "iat": 1773527350, "orig": {"tn": "442648008980"}}
    token = ".".join((_b64url(header), _b64url(claims), random_text(RNG, B62, 86)))
    kept(f"Identity: {token};info=<https://cert.example.com/sti.pem>;alg=ES256;ppt=shaken\n")


@pytest.mark.parametrize("text", [
    'conn = psycopg2.connect("db.example.com", 5432, "postgres")\n',
    "r = redis.Redis('localhost', 6379, 0)\n",
    'client = Client("api.example.com:443", "v2_release")\n',
    "console: admin / see the vault entry\n",
    "the default value is written to disk: /var/lib/enclave\n",
])
def test_calls_and_notes_without_a_password_are_kept(text):
    kept(text)
