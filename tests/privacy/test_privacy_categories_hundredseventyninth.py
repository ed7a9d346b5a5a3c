"""Categories read after the hundred-and-seventy-ninth and hundred-and-eighty-first corpora (florists, weddings and
event planning; climbing gyms, bowling alleys and indoor recreation) (issue 12, part 87), and one left from the
hundred-and-sixtieth.

- Found: a telnet or expect script's answer to the prompt that follows the login's, whatever that prompt says
  when it ends in a colon; a prompt that asks for a login code, a PIN, a secret or a token (expect, pexpect);
  an RPC login's password by position (Odoo's JSON-RPC login and execute_kw, its XML-RPC
  ``common.login(db, user, pw)``, SQLAlchemy's ``URL.create``), WordPress's XML-RPC methods (the password after the
  user, tags on lines of their own), IRC's ``JOIN #channel key``, Erlang's ``ftp:user``, iText's PdfReader given
  its owner password's bytes; keytool's -importpass fed by a pipe; a lighttpd plain user file its comment names;
  a 16-hex secret (Flickr's) whose digits happen to repeat; 7-bit binary groups, in 0/1 or Bacon's a/b.
- Kept: the command a script sends at a shell prompt after logging in; expect's answer to "zip code:"; a
  ``JOIN #channel`` with no key and a sentence about joining channels; fly secrets list's digests; Google
  Calendar's nextSyncToken; a bcrypt hash in a users table whose user name is "pat" and a digit; an assembly's
  public key token; PubNub's timetoken (a 17-digit time).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import B62, found, kept, owner_password, random_text

RNG = random.Random(2026_179)


@pytest.mark.parametrize("template", [
    'tn.read_until(b"login: ")\ntn.write(b"driver17\\n")\ntn.read_until(b": ")\ntn.write(b"{v}\\n")\n',
    'child.expect("Username:")\nchild.sendline("admin")\nchild.expect("Enter code:")\nchild.sendline("{v}")\n',
    'child = pexpect.spawn("ssh desk@192.168.50.8")\nchild.expect("login code:")\nchild.sendline("{v}")\n',
    '#!/usr/bin/expect -f\nspawn ssh seatbot@10.20.0.14\nexpect "PIN:"\nsend "{v}\\r"\ninteract\n',
])
def test_the_answer_to_a_secrets_prompt_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    'POST /jsonrpc\n{{"jsonrpc":"2.0","method":"call","params":{{"service":"common","method":"login",'
    '"args":["florist_prod","florist","{v}"]}},"id":156}}\n',
    '{{"jsonrpc":"2.0","method":"call","params":{{"service":"object","method":"execute_kw",'
    '"args":["shop", 2, "{v}", "res.partner", "search", []]}}}}\n',
    'uid = common.authenticate("shop", "admin", "{v}", {{}})\n',
    'url = URL.create("postgresql+psycopg", "svc_sync", "{v}", "db.lan", 5432, "routes")\n',
    "<methodCall><methodName>wp.getPosts</methodName><params>\n<param><value><int>1</int></value></param>\n"
    "<param><value><string>editor</string></value></param>\n<param><value><string>{v}</string></value></param>\n"
    "</params></methodCall>\n",
    "<methodCall><methodName>wp.getUsersBlogs</methodName>\n<params>\n <param><value><string>admin</string></value></param>\n"
    " <param><value><string>{v}</string></value></param>\n</params></methodCall>\n",
    ">> JOIN #vows-ops {v}\n<< :florist!~florist@10.20.0.9 JOIN #vows-ops\n",
    '{{ok, Pid}} = ftp:open("files.venue.internal"),\nok = ftp:user(Pid, "ana", "{v}"),\n',
    'var reader = new PdfReader("contract.pdf", Encoding.ASCII.GetBytes("{v}"));\n',
    'PdfReader reader = new PdfReader(src, "{v}".getBytes());\n',
    "printf '%s\\n' {v} | keytool -importpass -alias lane_bridge -keystore bridge.p12\n",
    "# /etc/lighttpd/kiosk-users.plain\nlaneops:{v}\n",
])
def test_a_password_by_its_place_in_a_call_or_a_protocol_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_sixteen_hex_secret_with_repeated_digits_is_found():
    found('{ "name": "FLICKR_SECRET", "value": "8c55998b53f859d5", "type": 1 }', "8c55998b53f859d5")
    found("FLICKR_SECRET=8c55998b53f859d5", "8c55998b53f859d5")


@pytest.mark.parametrize("ones", ["01", "ab", "AB"])
def test_seven_bit_groups_in_two_symbols_are_found(ones):
    value = random_text(RNG, B62, 18)
    groups = " ".join(format(ord(c), "07b").translate(str.maketrans("01", ones)) for c in value)
    found(f"The relay terminal code is given below in seven-bit groups:\n{groups}\nFirst to crack it wins.", groups)


@pytest.mark.parametrize("text", [
    'tn.read_until(b"login: ")\ntn.write(b"driver17\\n")\ntn.read_until(b"$ ")\ntn.write(b"ls -la /var/log\\n")\n',
    'expect "zip code:"\nsend "90210\\r"\n',
    "JOIN #rust\n",
    "We should join #general and #random today\n",
    "$ fly secrets list -a ticket-door\nNAME\tDIGEST\tCREATED AT\nTIX_API_KEY\t9c3e7a1f0b5d2e84\t9d ago\n"
    "STRIPE_SECRET\t8a1c0e95b2f4d731\t2d ago\n",
    '{\n  "calendarId": "primary",\n  "nextSyncToken": "C7vst0gvSN-vNnoc8MQ_lmPtTu_i1YO=",\n  "etag": "\\"8632168666629797\\""\n}\n',
    "id | username   | password_hash                                                 | role\n"
    " 1 | pat9       | $2b$12$p4ASBy3Hv3EAV5oIK3YRbFWN/DrzCfXZZ5I6Z37QVzlGIvuoppSIl | setter\n",
    "sn -T Orders.Core.dll\n\nPublic key token is 73af5fd63cd3df35\n",
    '"message": {"text": "hi"}, "timetoken": "17800800814209641", "uuid": "sfuadmin"}',
])
def test_what_only_looks_like_a_secret_is_kept(text):
    kept(text)
