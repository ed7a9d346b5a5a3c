"""Categories read after the fifty-sixth corpus (issue 12, part 47).

- Found: a game server's launch option (``+rcon_password v``, ``+sv_password v``); a password made
  for a policy — a capitalized word, a joiner, a word, digits and a closing mark — standing anywhere,
  in a language whose word for "password" we do not know, after a tool's ``-p`` or in a chat message.
- Kept: a version floor ("Android-api21+"), a question ending in a name with digits, a name with no
  closing mark, a file name.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string

import pytest

from privacy_support import WORDS, gone, kept

RNG = random.Random(2026_56)


def policy_password() -> str:
    """Made the way a person meets a policy: Word, joiner, word, digits, a closing mark."""
    first, second = RNG.sample(WORDS, 2)
    return (first.capitalize() + RNG.choice("._*^#") + second + str(RNG.randrange(100, 999))
            + RNG.choice("!+^-*#"))


@pytest.mark.parametrize("template", [
    "./srcds_run -game tf +map ctf_2fort +rcon_password {v} -port 27015",
    "hlds_run -game cstrike +sv_password {v} +maxplayers 16",
    "steghide embed -cf cover.jpg -ef notes.txt -p {v}",
    "[10:52] admin » new login for the panel: {v} (do not share)",
    "Na vosa vuni ni akaunitu oqo {v} kua ni vakaraitaka.",
    '{{"content":"tumia {v} kwa akaunti ya duka","author":"ops"}}',
    "Mot clé du coffre : {v}",
])
def test_a_policy_made_password_is_found_without_its_word(template):
    value = policy_password()
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "Requires Android-api21+ to run the sample app.",
    "Did you update Release.notes2024?",
    "Open Config.value123 in the editor.",
    "Saved as Report_final2024.pdf and Backup.tar12.gz yesterday.",
    "See Section.para12 and Table-row34 for details.",
])
def test_names_versions_and_files_with_digits_are_kept(text):
    kept(text)


def test_the_launch_option_value_is_the_one_replaced():
    value = "Q" + "".join(RNG.choice(string.ascii_letters + string.digits) for _ in range(14))
    out = gone(f"srcds_run -console +rcon_password {value} +map de_dust2", value)
    assert "+map de_dust2" in out and "srcds_run -console" in out
