"""Categories read after the hundred-and-ninety-fifth and hundred-and-ninety-sixth corpora (tailoring, alterations,
shoe-repair and key-cutting shops; coworking spaces, meeting rooms and hot desks) (issue 12, part 92).

- Found: mjpg-streamer's ``output_http.so -c user:pw``; a password hashed by Node's ``argon2.hash('pw')``, by
  argon2-cffi's ``ph.hash("pw")`` or by pyrad's ``PwCrypt("pw")``; a key derived by Go's ``argon2.IDKey([]byte("pw"),
  …)``; Ruby's ``Net::LDAP#auth "dn", "pw"``; SQLCipher's ``ATTACH DATABASE 'f' AS x KEY 'pw'``; an IRC ``JOIN #chan
  key`` with the server's prefix before it; mosquitto's password file before ``mosquitto_passwd -U`` hashes it; an
  authenticator's Base32 seed named right before it in a sentence; a chat's answer that is a Base64 key with its
  padding.
- Kept: vals' references (``ref+awsssm://…``); the authenticator tutorials' seed ``JBSWY3DPEHPK3PXP``; a turnstile's
  ``scan pass=<number>`` and a day pass's number; the LDAP entry's name a password goes with; a value piped into
  ``vercel env add NAME_CLIENT_ID``; mosquitto's hashed password file.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import B62, found, kept, owner_password, random_text, shared_engine

RNG = random.Random(2026_195)
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@pytest.mark.parametrize("template", [
    "$ mjpg_streamer -i 'input_uvc.so -r 1280x720' -o 'output_http.so -p 8080 -c lockerops:{v}'\n",
    "const digest = await argon2.hash('{v}');\n",
    'from argon2 import PasswordHasher\n\nph = PasswordHasher()\nseed_hash = ph.hash("{v}")  # default admin\n',
    'req = srv.CreateAuthPacket(User_Name="events48")\nreq["User-Password"] = req.PwCrypt("{v}")\n',
    'key := argon2.IDKey([]byte("{v}"), salt, 1, 64*1024, 4, 32)\n',
    'ldap = Net::LDAP.new(host: "dir.shop.lan", port: 389)\nldap.auth "cn=frontdesk73,ou=svc,dc=shop,dc=lan", "{v}"\n',
    "ATTACH DATABASE 'stamps-enc.db' AS enc KEY '{v}';\n",
    ":stitchapp!~stitchapp@nas.shop.lan JOIN #tailor-night-shift {v}\n",
    "# /etc/mosquitto/passwd (run mosquitto_passwd -U on it!)\nlockeragent84:{v}\n",
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_an_authenticator_seed_named_in_a_sentence_is_found():
    value = random_text(RNG, B32, 32)
    found(f"Repro on staging: log in with the locker totp seed {value} then open any job with a hem note -> 500.\n", value)


def test_a_base64_key_given_as_a_chat_answer_is_found():
    value = random_text(RNG, B62 + "+/", 43) + "="
    found("[05/09/2026, 09:44:11] Ines: morning! who changed the mailscan encryption key?\n"
          f"[22/01/2026, 09:42:40] Tom: me, it's {value} now\n[04/03/2026, 09:01:02] Ines: thx\n", value)


def test_the_ldap_entry_a_password_goes_with_is_not_taken_for_it():
    text = 'ldap.auth "cn=frontdesk73,ou=svc,dc=shop,dc=lan", "Footrest.qtx0525"\n'
    dn = text.index("cn=")
    assert not any(f.start <= dn < f.end for f in shared_engine().scan(text) if f.label == "secret")


@pytest.mark.parametrize("text", [
    "KEY_MACHINE_CONSOLE_PASSWORD=ref+awsssm://shop/keys/console-2\nDB_PASSWORD: ref+vault://secret/shop#/db\n",
    "enable 2FA secret JBSWY3DPEHPK3PXP on the test account\n",
    "turnstile-2 scan pass=7975092727 result=ok\nturnstile-3 scan pass=0741128373 result=expired\n",
    "day pass: 0741128373 (valid today only)\n",
    "$ printf '%s' 'mb8vft87ts4mg6iwnaejf66p' | vercel env add OFFICERND_CLIENT_ID production\n",
    "printf '%s' 'booking_app' | vercel env add ATLAS_USER production\n",
    "# /etc/mosquitto/passwd\nlockeragent84:$7$101$abcdefghijklmnop$qrstuvwxyzABCDEFGHIJ\n",
])
def test_what_only_looks_like_a_secret_is_kept(text):
    kept(text)
