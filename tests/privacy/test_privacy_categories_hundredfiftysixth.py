"""Categories read after the hundred-and-fifty-sixth and hundred-and-fifty-seventh corpora (jewellery retail,
watchmaking and pawn shops; notary, title insurance and real-estate closing) (issue 12, part 79).

- Found: a chat's "here is the <name> for the parts script <value> (delete after copying)"; a quoted secret
  that starts with "(" but does not end with ")"; ARJ's -g; doobie's Transactor.fromDriverManager(driver, JDBC
  URL, user, pw).
- Kept: "(none)" and its kind as a value; an event log's CSV row whose event name holds "pass"
  (kba_pass,<session id>,<time>); a note that hands over a public key.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import uuid

import pytest

from privacy_support import B62, gone, kept, owner_password, random_text

RNG = random.Random(2026_156)



@pytest.mark.parametrize("noun", ["api key", "registry token", "account password", "client secret"])
def test_a_secret_handed_over_a_few_words_after_its_name_is_found(noun):
    value = random_text(RNG, B62, 32)
    gone(f"[bench-chat] Lena: here is the watch parts {noun} for the parts script {value} (delete after copying)\n", value)


@pytest.mark.parametrize("template", [
    'C:\\> arj a -g{pw} TICKETS.ARJ *.DBF\n',
    'val xa = Transactor.fromDriverManager[IO]("org.postgresql.Driver", "jdbc:postgresql://10.20.4.15/loans", "appraiser2", "{pw}", None)\n',
])
def test_a_password_given_by_its_place_is_found(template):
    pw = owner_password(RNG)
    gone(template.format(pw=pw), pw)


def test_a_quoted_secret_that_opens_with_a_bracket_is_found():
    value = "(" + random_text(RNG, B62 + "#%_", 47)
    gone(f'repairId = input.ID;\njewellerySiteSessionSecret = "{value}";\n', value)


@pytest.mark.parametrize("make", [
    lambda: 'DB_PASSWORD = "(none)"\n',
    lambda: "event,session_id,at\n" + "".join(f"kba_pass,{uuid.UUID(int=RNG.getrandbits(128))},2024-05-0{d}T18:00:00Z\n" for d in range(1, 4)),
    lambda: "here is the public key for the parts script " + random_text(RNG, B62, 40) + " (safe to share)\n",
])
def test_stand_ins_logs_and_public_keys_are_kept(make):
    kept(make())
