"""Categories read after the hundred-and-thirty-second and hundred-and-thirty-third corpora (amusement parks,
escape rooms and attractions; waste collection and recycling) (issue 12, part 71).

- Found: a secret a note says was rotated and gives anew ("prod vercel_token rotated, new one …",
  "the ZENDESK_API_TOKEN was regenerated, new value: …"); bytes joined by colons after a stated
  form; a password by its place — s3fs's passwd file with a made password, MicroPython's MQTTClient(id,
  host, port, user, pw), pk12util -W, QLab's OSC "/connect s pw"; the word for password in Asturian.
- Kept: what a rotation note says without a value, a proxy option's user (only its password is one).
- Not taken: a camel-case "…Auth", "…Cred" or "…Bearer" as a secret's name (controlAuth, $SyncCred): in code
  they name classes and hooks (RedirectAwareAuth, HTTPBearer), and the real-file sample found them there.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import B62, WORDS, gone, kept, random_text, shared_engine

RNG = random.Random(2026_132)


def short_password() -> str:
    """A word, a joiner, three letters and two digits (``midway_kzt40``)."""
    return RNG.choice(WORDS) + RNG.choice("._-") + random_text(RNG, "abcdefghkmnpqrstuvwxyz", 3) + random_text(RNG, "0123456789", 2)


@pytest.mark.parametrize("template", [
    "ops-bot: prod recollect_api_key rotated, new one {v} (delete after copying)\n",
    "the ZENDESK_API_TOKEN was regenerated, new value: {v}\n",
])
def test_a_secret_given_anew_is_found(template):
    value = random_text(RNG, B62, 36)
    gone(template.format(v=value), value)


def test_bytes_joined_by_colons_after_a_stated_form_are_found():
    run = ":".join(format(255 - b, "02x") for b in random_text(RNG, B62, 24).encode())
    gone(f"Break-room riddle card. The value is written as each byte bit-inverted in hex, colon-separated:\n{run}\n", run)


@pytest.mark.parametrize("template", [
    "# ~/.passwd-s3fs\nAKIA4EXAMPLEPARKID01:{pw}\n",
    "c = MQTTClient('prop-07', 'ops.park.internal', 1883, 'photoadm', '{pw}')\n",
    "pk12util -i show-client.p12 -d sql:/etc/pki/nssdb -W {pw}\n",
    "oscsend ops.park.internal 53000 /workspace/8F1C/connect s {pw}\n",
    "La conseña del panel de control ye {pw} , nun la reunvíes.\n",
])
def test_a_password_given_by_its_place_is_found(template):
    pw = short_password()
    gone(template.format(pw=pw), pw)


@pytest.mark.parametrize("text", [
    "token rotated, now expires 2025-01-01\n",
    "password rotated, new one is in the vault\n",
    "oauth: enabled\npreauth: false\n",
])
def test_notes_without_a_value_are_kept(text):
    kept(text)


def test_a_proxy_option_gives_up_its_password_not_its_user():
    pw = short_password() + "Q7"
    text = f"mitmproxy --listen-port 8888 --proxyauth qa:{pw}\n"
    spans = [text[f.start:f.end] for f in shared_engine().scan(text) if f.label == "secret"]
    assert spans == [pw]
