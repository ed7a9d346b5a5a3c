"""Categories read after the two-hundred-and-thirty-fourth and two-hundred-and-thirty-fifth corpora (laundrettes, dry
cleaners and linen hire; surf schools, board shapers and beach lifeguard clubs) (issue 12, part 106).

- Found: a password piped into ``keyctl padd``; postgresql-simple's ``ConnectInfo`` password; a decoded SOCKS5
  sub-negotiation's password (``[01] [len=6] user [len=14] pw``, Wireshark's ``PLEN``); a JAX-WS ``openSession``'s
  arg1; Perl's ``hmac_sha256_hex(data, 'key')``; IRC's ``JOIN #channel key`` after a capture's ``<<``; an NMEA-style
  ``$…,AUTH,id,pw`` sentence; a device's ``LOGIN id pw`` line followed by more lines; a what3words key (eight
  capitals or digits) by its name; a stated form's "console code"; bytes written as MAC addresses in a list.
- Kept: a what3words key's placeholder (``XXXXXXXX``).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import flagged, found, kept, owner_password, random_text

RNG = random.Random(2026_234)


@pytest.mark.parametrize("template", [
    "ray@pos-back:~$ echo -n {v} | keyctl padd user till-db @u\n78717\n",
    'conn <- connect (ConnectInfo "db.linen-hire.internal" 5432 "pressops" "{v}" "linen")\n',
    "client -> proxy (10.40.0.9:1080)  [01] [len=6] depotn [len=14] {v}\nproxy -> client  [01] [00]\n",
    "SOCKS Protocol\n    Version: 1 (username/password sub-negotiation)\n    ULEN: 7\n    User: counter\n"
    "    PLEN: 14\n    {v}\n",
    "<lin:openSession>\n  <arg0>rayowner</arg0>\n  <arg1>{v}</arg1>\n</lin:openSession>\n",
    "my $sig = hmac_sha256_hex($body, '{v}');\n",
    "<< JOIN #patrol-captains {v}\n>> :kai!kai@10.20.4.17 JOIN #patrol-captains\n",
    "serial /dev/ttyUSB0 4800 8N1\n> $LGTWR,AUTH,T2,{v}*3C\n< $LGTWR,ACK,T2,OK*5D\n",
    "UDP 10.20.4.31:5060 -> 10.20.4.2:7000  len=38\n  LOGIN T2 {v}\nUDP 10.20.4.2:7000 -> 10.20.4.31:5060  len=6\n",
])
def test_a_password_by_its_place_in_a_call_or_a_capture_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_what3words_key_is_found_by_its_name_and_its_placeholder_kept():
    key = random_text(RNG, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 8)
    found(f"# .env.production – lessons app\nNODE_ENV=production\nWHAT3WORDS_API_KEY={key}\n", key)
    kept("W3W_API_KEY=XXXXXXXX\n")


@pytest.mark.parametrize("opening", [
    "Tower riddle (T2): you will need the tower console code; it is written as MAC addresses: the UTF-8 bytes six at a "
    "time in upper-case hex (the last one filled up with 00 bytes), separated by ', '",
    "Chalkboard, shaping bay: the lesson office PC password, written as MAC addresses, six bytes a group, separated by ', '",
])
def test_bytes_written_as_mac_addresses_in_a_list_are_a_stated_forms_secret(opening):
    value = owner_password(RNG).encode()
    padded = value + b"\0" * (-len(value) % 6)
    run = ", ".join(":".join(f"{b:02X}" for b in padded[i:i + 6]) for i in range(0, len(padded), 6))
    assert flagged(f"{opening}:\n{run}\nWipe the board when you are done.\n", run)
