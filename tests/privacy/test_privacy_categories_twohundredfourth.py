"""Categories read after the two-hundred-and-fourth and two-hundred-and-fifth corpora (ferry operators, water taxis
and harbour pilots; butcher shops, fishmongers and farm shops) (issue 12, part 95).

- Found: an HMAC's key as a literal in each language's own call (Python, Node, Java, .NET, Rust, Ruby, PHP, Go,
  PostgreSQL, Oracle) and itsdangerous's serializer secret; NMEA's ``$P…,LOGIN,user,pw,…`` (the password, not
  what follows it); memcached's SASL login in a client/server transcript (``C: set auth …``); a console
  transcript's password echoed after its login; ``echo pw | veracrypt --stdin``; SQL setting a ``pw`` column to
  a hash of the literal, and SQL Server's ``PWDENCRYPT('pw')``.
- Kept: an HMAC keyed by a variable, a key spec from bytes, a console's login with its password prompt, an MD5 of
  a product code, a ZPL label's ``^FO40,300^FD…`` fields, Perforce's ``-p ssl:host:1666`` (its port, after ``-u``).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import found, kept, owner_password, shared_engine

RNG = random.Random(2026_204)


@pytest.mark.parametrize("template", [
    'sig = hmac.new(b"{v}", body, hashlib.sha256).hexdigest()\n',
    'const sig = crypto.createHmac(\'sha256\', \'{v}\').update(rawBody).digest(\'hex\');\n',
    'SecretKeySpec k = new SecretKeySpec("{v}".getBytes(StandardCharsets.UTF_8), "HmacSHA256");\n',
    'using var h = new HMACSHA256(Encoding.UTF8.GetBytes("{v}"));\n',
    'let mut mac = HmacSha256::new_from_slice(b"{v}").expect("key");\n',
    "sig = OpenSSL::HMAC.hexdigest('SHA256', '{v}', request.raw_post)\n",
    "<?php\n$sig = hash_hmac('sha256', $payload, '{v}');\n",
    'mac := hmac.New(sha256.New, []byte("{v}"))\n',
    "manifests=# SELECT encode(hmac(payload::bytea, '{v}', 'sha256'), 'hex') FROM return_batches;\n",
    "SQL> SELECT DBMS_CRYPTO.MAC(UTL_RAW.CAST_TO_RAW(msg), 3, UTL_RAW.CAST_TO_RAW('{v}')) FROM port_returns;\n",
    's = URLSafeTimedSerializer("{v}", salt="season-pass")\n',
])
def test_a_signing_key_a_call_takes_as_a_literal_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "$GPRMC,071502.00,A,5637.21,N,00555.80,W,11.2,274.0,140326,,,A*6C\n$PFRYL,LOGIN,ticketing,{v},MV-LOCH-FRISA*5A\n",
    "C: set auth 0 0 27\nC: berthmaster {v}\nS: STORED\n",
    "Connected to trace8.farm.lan.\ntrace8.farm.lan login: trace_app\n{v}\nLast login: Fri Jun 14 05:58 on ttyS0\n",
    "$ echo {v} | veracrypt --text --stdin --non-interactive /srv/vault.hc /mnt/vault\n",
    "mysql> UPDATE wholesale_users SET pw = SHA2('{v}', 256) WHERE login = 'pos';\n",
    "1> UPDATE dbo.Staff SET Pw = PWDENCRYPT('{v}') WHERE Login = 'counter';\n2> GO\n",
])
def test_a_password_a_protocol_a_pipe_or_a_hash_takes_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_nmea_s_login_gives_its_password_not_the_field_after_it():
    text = "$PFRYL,LOGIN,ticketing,Ensign-uru777,MV-LOCH-FRISA*5A\n"
    at = text.index("MV-LOCH-FRISA")
    assert not any(f.start < at + 13 and at < f.end for f in shared_engine().scan(text) if f.label == "secret")


@pytest.mark.parametrize("text", [
    "h = hmac.new(key, msg, hashlib.sha256)\nconst s = crypto.createHmac('sha256', secret).update(b);\n",
    'SecretKeySpec k = new SecretKeySpec(keyBytes, "HmacSHA256");\n',
    "host login: root\nPassword:\nLast login: Fri Jun 14 05:58 on ttyS0\n",
    "SELECT id FROM stock WHERE sku_md5 = MD5('SKU-1234-AB');\n",
    "^XA\n^FO40,40^A0N,40,40^FDChicken thighs^FS\n^FO40,260^FDGTIN 15060862584669^FS\n"
    "^FO40,300^FDBatch L24061-01^FS\n^XZ\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)


def test_perforce_s_port_after_its_user_is_no_password():
    value = owner_password(RNG)
    text = f"$ echo {value} | p4 -u counter -p ssl:rounds6.hampers.lan:1666 login\nUser counter logged in.\n"
    found(text, value)
    at = text.index("ssl:")
    assert not any(f.start < at + 28 and at < f.end for f in shared_engine().scan(text) if f.label == "secret")
