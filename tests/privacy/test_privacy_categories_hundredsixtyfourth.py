"""Categories read after the hundred-and-sixty-fourth and hundred-and-sixty-sixth corpora (hair salons, spas and
beauty booking; childcare, nurseries and daycare management) (issue 12, part 82).

- Found: what a script types into a login screen (adb's input text, xdotool's type, AppleScript's keystroke,
  AutoHotkey's Send … {Enter}, a browser test's type/fill/send_keys); swaks' --ap and OpenStack swift's -K;
  Ruby's Net::SMTP.start(host, port, helo, user, password); a device's activation code; OpenWeatherMap's and
  Agora's 32-hex app id; an acrostic the text names (a line of words read by their first characters).
- Kept: a request's Idempotency-Key; an iCalendar UID (<uuid>@host); an API's object id (Stripe's tmr_…) in a
  list; an ExternalSecret's remoteRef whose version follows "property: password"; a search a test types.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string
import uuid

import pytest

from privacy_support import B62, found, gone, kept, owner_password, random_text, shared_engine

RNG = random.Random(2026_164)


@pytest.mark.parametrize("template", [
    "$ adb -s R58M41 shell input text '{v}' && adb shell input keyevent 66\n",
    "$ xdotool search --name 'Till Login' windowactivate --sync type '{v}'\n",
    'tell application "System Events" to keystroke "{v}"\n',
    "cy.get('[data-cy=kiosk-pin-field]').type('{v}', {{ log: false }});\n",
    "await page.fill('#signin-secret', '{v}');\n",
    'driver.find_element(By.ID, "pin").send_keys("{v}")\n',
    "WinWait, Subsidy Portal - Sign in\nWinActivate\nSend, deputy{{Tab}}\nSend, {v}{{Enter}}\n",
])
def test_what_a_script_types_into_a_login_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "$ swaks --to t@salon.example --server smtp.salon.example:587 --tls --au reports --ap {v}\n",
    "swift -A https://192.168.10.21/auth/v1.0 -U nursery:backup -K {v} upload photos 2026-03/\n",
    'Net::SMTP.start("smtp.salon.example", 587, "salon.example", "reports@salon.example", "{v}", :login) do |smtp|\n',
])
def test_a_password_a_tool_or_call_takes_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_device_activation_code_is_found():
    value = random_text(RNG, string.ascii_uppercase + string.digits, 10)
    found(f'# Created by Vercel CLI\nPRODA_DEVICE_ACTIVATION_CODE="{value}"\n', value)


@pytest.mark.parametrize("template", [
    'curl "https://api.openweathermap.org/data/2.5/weather?q=Leeds&appid={v}&units=metric"\n',
    "OWM_APPID={v}\n",
    '{{"agora": {{"appId": "{v}"}}}}\n',
])
def test_a_32_hex_app_id_is_found(template):
    value = random_text(RNG, "0123456789abcdef", 32)
    gone(template.format(v=value), value)


def test_an_acrostic_the_text_names_is_found():
    secret = "kazoo_" + random_text(RNG, "abcdefghkmnpqrstuvwxyz", 5) + random_text(RNG, string.digits, 2)
    words = {c: w for w in ("kite apron zip owl orange acorn kazoo lunchbox velcro glitter bubbles crayon dandelion "
                            "easel fingerpaint hopscotch igloo jelly mudpie nappy puddle quiet rainbow sandpit teddy "
                            "umbrella wellies xylophone yoghurt").split() for c in [w[0]]}
    line = " ".join(words.get(c, c) for c in secret)
    text = ("P.S. so the mail filter doesn't eat it, here is the parent-app API key, as an acrostic: read the first "
            "character of every space-separated word (digits and - _ . stand as themselves):\n"
            f"{line}\nWork it out yourself.\n")
    hits = [f for f in shared_engine().scan(text) if f.label == "secret"]
    assert any(text[f.start:f.end] == line for f in hits), (text, hits)


@pytest.mark.parametrize("text", [
    "From: support@vendor.example\nSubject: Re: ticket 4311\n\nPOST /hooks/payments 200 12ms\n"
    "  event id=evt_8gQ7Of48xbjcQsGYwaZ7Pv1B\n"
    f"  Idempotency-Key: {uuid.UUID(int=RNG.getrandbits(128), version=4)}\n  X-Request-Id: req_4hBDHhbKJVv50Q\n",
    f"BEGIN:VEVENT\nUID:{uuid.UUID(int=RNG.getrandbits(128), version=4)}@salon.example\nDTSTAMP:20240612T100000Z\n"
    "SUMMARY:Keratin smoothing with Mateo\nEND:VEVENT\n",
    "Reader inventory — Camden\nSquare Terminal  S/N 714CS1329969972\n"
    f"Stripe WisePOS E  tmr_{random_text(RNG, B62, 24)}  serial WSC5134153717404\n",
    "  data:\n    - secretKey: MIS_DB_PASSWORD\n      remoteRef: {key: nursery/prod/mis-db, property: password, "
    f"version: {uuid.UUID(int=RNG.getrandbits(128), version=4)}}}\n",
    "cy.get('#search').type('balayage 2024')\nx = arr.type('float32')\n",
])
def test_ids_references_and_searches_are_kept(text):
    kept(text)
