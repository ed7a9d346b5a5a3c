"""Categories read after the two-hundred-and-twenty-fourth and two-hundred-and-twenty-fifth corpora (funeral
directors, crematoria and memorial masons; farriers, equine vets and livery yards) (issue 12, part 103).

- Found: a Django SECRET_KEY given as a chat's answer (a dash or a bracket first); create_ap's passphrase; a password
  piped into argon2 or gpg-preset-passphrase, or hashed by Rust's argon2::hash_encoded; JSch's addIdentity
  passphrase; Power Automate Desktop's PopulateTextField; Cryptr's and CryptoJS's keys, PHP's hash_pbkdf2 password,
  phpredis's auth; a keypad column's code; a value in a code span of a sentence that names its secret; envied's
  @EnviedField(defaultValue: …) over a password's field; what pexpect or telnetlib answers to a code prompt ("ode:",
  "Enter code: ") after the login's ("ogin:").
- Kept: "(not a password): PH112763"; a bearer token whose rest is masked (``eyJhbGciOiJIUzUxMiJ9.****.****``); a
  code span that holds a digest, a path or a call's option; a reference to a key (``_Env.hl7GatewayKey``); a zip
  code's prompt answered.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import found, kept, owner_password

RNG = random.Random(2026_224)
_DJANGO = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"


def test_a_django_key_given_as_a_chats_answer_is_found():
    key = "-(" + "".join(RNG.choice(_DJANGO) for _ in range(48))
    found(f"[09:12] Ann (Office): the new laptop won't start the app, what's the django secret key again?\n"
          f"[09:14] Tom (Office): {key}\n[09:14] Tom (Office): don't write it down\n", key)


@pytest.mark.parametrize("template", [
    "$ sudo create_ap wlan0 eth0 Chapel-Guest {v}\nConfig dir: /tmp/create_ap.wlan0.conf\n",
    "$ echo -n '{v}' | argon2 northfieldsalt -id -t 3 -m 16 -p 1 -e\n",
    "$ echo '{v}' | /usr/lib/gnupg/gpg-preset-passphrase --preset 3C5F1A0E29\n",
    'let encoded = argon2::hash_encoded(b"{v}", b"northfieldsalt", &config)?;\n',
    'jsch.addIdentity("/opt/crem/keys/backup_rsa", "{v}");\n',
    "UIAutomation.PopulateTextField TextField: appmask['Bookings']['f2'] Text: $'''{v}''' Mode: UIAutomation.PopulateTextMode.Replace\n",
    "const cryptr = new Cryptr('{v}');\n",
    "const sealed = CryptoJS.AES.encrypt(JSON.stringify(visit), '{v}').toString();\n",
    "$key = hash_pbkdf2('sha256', '{v}', $salt, 600000, 32, true);\n",
    "$redis = new Redis();\n$redis->connect('cache.yard.lan', 6379);\n$redis->auth('{v}');\n",
    "| box | owner | keypad | notes |\n|---|---|---|---|\n| 7 | J. Whitlock | {v} | bar shoes |\n",
    "@yardadmin the deploy failed because the xray archive password was wrong, I've put `{v}` in the runner for now\n",
    "  @EnviedField(defaultValue: '{v}')\n  static const String liveryPortalPassword = _Env.liveryPortalPassword;\n",
    'child = pexpect.spawn("telnet 10.0.4.60")\nchild.expect("ogin:")\nchild.sendline("farrier")\nchild.expect("ode:")\nchild.sendline("{v}")\n',
    'tn = telnetlib.Telnet("10.0.4.61", 2560)\ntn.read_until(b"Enter code: ")\ntn.write(b"{v}\\n")\n',
])
def test_a_password_by_its_place_is_found(template):
    value = "leadstone.zci789" if "keypad" in template else owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "Plan holder reference (not a password): PH112763. Please quote the plan number on your invoice.\n",
    "2024-06-12T09:15:05Z INFO auth header=Bearer eyJhbGciOiJIUzUxMiJ9.****.****\n",
    "the key `sha256:9f86d081884c7d65` is a digest, the token is in `docs/runbooks/token-rotation.md`\n",
    "Pass `dayfirst=.*` or specify a format\n",
    "  static const String hl7GatewayKey = _Env.hl7GatewayKey;\n",
    'tn.read_until(b"Enter zip code: ")\ntn.write(b"90210\\n")\ntn.read_until(b"Mode: ")\ntn.write(b"summer\\n")\n',
])
def test_references_masks_and_code_spans_without_a_secret_are_kept(text):
    kept(text)
