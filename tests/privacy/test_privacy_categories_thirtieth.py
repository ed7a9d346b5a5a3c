"""Categories read after the thirtieth held-out corpus (issue 12, part 30).

- Hidden: JavaScript's old ``%u006B`` escapes; a value given below its name in a quoted e-mail reply
  (``> ``) or a comment (``# ``), whatever its encoding.
- Found: an IMAP client's tagged ``LOGIN``; a cracked hash's plain text (``<md5>:<password>``, as
  hashcat --show and potfiles print it); ``hydra -p``; ``mkstore -createCredential``; smbclient's
  password after the share; a Deluge auth file (no header, its ``localclient`` line first); ldap3's
  ``Connection(server, user, password)``; a dotted password (``Fo.kMbL_XBB4``: no attribute is named
  so) in a PgBouncer userlist; Samoan's and Oromo's words for password; an SVN auth cache after other
  words on its first line.
- Kept: an AWS KMS ciphertext blob (``AQICAH…``) under a password's name; a fixture with a word in
  its name (``mock-storybook-token-73``).

Every encoder is written from the encoding's definition; random values are made up here. No corpus is read."""
from __future__ import annotations

import base64
import random
from functools import partial

import pytest

from privacy_support import B62, gone, kept, made_password, random_text, sample_tokens

RNG = random.Random(2026_30)
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)


@pytest.mark.parametrize("token", TOKENS)
def test_a_token_as_percent_u_escapes_is_found(token):
    text = "as %u escapes: " + "".join(f"%u{ord(c):04X}" for c in token) + "\n"
    assert gone(text) != text


@pytest.mark.parametrize("template", [
    "On Tue, Kim wrote:\n> Here is the API token, as you asked:\n> {v}\n>\n> cheers, K.\n",
    "# Here is the deploy secret, written backwards:\n# {v}\n",
])
def test_a_key_below_its_name_in_a_quote_or_comment_is_found(template):
    value = rand(B62, 40)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "S: * OK IMAP4rev1 ready\nC: a1 LOGIN bob@corp.example {v}\nS: a1 OK LOGIN completed\n",
    "# hashcat --show output (cracked)\n5f4dcc3b5aa765d61d8327deb882cf99:{v}\n",
    "$ hydra -l admin -p {v} ssh://10.0.0.15\n",
    "$ mkstore -wrl /opt/wallet -createCredential ORCL scott {v}\n",
    "$ smbclient //nas/media {v} -U bob -c ls\n",
    "localclient:4d1f0c2b9a8e7d6c:10\nbob:{v}:10\n",
    "conn = Connection(server, 'cn=admin,dc=corp,dc=example', '{v}', auto_bind=True)\n",
    '"app" "Fo.{v}"\n"stats" "md5a3556571e93b0d20722ba62be61e8c2d"\n',
    "19:02 <nonna_pina> Talofa! O le upu faalilolilo o le NAS o {v}. Aua le tuuina atu i se isi.\n",
])
def test_a_password_by_its_place_is_found(template):
    value = made_password(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("before", ["", "token build see retried ", '{"cmd": "'])
def test_an_svn_auth_cache_after_other_words_is_read(before):
    """hypothesis found it (about one case in four of this type failed on a7a1de8): the cache's K/V
    lines need not start a line."""
    value = made_password(RNG)
    gone(before + f"K 8\npassword\nV 12\n{value}\nK 15\nsvn:realmstring\nV 9\n<https://x>\nEND\n", value)


def test_a_dotted_password_is_no_attribute_path():
    gone('"app" "Fo.kMbL_XBB4"\n', "Fo.kMbL_XBB4")


@pytest.mark.parametrize("text", [
    "Environment variables (encrypted at rest with aws/lambda)\nDB_PASSWORD  AQICAH"
    + base64.b64encode(bytes(RNG.randrange(256) for _ in range(150))).decode() + "\n",
    "export const LoggedIn = { args: { token: 'mock-storybook-token-73' } };\n",
    "x = hashes.SHA256\ny = np.float64\n",
])
def test_what_only_looks_secret_is_kept(text):
    kept(text)
