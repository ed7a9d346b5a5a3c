"""Categories read after the hundred-and-sixty-seventh and hundred-and-sixty-ninth corpora (pest control, lawn care
and landscaping; golf courses and country clubs) (issue 12, part 83).

- Found: more of what a script types into a login (Robot Framework's Input Text, Maestro's inputText, Detox's,
  Espresso's and XCUITest's typeText, TestCafe's and Nightwatch's chained calls, .NET's SendKeys.SendWait, tmux's
  send-keys, screen's stuff, ydotool's type); a chat(8) script's "ssword: pw"; smbprotocol's
  register_session(host, user, password); a payment gateway's merchant PIN; a chat export's message that names a
  secret with the value as the next message; the German spelling alphabet (DIN 5009's words) read out.
- Kept: a command a script types (tmux's "make test"); a board's pin number; a chat whose next message is a reply.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string

import pytest

from privacy_support import found, kept, owner_password, random_text

RNG = random.Random(2026_167)


@pytest.mark.parametrize("template", [
    "*** Test Cases ***\nLog In To Portal\n    Input Text    id:login    irrigation\n    Input Text    id:pin    {v}\n",
    '- launchApp\n- tapOn: "PIN"\n- inputText: "{v}"\n- tapOn: "Unlock"\n',
    "await element(by.id('kiosk-exit-pin')).typeText('{v}');\n",
    'onView(withId(R.id.exitPin)).perform(typeText("{v}"), closeSoftKeyboard());\n',
    "await t\n  .typeText('#user', 'gm_office')\n  .typeText('#pin', '{v}')\n  .click('#sign-in');\n",
    "browser\n  .setValue('input[name=user]', 'clubadmin_ops')\n  .setValue('input[name=pin]', '{v}')\n",
    "[System.Windows.Forms.SendKeys]::SendWait('{v}{{ENTER}}')\n",
    "$ tmux send-keys -t ops:1 '{v}' Enter\n",
    "$ screen -S depot -X stuff '{v}\\n'\n",
    "> ydotool type '{v}' && ydotool key 28:1 28:0\n",
])
def test_more_of_what_a_script_types_into_a_login_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    'ABORT BUSY\n"" ATZ\nOK ATDT*99#\nogin: feeder\nssword: {v}\n',
    'smbclient.register_session("dues-40.club.local", "gm_office_ops", "{v}")\n',
    "[06/03 07:14] Luis Ortega: new route scheduler db password for the depot box\n[06/03 07:14] Luis Ortega: {v}\n"
    "[06/03 07:15] Priya N.: thx\n",
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_merchant_pin_is_found():
    value = random_text(RNG, string.ascii_uppercase + string.digits, 64)
    found(f"COURSE_TZ=America/Chicago\nELAVON_CONVERGE_MERCHANT_PIN={value}\n", value)


def test_a_key_named_in_one_chat_message_and_given_in_the_next_is_found():
    value = random_text(RNG, "0123456789ABCDEF", 32)
    found(f"[06/03 07:14] Luis: new lorawan app key for the depot box\n[06/03 07:14] Luis: {value}\n", value)


def test_the_german_spelling_alphabet_read_out_is_found():
    secret = "hazard-" + random_text(RNG, string.digits, 1) + random_text(RNG, "vwk", 3) + random_text(RNG, string.digits, 2)
    words = dict(zip(string.ascii_lowercase, "anton berta cäsar dora emil friedrich gustav heinrich ida julius kaufmann "
                     "ludwig martha nordpol otto paula quelle richard samuel theodor ulrich viktor wilhelm xanthippe "
                     "ypsilon zacharias".split()))
    words.update(zip(string.digits, "null eins zwei drei vier fünf sechs sieben acht neun".split()), **{"-": "Strich"})
    run = " ".join(words[c] for c in secret)
    text = ("Riddle card in the starter hut: the tee-sheet admin password, spelt with the classic German spelling "
            f"alphabet, separated by spaces:\n{run}\nFirst group to decode it gets the 6:50 tee time.\n")
    found(text, run)


@pytest.mark.parametrize("text", [
    "$ tmux send-keys -t main 'make test' Enter\n$ screen -X stuff 'ls -la'\n",
    "#define LED_PIN 13\nLED_PIN=13\n",
    "[06/03 07:14] Luis: did you reset the password for the depot box\n[06/03 07:14] Priya: yes\n",
    "Input Text    id:search    balayage\n",
])
def test_commands_pins_and_replies_are_kept(text):
    kept(text)
