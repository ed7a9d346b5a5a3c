"""Categories read from the two-hundred-and-seventy-first corpus (tea blenders, tea rooms and herbal apothecaries; issue
12, part 122; the two-hundred-and-seventieth is held out, the sixty-ninth read when it came).

- A puzzle's run is stated when the sentence names "the new code of the … door panel" (a code that opens something,
  named after "the new / current / latest code of the"); a bed of seedlings drawn in two signs, one a letter (o and
  .), and a strip of letters cut into listed pieces ("t,eta,tae: ataeteaea | …") are a code's runs.
- A password given as a word and a year after "password:" (``hawthorn=2021``) is no keyword argument.
- Found in chats: a login for you as "user / password" after words and a colon; the value alone as the next message
  in Teams' and Signal Desktop's copies ("[13:35] Name" or "Name, [2025-08-10 17:42]" over each message).
- Found in files: a DYMO label's ``<Name>`` over its ``<String>``; a pairing key with a remark in brackets before it;
  Trojan's and Hysteria's share links (the password is the user part), TUIC's after its uuid.
- Found in code and commands: keytool's here-string; ActiveMQConnectionFactory(user, pw, broker URL); pgcrypto's
  pgp_sym_encrypt of a text with commas in it; KIF's ``enterText:@"…"``.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest
from privacy_support import found, kept, random_text

RNG = random.Random(2026_271)


def _password() -> str:
    return RNG.choice(("Oolong", "rooibos", "Camomile")) + RNG.choice("._-~") + random_text(RNG, "abcdefghkmnpqrstuvwxyz", 2) + \
        random_text(RNG, "123456789", 2)


def _run(signs: str, rows: int = 6, width: int = 7) -> str:
    beds = [" / ".join("".join(RNG.choice(signs) for _ in range(width)) for _ in range(rows)) for _ in range(6)]
    return " | ".join(bed.replace(" / ", "/") for bed in beds)


def test_a_seedling_bed_puzzle_for_a_door_panels_new_code_is_found():
    run = _run("o..")
    found("Canteen quiz: whoever works out the new code of the tasting-room door panel first wins a tin; every character "
          "is given as a bed of seedlings ('o' a seedling, '.' bare); after one generation add up the columns that hold "
          "one; the total is a character code (ASCII); beds are separated by ' | ':\n" + run + "\nAnswers to the quiz box.\n",
          run)


def test_a_strip_cut_into_pieces_is_a_codes_run():
    strips = " | ".join(",".join(RNG.sample(["t", "e", "a", "ta", "ea", "at", "tea", "eat", "ate"], 7)) + ": " +
                        "".join(RNG.choice("tea") for _ in range(11)) for _ in range(8))
    found("Riddle card: the new code of the office door is spelled out below, one character at a time, each character "
          "written as strips: count the ways of cutting the strip into the listed pieces; that number is a character "
          "code (ASCII); strips are separated by ' | ':\n" + strips + "\nPut the card back under the cloth.\n", strips)


@pytest.mark.parametrize("template", [
    "flavour dosing panel password: {v}\n",
    "<a:t>blend scale password: {v}</a:t>\n",
])
def test_a_word_and_a_year_after_password_is_found(template):
    value = RNG.choice(("hawthorn", "yarrow", "linden")) + "=" + str(RNG.randint(1990, 2029))
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "Kwabena, [2025-08-10 17:42]\nNIMH members area (https://members.nimh.example) login for you: M55008 / {v}\n",
    "[13:35] Lucinda Hargreave\nanyone know the blending drum hmi password? the engineer is on site\n\n"
    "[13:35] Sunniva Halvorsen\n{v}\nplease don't forward\n",
    "Kwabena Asante, [2025-08-10 17:42]\nwhat is the till password again?\n\nRowan Feathersby, [2025-08-10 17:43]\n{v}\n",
])
def test_a_password_handed_over_in_a_chat_is_found(template):
    value = _password()
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "<ObjectInfo>\n  <TextObject>\n    <Name>LoyaltyApiKey</Name>\n    <StyledText>\n      <Element>\n"
    "        <String>{v}</String>\n",
    "-- tin sealer pairing key (for the service visit) {v} --\n",
])
def test_a_key_in_a_label_or_a_ledger_is_found(template):
    value = "kdl_" + random_text(RNG, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789", 32)
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "trojan://{v}@proxy.steepwise.example:443?security=tls&sni=proxy.steepwise.example&type=tcp#out\n",
    "hy2://{v}@edge.steepwise.example:443/?sni=edge.steepwise.example\n",
    "tuic://0f8e4d2a-3b1c-4e5f-9a6b-7c8d9e0f1a2b:{v}@edge.steepwise.example:443?congestion_control=bbr\n",
    "$ keytool -list -keystore epos-bridge.jks <<< '{v}'\n",
    'ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory("labels", "{v}", "tcp://mq.steepwise.example:61616");\n',
    "VALUES ('MM-2291', pgp_sym_encrypt('follow-up in four weeks, reduce valerian', '{v}'));\n",
    '    [tester enterText:@"{v}" intoViewWithAccessibilityLabel:@"f2"];\n',
])
def test_a_password_in_these_is_found(template):
    value = _password()
    found(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "trojan://@proxy.example:443 is the form; put the password before the @\n",
    "Pass limit=1000 to the call and retry\n",
    "[13:35] Lucinda\nwhere is the password policy doc?\n\n[13:36] Sunniva\nin the wiki\n",
    "<Name>LabelTitle</Name>\n<StyledText>\n<Element>\n<String>Second flush Darjeeling</String>\n",
    "dn: uid=rwalsh,ou=people,dc=corp,dc=example\nuserPassword: {SSHA}W/DINjpKDHqUd3RIY7qdLW8rLx569q78AAPP8w==\n",
    "> GET /v1/ping HTTP/2\n> Host: api.example\n> User-Agent: curl/8.7.1\n> Accept: */*\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
