"""Probes written from memory after the two-hundred-and-seventy-seventh corpus was read, on the forms it missed
(issue 12, part 130): a made password written to a child's standard input in more languages (Kotlin, Swift, C's and
Lua's ``popen(…, "w")``, Elixir's ``Port.command``), Sahi's ``_setValue``, a login line written to a socket, and
an SMB share's ``//user:pw@server/share`` with no scheme before it; and keys of their own shape read in Kingfisher's
public rules (Adafruit IO, Ionic, Flexport, StackHawk, Teamwork, Ubidots, Ticket Tailor, a Sourcegraph licence,
PostHog's personal key with an underscore, EasyPost's test key, Dynatrace's other token kinds).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest
from privacy_support import found, kept, random_text

RNG = random.Random(2026_277_2)


def _password() -> str:
    return RNG.choice(("Fuggle", "bine", "Oasthouse")) + RNG.choice("._-") + RNG.choice(("Cowl", "Kiln", "Pocket")) + \
        random_text(RNG, "123456789", 2)


@pytest.mark.parametrize("template", [
    'val p = ProcessBuilder("kiln-unlock").start()\np.outputStream.bufferedWriter().use {{ it.write("{v}\\n") }}\n',
    'task.standardInput = pipe\npipe.fileHandleForWriting.write("{v}\\n".data(using: .utf8)!)\n',
    'FILE *f = popen("kiln-unlock", "w");\nfputs("{v}\\n", f);\npclose(f);\n',
    'local f = io.popen("kiln-unlock", "w")\nf:write("{v}\\n")\nf:close()\n',
    'port = Port.open({{:spawn, "kiln-unlock"}}, [:binary])\nPort.command(port, "{v}\\n")\n',
    '_setValue(_textbox("f2"), "{v}");\n',
    'conn.Write([]byte("LOGIN hollis {v}\\r\\n"))\n',
    "$ mount -t smbfs //hollis:{v}@files/share /mnt/share\n",
])
def test_a_password_in_these_is_found(template):
    value = _password()
    found(template.format(v=value), value)


B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
URL = B62 + "_-"


@pytest.mark.parametrize("make", [
    lambda: "aio_" + random_text(RNG, B62, 28),
    lambda: "ion_" + random_text(RNG, B62, 42),
    lambda: "shltm_" + random_text(RNG, URL, 40),
    lambda: "hawk." + random_text(RNG, URL, 20) + "." + random_text(RNG, URL, 20),
    lambda: "tkn.v1_" + random_text(RNG, B62 + "+/", 68) + "=",
    lambda: "BBFF-" + random_text(RNG, B62, 30),
    lambda: "sk_" + random_text(RNG, "0123456789", 4) + "_" + random_text(RNG, "0123456789", 6) + "_" +
    random_text(RNG, "0123456789abcdef", 32),
    lambda: "KEY" + random_text(RNG, "0123456789ABCDEF", 32) + "_" + random_text(RNG, URL, 22),
    lambda: "slk_" + random_text(RNG, "0123456789abcdef", 64),
    lambda: "phx_" + random_text(RNG, B62, 17) + "_" + random_text(RNG, B62, 25),
    lambda: "EZTK" + random_text(RNG, B62, 54),
    lambda: "dt0s01." + random_text(RNG, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 24) + "." +
    random_text(RNG, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 64),
])
def test_a_key_of_its_own_shape_is_found_alone_in_a_chat(make):
    value = make()
    found(f"[09:15] Niamh: here you go {value}\n", value)


@pytest.mark.parametrize("text", [
    "const X = KEY_DERIVATION_ITERATIONS_DEFAULT_FOR_ARGON2_AND_PBKDF2_HASHINGS_V2;\n",
    "see hawk.authorization_header.validate_timestamp_ok\n",
    'FILE *f = popen("sort", "w");\nfputs("status\\n", f);\n',
    'Port.command(port, "ping\\n")\n',
    'print("LOGIN failed for user\\n")\n',
    "see //cdn:assets@static/logo.png\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
