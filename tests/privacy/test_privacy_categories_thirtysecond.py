"""Categories read after the thirty-second held-out corpus (issue 12, part 32).

- Hidden: a decoded blob alone on its line below its name (hex of a hex key is all digits; an ASN.1 DER
  string keeps its tag and length); a heredoc's first line or a diff's header between the naming line
  and the value, a diff's ``+`` or a list's ``- `` before it; base45 after ``pls: ``; TeX's ``\\char``
  codes, RTF's ``\\'hh`` escapes, Ruby's ``pack("c*")``, Lisp's ``#\\h`` and Erlang's ``$h`` character
  literals, a Go rune slice of a key with no joiner in it, PowerShell's ``-f`` pieces, Java's and Ruby's
  ``reverse``.
- Found: a CloudFormation parameter's default; ``cf auth``; NATS's ``UserInfo``; ``dotnet dev-certs -p``;
  the words for password in Piedmontese (ciav), Arpitan (mot de passa) and Manx spelled apart.
- Kept: a pipeline task's reference (``AzureKeyVault@2``).

Every encoder is written from the encoding's definition; random values are made up here. No corpus is read."""
from __future__ import annotations

import random
from functools import partial

import pytest

from privacy_support import B62, gone, kept, made_password, random_text, sample_tokens

RNG = random.Random(2026_32)
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)
HEX_KEY = rand("0123456789abcdef", 32)


def der_utf8(value: str) -> bytes:
    body = value.encode()
    return bytes([0x0C, len(body)]) + body


def base45(data: bytes) -> str:
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
    out = ""
    for i in range(0, len(data), 2):
        chunk = data[i:i + 2]
        n = int.from_bytes(chunk, "big")
        digits = 3 if len(chunk) == 2 else 2
        for _ in range(digits):
            n, r = divmod(n, 45)
            out += alphabet[r]
    return out


@pytest.mark.parametrize("blob", [HEX_KEY.encode().hex(), der_utf8(HEX_KEY).hex()], ids=["hex-of-hex", "der-utf8string"])
@pytest.mark.parametrize("layout", [
    "Set the datadog api key for local development; it is given as hex:\n\n{b}\n",
    "# notes: the datadog api key, hex:\n--- a/NOTES.md\n+++ b/NOTES.md\n@@ -3,0 +4 @@\n+{b}\n",
])
def test_a_key_encoded_below_its_name_is_found(blob, layout):
    text = layout.format(b=blob)
    assert blob not in gone(text)


@pytest.mark.parametrize("layout", [
    "CI triage: the deploy step failed on the missing smtp password. Pasted below, rotated:\n$ cat > /tmp/key.note <<'EOF'\n{v}\nEOF\n",
    "pairing notes: you asked for the smtp password — here it is:\n\n- {v}\n- owner: platform team\n",
])
def test_a_password_below_a_heredoc_or_in_a_list_is_found(layout):
    value = made_password(RNG)
    gone(layout.format(v=value), value)


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("encode", [
    lambda t: "\\char".join([""] + [f"{ord(c)} " for c in t]).strip(),
    lambda t: "{\\rtf1\\ansi " + "".join(f"\\'{b:02x}" for b in t.encode()) + "}",
    lambda t: "[" + ", ".join(str(b) for b in t.encode()) + '].pack("c*")',
    lambda t: "(coerce '(" + " ".join("#\\" + c for c in t) + ") 'string)",
    lambda t: "[" + ",".join("$" + c for c in t) + "]",
    lambda t: f'new StringBuilder("{t[::-1]}").reverse().toString()',
    lambda t: f'"{t[::-1]}".reverse',
    lambda t: "in Base45 (RFC 9285): " + base45(t.encode()),
], ids=["tex", "rtf", "ruby-pack", "lisp", "erlang", "java-reverse", "ruby-reverse", "base45"])
def test_a_token_written_as_code_is_found(token, encode):
    text = "I pasted it below for the deploy step, dont forward pls: " + encode(token) + "\n"
    assert gone(text) != text


def test_powershell_format_pieces_are_put_together():
    token = TOKENS[1]
    pieces = [token[i:i + 5] for i in range(0, len(token), 5)]
    order = list(range(len(pieces)))
    RNG.shuffle(order)                     # pieces listed in this order, the format string puts them back
    listed = [pieces[i] for i in order]
    fmt = "".join("{%d}" % order.index(i) for i in range(len(pieces)))
    text = f"$k = ('{fmt}' -f " + ",".join(f"'{p}'" for p in listed) + ")\n"
    assert gone(text) != text


def test_a_key_of_character_literals_without_a_joiner_is_found():
    key = "AIza" + rand(B62, 35)
    text = "string([]rune{" + ", ".join(f"'{c}'" for c in key) + "})\n"
    assert key[:12] not in gone(text).replace("', '", "")


@pytest.mark.parametrize("template", [
    "Parameters:\n  AwsSecretAccessKey:\n    Type: String\n    Default: '{v}'\nResources: {{}}\n",
    "$ cf auth deployer@example.com {v}\nAuthenticating...\nOK\n",
    'nc, err := nats.Connect("nats://nats.internal.example:4222", nats.UserInfo("orders", "{v}"))\n',
    "$ dotnet dev-certs https -ep ./certs/aspnetapp.pfx -p {v}\n",
    "> Cerea, la ciav për intré an ssh a l’é {v}.\n",
    "12:51:31 From Pau to Everyone:\n\tBonjor, lo mot de passa de la mèl est {v}; lo balye a nion.\n",
    "[jonas] Moghrey mie, ta’n fockle follit son y wifi {v}.\n",
])
def test_a_password_by_its_place_is_found(template):
    value = made_password(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "- task: AzureKeyVault@2\n  inputs:\n    KeyVaultName: kv-orders-2859\n    SecretsFilter: 'ApiKey,DbPassword'\n",
    "- task: DotNetCoreCLI@2\n  inputs:\n    command: build\n",
])
def test_a_pipeline_task_reference_is_kept(text):
    kept(text)


def test_a_row_of_plain_digits_stays_an_id():
    """Under forty digits a run of digits is an ID or a number, not hex of a text."""
    kept("order 416231407859392133 shipped\n")
