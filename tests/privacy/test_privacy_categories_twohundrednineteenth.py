"""Categories read after the two-hundred-and-nineteenth and two-hundred-and-twentieth corpora (tree surgeons,
arborists and firewood suppliers; karting tracks, paintball and laser-tag venues) (issue 12, part 100).

- Found: a framework's signing key (gorilla's ``NewCookieStore([]byte("k"))``, Rails' ``MessageVerifier.new("k")``,
  Erlang's ``:crypto.mac(:hmac, :sha256, "k", …)``, CryptoKit's ``SymmetricKey(data: Data("k".utf8))``);
  pyftpdlib's ``add_user(user, pw, home)``; ClickHouse's ``remote(host, db.table, user, pw)``; T-SQL's
  ``sp_addapprole``; a device's ``#LOGIN,user,pw`` frame; Compose's ``performTextInput`` and UI Automation's
  ``ValuePattern.SetValue``.
- Kept: Oracle's host/service after oci_connect's password (``10.40.2.21/WTNPDB``, ``//host:1521/SVC``).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import flagged, found, owner_password

RNG = random.Random(2026_219)


@pytest.mark.parametrize("template", [
    'var store = sessions.NewCookieStore([]byte("{v}"))\n',
    'verifier = ActiveSupport::MessageVerifier.new("{v}")\n',
    'sig = :crypto.mac(:hmac, :sha256, "{v}", body) |> Base.encode16(case: :lower)\n',
    'let key = SymmetricKey(data: Data("{v}".utf8))\n',
    "auth = DummyAuthorizer()\nauth.add_user('kiln', '{v}', '/srv/scans', perm='elradfm')\n",
    "SELECT * FROM remote('ch-1.venue.lan:9000', laps.passings, 'timing_svc', '{v}');\n",
    "1> EXEC sp_addapprole 'lapboard_reader', '{v}';\n2> GO\n",
    "> #LOGIN,pitdesk,{v},1*\n< #LOGIN,OK*\n",
    'composeRule.onNodeWithTag("f2").performTextInput("{v}")\n',
    '((ValuePattern)box.GetCurrentPattern(ValuePattern.Pattern)).SetValue("{v}");\n',
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)



@pytest.mark.parametrize("service", ["10.40.2.21/WTNPDB", "//dmx.venue.lan:1521/LEAGUE", "db.arb.example.org/ORCL"])
def test_oracles_host_and_service_after_the_password_is_kept(service):
    value = owner_password(RNG)
    text = f"$conn = oci_connect('office', '{value}', '{service}');\n"
    assert flagged(text, value) and not flagged(text, service)
