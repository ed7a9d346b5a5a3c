"""Categories read after the two-hundred-and-twenty-first and two-hundred-and-twenty-third corpora (beekeepers,
honey producers and apiary supply shops; ice rinks, curling clubs and figure-skating coaches) (issue 12, part 102).

- Found: a secret piped into ``systemd-creds encrypt``; a framework's signing key (.NET's ``SymmetricSecurityKey``,
  Dart's ``Hmac(sha256, utf8.encode('k'))``, Joken's signer, ``Phoenix.Token.sign``, hapi's ``Iron.seal``); what
  wtype (before ``&&``), dotool and cliclick type; ClickHouse's ``s3(url, id, secret, format)``; a mosquitto
  password file a comment says is still to be hashed; a WhatsApp export's answer "me, new one is …"; a password
  joined with "!"; a stated form's run of bits, of runes, of words whose lengths are digits; an owner's password in a
  table's access column (drawer_code, tablet, console) and in a device's login or unlock frame.
- Kept: ``s3(url, 'CSV', 'a String')``; ``Phoenix.Token.sign(conn, "salt", …)``; an answer that gives no value; a Pulumi
  config's key after ``--secret``; IRC SASL's ``AUTHENTICATE PLAIN``; an access column's product codes and device
  names; a frame's other fields.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import flagged, found, kept, owner_password

RNG = random.Random(2026_221)
_WORDS = {1: "a", 2: "on", 3: "wax", 4: "comb", 5: "drone", 6: "forage", 7: "nectars", 8: "colonies", 9: "propolise",
          10: "queenright"}


def elias_gamma(value: str) -> str:
    return "".join("0" * (len(bin(ord(c))) - 3) + bin(ord(c))[2:] for c in value)


def runes(value: str) -> str:
    """Letters as Runic signs (U+16A0 onwards), ᛭ before a capital, ᛫ before a digit's letter."""
    out = []
    for c in value:
        if c.isdigit():
            out.append("\u16eb" + chr(0x16A0 + int(c)))
        elif c.isalpha():
            out.append(("\u16ed" if c.isupper() else "") + chr(0x16A0 + ord(c.lower()) - ord("a")))
        else:
            out.append(c)
    return "".join(out)


def word_lengths(value: str) -> str:
    return " / ".join(" ".join(_WORDS[int(d) or 10] for d in str(ord(c))) for c in value)


@pytest.mark.parametrize("template", [
    "$ echo -n '{v}' | systemd-creds encrypt --name=shop-db - /etc/credstore.encrypted/shop-db\n",
    'var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("{v}"));\n',
    "final hmac = Hmac(sha256, utf8.encode('{v}'));\n",
    'signer = Joken.Signer.create("HS256", "{v}")\n',
    'token = Phoenix.Token.sign("{v}", "member auth", member.id)\n',
    "const sealed = await Iron.seal(session, '{v}', Iron.defaults);\n",
    "$ sleep 1 && wtype {v} && wtype -k Return\n",
    "$ echo 'type {v}' | dotool\n",
    "$ cliclick c:410,288 t:{v} kp:return\n",
    ":) SELECT count() FROM s3('http://files.apiary.example:9000/yields/*.parquet', 'extractor', '{v}', 'Parquet');\n",
    "# broker.pw before `mosquitto_passwd -U broker.pw`\nscales:{v}\n",
    "03/02/2026, 08:10 - Dee: who changed the shop till password?\n03/02/2026, 08:12 - Sam: me, new one is {v}\n",
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_password_joined_with_a_bang_is_found_after_its_word():
    found("Internal note: the visitor needs the till db password to reach the scales: propolis!qz071 (rotate after)\n",
          "propolis!qz071")


@pytest.mark.parametrize("encode, rule", [
    (elias_gamma, "as one run of Elias gamma codes, one per character code, without separators"),
    (runes, "in runes, a capital after ᛭ and a digit after ᛫"),
    (word_lengths, "as word lengths, each digit of a character code the length of one word, characters split by slashes"),
])
def test_a_stated_forms_run_of_bits_runes_or_word_lengths_is_found(encode, rule):
    run = encode(owner_password(RNG))
    text = f"Notice board: the password of the honey-house PC, written {rule}:\n{run}\nFirst to decode it wins a jar.\n"
    assert flagged(text, run)


@pytest.mark.parametrize("text", [
    ":) SELECT * FROM s3('https://bucket.example/yields.csv', 'CSV', 'hive String, kg UInt16');\n",
    'token = Phoenix.Token.sign(conn, "member auth", member.id)\n',
    "03/02/2026, 08:10 - Dee: who changed the shop till password?\n03/02/2026, 08:12 - Sam: me, it is in the vault now\n",
])
def test_calls_and_answers_without_a_secret_are_kept(text):
    kept(text)


def test_a_pulumi_configs_key_and_a_sasl_mechanism_are_no_values():
    value = owner_password(RNG)
    pulumi = f"$ pulumi config set --secret apiary:shopDbPassword {value}\n"
    assert flagged(pulumi, value) and not flagged(pulumi, "apiary:shopDbPassword")
    sasl = "CAP REQ :sasl\nAUTHENTICATE PLAIN\n:irc.example AUTHENTICATE +\nAUTHENTICATE aG9uZXkAaG9uZXkAUHJvcG9saXNfcTk5eA==\n"
    assert flagged(sasl, "aG9uZXkAaG9uZXkAUHJvcG9saXNfcTk5eA==") and not flagged(sasl, "PLAIN")


@pytest.mark.parametrize("template", [
    "till,size_range,counter,staff,drawer_code,shift\n2,Y8-M13,north,shopadmin,{v},evening\n",
    "sheet\tskip\ttablet\tnotes\nC\tplantops\t{v}\tstones re-numbered\n",
    "# queens.dat  breeder|line|grafts|console|notes\nheatherbank|buckfast-22|40|{v}|do not share\n",
])
def test_an_access_columns_owner_password_is_found(template):
    value = "leadstone.zci789"
    found(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "sku,name,code,price\n1001,Heather honey 340g,HIVE-AB12,7.50\n1002,Wildflower 454g,HIVE-AC14,8.25\n",
    "site,gate,opens\nHeather Bank,north-gate,07:00\nMoor Edge,gate-b12,08:00\n",
    "unit\tconsole\tfw\nHS-07\tconsole-07\t2.4.1\nHS-08\tdb.prod01\t2.4.1\n",
])
def test_an_access_columns_codes_and_names_are_kept(text):
    kept(text)


@pytest.mark.parametrize("template", [
    "[COM3 9600 8N1] >> $UNL*coachdesk*{v}*7F#\n[COM3 9600 8N1] << $ACK*UNL*00#\n",
    "[rx] $KMUNL,MEASURE,{v},8*2F\n",
    "10:22:41.118 UDP 10.40.3.230:47808 -> 255.255.255.255:47808  EHU UNLOCK {v} ZONE-B\n",
    "UNLK {v} 0x1F\nTARE\n",
    'udp 10.40.6.11:7400 -> 10.40.6.2:7400  "SBCP/1 LOGIN rinkB zamboni_ops {v}"\n',
    "$ echo -n '{v}' | sudo systemd-creds encrypt --name=shop-db - /etc/credstore.encrypted/shop-db\n",
])
def test_an_owners_password_in_a_devices_frame_is_found(template):
    found(template.format(v="twelvefoot_f66qt87"), "twelvefoot_f66qt87")


def test_a_frames_other_fields_are_kept():
    kept("TX: UNL bay-07 0x3F\nRX: ACK 00\nLOGIN failed from 10.0.0.1 (code 0x2F)\n")
