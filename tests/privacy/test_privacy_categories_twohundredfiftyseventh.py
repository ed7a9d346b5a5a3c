"""Categories read after the two-hundred-and-fifty-seventh and -fifty-ninth corpora (stained-glass studios,
church-organ builders and heritage-window restorers; saddlers, leatherworkers and tack shops) and the fifty-fourth's
and -fifth's left items (issue 12, part 113; the fifty-eighth is held out).

- Found: a value said in a caption cue after the cue that names it (SRT with its numbers, WebVTT without); a Teams
  incoming webhook whose path part is any 32 letters and digits, as gitleaks reads it; a password in lower case before
  Scottish Gaelic's "am facal-faire"; a password after Haitian's copula "se", after its word "modpas".
- Found, read from the fifty-seventh: a key named a pairing code (``kiln_pairing_code: "…"``, "KILN PAIRING CODE" over
  it, asked for in a chat); Zoom's saved chat ("10:06:30 From A to Everyone:" over each message), the answer a message
  of its own; a question answered on its own line ("… password still works? it's …"); a passphrase piped to a tool's
  ``--key-file /dev/stdin`` (udisksctl); XMLHttpRequest's ``open(method, url, async, user, password)``; a value one
  character a puzzle of one template ("hyp 3445 leg 3444 ; …", "marked 5, caught 99, recaptured 5 | …", "[cap 20]
  9/35 12/37 | …", "income 1264; free 930; next 220 at 25%; rest at 50% | …").
- Found, read from the fifty-ninth (and the fifty-seventh's like cases): a password of a word, a joiner, digits and
  a letter or two (``mallet.47m``) after a word for it in a sentence; ``printf %s 'v' | xclip``; a password piped to
  cryfs (its non-interactive front end reads it from standard input); Win32's ``LogonUserW(user, domain, pw, …)``; a
  DuckyScript line typed and entered under a remark that it unlocks; Detox's ``replaceText``, Arduino's
  ``Keyboard.print``, Power Automate Desktop's ``SendKeys … TextToSend``; a CloudFormation parameter named for a key,
  its ``Default`` under its ``Type``; a value one character a bracketed puzzle ("[A-D 105, B-C 26] [C-F 71, …]").
- Kept: Afrikaans' possessive "se" before its word for password; Haitian "se" before words; a token a log line
  says was rejected for a failed check ("rejected token=… reason=checksum"; not a GitHub token whose checksum
  holds); a Maps key a property list names a browser key (``<key>MapsBrowserKey</key>``); a list of measurements
  after a sentence with no secret; Algolia's search key in a page's script (not a search API's key); a fly secrets
  list's digests quoted in a mail ("> NAME  DIGEST").

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import uuid

import pytest
from privacy_support import found, kept, owner_password, random_text

from actors.privacy.engine.checksums import base62_crc32

RNG = random.Random(2026_257)
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWER36 = "abcdefghijklmnopqrstuvwxyz0123456789"


@pytest.mark.parametrize("template", [
    "7\n00:00:41,200 --> 00:00:44,900\nnow type the cutting-room admin password\n\n8\n00:00:45,000 --> 00:00:48,300\n"
    "which is {v} and press enter\n\n9\n00:00:48,400 --> 00:00:51,000\nthat is all\n",
    "WEBVTT\n\n01:12.000 --> 01:15.500\nthe kiln console password\n\n01:15.600 --> 01:18.000\nis {v} for now\n",
])
def test_a_value_said_in_the_next_caption_cue_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_teams_webhook_with_any_letters_in_its_path_is_found():
    u = lambda: str(uuid.UUID(int=RNG.getrandbits(128), version=4))   # noqa: E731
    url = (f"https://leadlight.webhook.office.com/webhookb2/{u()}@{u()}/IncomingWebhook/"
           f"{random_text(RNG, LOWER36, 32)}/{u()}")
    found(f"$ netlify env:set TEAMS_HOOK '{url}'\nSet environment variable TEAMS_HOOK\n", url[60:90])


@pytest.mark.parametrize("template", [
    "Is e {v} am facal-faire airson a' choimpiutair sa bhùth, na innis e do dhuine.",
    "08:44  Modpas òdinatè kès la se {v} , tanpri pa di pèsonn li.",
    "Jozèf, modpas wifi atelye a kounye a se {v} – kenbe l pou ou.",
])
def test_a_lower_case_password_in_a_sentence_that_names_it_around_it_is_found(template):
    value = RNG.choice(["leadlight", "cames", "grozing", "quarry"]) + "_" + random_text(RNG, "0123456789", 4) + \
        random_text(RNG, "abcdefghkmnpqrstuvwxyz", 2)
    found(template.format(v=value), value)


def _pairing_code() -> str:
    return "kpc_" + "-".join(random_text(RNG, "0123456789", 4) for _ in range(5))


@pytest.mark.parametrize("template", [
    'substitutions:\n  device_name: chancel-logger-8\n  kiln_pairing_code: "{v}"\n',
    "VITE_API_BASE=https://stock.glass.example/api\nVITE_KILN_PAIRING_CODE={v}\n",
    "[OCR of a photo of the note inside the cupboard]\nKILN PAIRING CODE\n{v}\n(don't move this note)\n",
    "12:00:37 From Fenella Strachan to Everyone:\n\tcan someone paste the kiln pairing code?\n"
    "12:17:12 From Agnieszka Hollis to Everyone:\n\t{v}\n",
])
def test_a_pairing_code_is_found(template):
    value = _pairing_code()
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "10:06:30 From Declan Firth to Everyone:\n\tcan someone paste the voicing workstation password?\n"
    "10:52:39 From Fenella Strachan to Everyone:\n\t{v}\n",
    '  {{"type": "message", "text": "Ngozi, can you check the console setter password still works? it\'s {v}"}},\n',
    "$ printf %s {v} | udisksctl unlock -b /dev/sdc1 --key-file /dev/stdin\nUnlocked /dev/sdc1 as /dev/dm-3.\n",
    "const xhr = new XMLHttpRequest();\nxhr.open('GET', '/cgi-bin/status', true, 'kiln', '{v}');\nxhr.send();\n",
])
def test_a_password_given_in_these_is_found(template):
    value = RNG.choice(["clarion", "rosette", "tierce", "quint"]) + RNG.choice(".+") + random_text(RNG, "0123456789", 2)
    found(template.format(v=value), value)


def _puzzles(value: str, form) -> str:
    """One puzzle a character, whose answer is its code (a Pythagorean triple's leg; M * C / R)."""
    return " ; ".join(form(ord(c)) for c in value)


@pytest.mark.parametrize("form, rule", [
    (lambda c: f"hyp {c * c + 1 >> 1 if c % 2 else c * c // 4 + 1} leg {c * c - 1 >> 1 if c % 2 else c * c // 4 - 1}",
     "as right-angled triangles written 'hyp c leg a': the other shorter side is a character code"),
    (lambda c: (lambda r: f"marked {c}, caught {r}, recaptured {r}")(RNG.randint(2, 9)),
     "as mark-and-recapture counts: the Lincoln-Petersen estimate M * C / R is a character code"),
])
def test_a_value_one_character_a_puzzle_of_one_template_is_found(form, rule):
    value = owner_password(RNG)
    run = _puzzles(value, form)
    found(f"Puzzle corner. The password of the console in the loft is hidden below, one character per item, written {rule}; "
          f"read them in order:\n{run}\n(Answers on the back page.)\n", run[10:40])


def test_a_token_whose_checksum_holds_is_found_where_a_line_says_it_failed():
    body = random_text(RNG, B62, 30)
    token = "ghp_" + body + base62_crc32(body)     # (a line cannot make a valid token's check fail)
    found(f"2025-11-04T17:14:27Z gateway WARN rejected token={token} reason=checksum\n", token)


@pytest.mark.parametrize("name", ["TAVILY_SEARCH_API_KEY", "BRAVE_SEARCH_API_KEY", "WwffLogsearchApiKey"])
def test_a_search_apis_key_is_found_though_a_front_ends_search_key_is_public(name):
    value = "tvly-" + random_text(RNG, B62, 32)
    found(f'    environment:\n      - {name}={value}\n', value)


def _letter_tail() -> str:
    return RNG.choice(["mallet", "grakle", "pelham", "dubbin"]) + RNG.choice("._-") + random_text(RNG, "0123456789", 3) + \
        random_text(RNG, "kmpq", 1)


@pytest.mark.parametrize("template", [
    "Пароль ад камп'ютара ў раскройным цэху {v} — толькі нікому яго не кажы, калі ласка.",
    "Lefoko la sephiri la khomputara ya phaposi ya go sega ke {v} tsweetswee o se ka wa bolelela ope.",
    "$ printf %s '{v}' | xclip -selection clipboard   # for the till login box\n",
    "$ echo '{v}' | CRYFS_FRONTEND=noninteractive cryfs ~/.stock-enc ~/stock-notes\n",
    'if (!LogonUserW(L"embroidery", L"EMB-PC02", L"{v}", LOGON32_LOGON_INTERACTIVE,\n',
    "REM unlock the stitcher HMI PC after a power cut\nDELAY 2000\nSTRING {v}\nENTER\n",
    "await element(by.id('f1')).replaceText('ffion');\nawait element(by.id('f2')).replaceText('{v}');\n",
    "void setup() {{\n  Keyboard.begin();\n  Keyboard.print(\"{v}\");\n  Keyboard.write(KEY_RETURN);\n}}\n",
    "Keyboard.SendKeys.FocusAndSendKeys TextToSend: $\'\'\'{v}\'\'\' DelayBetweenKeystrokes: 10\n",
])
def test_a_password_of_a_word_and_a_tail_is_found_in_these(template):
    value = _letter_tail()
    found(template.format(v=value), value)


def test_a_cloudformation_parameters_default_is_found():
    value = "sfk-" + random_text(RNG, LOWER36, 24) + "-" + random_text(RNG, "0123456789abcdef", 8)
    found(f"Parameters:\n  Stage:\n    Type: String\n    Default: prod\n  StockFeedKey:\n    Type: String\n"
          f"    NoEcho: false\n    Default: '{value}'\nResources: {{}}\n", value)


def test_a_value_one_character_a_bracketed_puzzle_is_found():
    run = " ".join(f"[A-B {RNG.randint(20, 60)}, B-F {ord(c) - 10}, A-F {ord(c)}]" for c in owner_password(RNG))
    found("The tack-room keypad password is written as bridleway maps: the shortest ride from gate A to gate F "
          f"is a character code (ASCII); maps are separated by spaces:\n{run}\nBring your answer on Saturday.\n", run[5:30])


@pytest.mark.parametrize("text", [
    "2025-11-04T17:14:27Z sync-gateway WARN rejected token=pss_riM3dJ40S52wW3h1KimrLd4I6gN8MPPr_d205fc9a reason=fnv_mismatch\n"
    "2025-07-09T12:12:04Z sync-gateway WARN rejected token=kpc_2881-0819-5723-1910-5729 reason=damm_check_failed\n",
    "2025-08-03T10:53:11Z gateway WARN rejected credential with bad check value (crc24) from 192.168.166.42: "
    "fvk_Hd1CmEqY6X2MYDCbXcALxMHY8Am05S1RRO7n2CaJ=Zxag\n",
    "  <key>SquareApplicationId</key>\n  <string>sq0idp-buIw2Lmr7MHqElZ9HcRPuP</string>\n  <key>MapsBrowserKey</key>\n"
    "  <string>AIzaSyh33BseteIP75UpkkU8ppy-JZ2vpO59SSr</string>\n",
    "<script>\n  window.ALGOLIA = { appId: '8YBQ2X3TSM', searchKey: '7428800a61ce29da8772b2b7e04c6d62', index: 'products' };\n"
    "</script>\n",
    "> NAME                            DIGEST                  CREATED AT\n> STITCHER_TELEMETRY_TOKEN        7f7f4e16bb897700"
    "        51h ago\n> KLAVIYO_PRIVATE_API_KEY         6894fb2e00c8b117        55h ago\n",
    "Kiln readings, written as numbers per firing; read them in order:\nramp 120 hold 20 ; ramp 150 hold 30 ; ramp 100 hold 10 ; "
    "ramp 120 hold 15 ; ramp 200 hold 45 ; ramp 180 hold 20\n",
    "Pieter se wagwoord is nog nie gestel nie; Marie se rekening werk.",
    "Modpas la se pa yon bagay ou bay moun sou telefòn.",
    "Is e seo am facal-faire ùr a chaidh a chur air a' bhòrd.",
    "12\n00:01:10,120 --> 00:01:13,800\nand here you see where the password goes\n\n13\n00:01:13,900 --> 00:01:17,400\n"
    "which the customer types and we never see\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
