"""Categories read after the two-hundred-and-thirteenth and two-hundred-and-fourteenth corpora (lifeboat stations,
mountain rescue and coastguard volunteers; language schools, tutoring agencies and exam centres) (issue 12, part 98).

- Found: a table's "pin" column (``pin``, ``portal_pin``) and an "unlock" column joined to another word
  (``kiosk_unlock``); an INI's ``unlock = user, pw``; node ssh2's keyboard-interactive ``finish(['pw'])``; PHP's
  ``openssl_pkcs12_read`` and pgcrypto's ``encrypt(data, 'key', 'aes')``; ``printf '%s\\n' user pw`` piped to
  openconnect; a password piped to ``kubectl create secret … /dev/stdin``; ``newusers``' heredoc; AutoIt's
  ``ControlSetText``, FlaUI's ``box.Enter`` and Hammerspoon's ``keyStrokes``; a Māori message's "Ko … te
  kupuhipa"; character codes as Polish, Danish or Swahili number words.
- Kept: a "licence" column's licence numbers (sponsor_licence: G949MIG2V), JOSE's ``x5t#S256``, a JCA algorithm's
  name (``PBKDF2WithHmacSHA256``), a Khmer sentence after a dash, a Samoan greeting before "te password", a
  connector's pin numbers, and the calls above without a password.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import flagged, found, gone, kept, owner_password

RNG = random.Random(2026_213)


@pytest.mark.parametrize("template", [
    "crew_id,name,pager_capcode,pin,role\nC134,A. Roberts,1234134,{v},helm\n",
    "host_id\tfamily\tpostcode\tbeds\tportal_pin\tnotes\nH-0187\tEdwards\tBS6 5QT\t2\t{v}\tno pets\n",
    "student_id,surname,level,kiosk_unlock,room\nS2026-0412,Nakamura,B1,{v},2A\n",
    "[kiosk-4B]\nbuilding = Queen Square\nunlock = lpereira, {v}, 2026-01-05\n",
    "conn.on('keyboard-interactive', (name, instr, lang, prompts, finish) => {{\n  finish(['{v}']);\n}});\n",
    "$p12 = file_get_contents('/srv/certs/verify.p12');\nopenssl_pkcs12_read($p12, $certs, '{v}');\n",
    "UPDATE hosts SET bank_ref_enc = encrypt(convert_to(bank_ref, 'UTF8'), '{v}', 'aes') WHERE id = 187;\n",
    "ops@lh-ops:~$ printf '%s\\n' 'dos_office' '{v}' | openconnect --non-inter vpn.school.example --passwd-on-stdin\n",
    "$ echo -n '{v}' | kubectl -n exams create secret generic lti --from-file=password=/dev/stdin\n",
    "root@lh-lab:~# newusers <<'EOF'\ndos_office:{v}:2101:2101:Summer tutor:/home/dos_office:/bin/bash\nEOF\n",
    'ControlSetText("Shop Till - Login", "", "Edit2", "{v}")\nControlClick("Shop Till - Login", "", "Button1")\n',
    'var box = window.FindFirstDescendant(cf => cf.ByAutomationId("f2")).AsTextBox();\nbox.Enter("{v}");\n',
    'hs.hotkey.bind({{"cmd", "alt"}}, "L", function()\n  hs.eventtap.keyStrokes("{v}")\nend)\n',
    "Ko {v} te kupuhipa o te rorohiko pōnaho i te whare poti – kaua e tukuna atu ki ētahi atu.\n",
    '<message type="chat"><body>Ko {v} te kupuhipa hou mō te pūkete, kaua e tukuna ki Discord.</body></message>\n',
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


_POLISH = ("zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście "
           "czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście").split()
_POLISH_TENS = "dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt"
_DA = "nul en to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten".split()
_DA_TENS = "tyve tredive fyrre halvtreds tres halvfjerds firs halvfems".split()
_SW = "sifuri moja mbili tatu nne tano sita saba nane tisa".split()
_SW_TENS = "ishirini thelathini arobaini hamsini sitini sabini themanini tisini".split()


def _polish(n: int) -> str:
    words = ["sto"] if n >= 100 else []
    n %= 100
    if n >= 20:
        words.append(_POLISH_TENS.split()[n // 10 - 2])
        n %= 10
        words += [_POLISH[n]] if n else []
    elif n or not words:
        words.append(_POLISH[n])
    return " ".join(words)


def _danish(n: int) -> str:
    head, n = ("hundrede", n - 100) if n >= 100 else ("", n)
    if n >= 20:
        word = (_DA[n % 10] + "og" if n % 10 else "") + _DA_TENS[n // 10 - 2]
    else:
        word = _DA[n] if n else ""
    return " og ".join(w for w in (head, word) if w)


def _swahili(n: int) -> str:
    words = ["mia", "moja"] if n >= 100 else []
    n %= 100
    if n >= 20:
        words += [_SW_TENS[n // 10 - 2]] + (["na", _SW[n % 10]] if n % 10 else [])
    elif n >= 10:
        words += ["kumi"] + (["na", _SW[n % 10]] if n % 10 else [])
    elif n:
        words += [_SW[n]]
    return " ".join(words)


@pytest.mark.parametrize("spell, language", [(_polish, "Polish"), (_danish, "Danish"), (_swahili, "Swahili")])
def test_character_codes_as_number_words_are_found(spell, language):
    value = owner_password(RNG)
    run = " / ".join(spell(ord(c)) for c in value)
    gone(f"Quiz night: the crew-room PC password, as character codes spelled out in {language}:\n{run}\n"
         "First correct answer wins a mug.\n", run)



def test_a_greeting_before_a_samoan_te_password_is_kept():
    value = owner_password(RNG)
    text = f"Talofa, te password o te wifi ko {value}.\n"
    assert flagged(text, value) and not flagged(text, "Talofa")


def test_a_khmer_sentence_after_the_password_is_kept():
    text = "ពាក្យសម្ងាត់កុំព្យូទ័រនៅផ្ទះទូក គឺ neap.h3wn55 – សូមកុំបញ្ជូនបន្តឲ្យអ្នកដទៃ។\n"
    assert flagged(text, "neap.h3wn55") and not flagged(text, "សូមកុំ")


@pytest.mark.parametrize("text", [
    "cas_number,student,course_start,sponsor_licence,status\nE4GTIWIS7NPLJA,S2026-6968,2026-09-01,G949MIG2V,ASSIGNED\n"
    "E4G5O6XJD71SH8,S2026-3753,2026-09-24,T3ZAJG8XS,ASSIGNED\n",
    '{\n  "jwks_uri": "https://id.station.example/.well-known/jwks.json",\n'
    '  "x5t#S256": "U1EEWqH_Z4V2FxmjSv-BJFP7aYBrXkcmb68Owon2Iy8"\n}\n',
    'SecretKey key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec);\n',
    "pin,name,function\n1,VCC,power\n2,GND,ground\n",
    "SELECT encrypt('data', 'key', 'aes');\n",
    'ControlSetText("Notepad", "", "Edit1", "Hello world")\n',
    "$ printf '%s\\n' one two | sort\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
