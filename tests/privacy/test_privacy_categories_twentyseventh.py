"""Categories read after the twenty-seventh held-out corpus (issue 12, part 27).

- Hidden: a token's character codes each moved one code point down, where the text says so; a value
  named on a long line ("the aws secret access key for the nightly import is below, Beaufort-enciphered
  with …, so the repo scanner leaves it alone:") and given alone after a blank line, whatever the
  cipher (a password too, after an arrow; base32's padding kept); a key named in a sentence with a
  long aside before its colon.
- Found: irb's ``ENV.fetch('X')`` then ``=> "v"``; PowerShell's ``Set-Item -Path Env:X -Value 'v'``;
  lighttpd's ``"Authorization" => "v"``; a prompt's answer (``Passphrase? v``) and a query console's
  ``login user v``; ``-pwd`` with a dotted random value (``HfU0HNR1i.BLtaobVjo`` is no module's
  type); ApacheBench's ``-A user:pw``; expect's ``"assword:"`` idiom; Rust's
  ``Credentials::new("u".to_owned(), "pw".to_owned())``; a password sentence whose words before the
  colon end in "to …" ("read top to bottom: v" gives v, not "bottom"); romanised Japanese
  ("pasuwaado wa v") and Bengali ("password holo v").
- Kept: a two-word fixture (``mock-jwt-token-373``); "login as administrator".

Every encoder is written from the encoding's definition; random values are made up here. No corpus is read."""
from __future__ import annotations

import random
from functools import partial

import pytest

from privacy_support import B62, gone, kept, made_password, random_text, sample_tokens

RNG = random.Random(2026_27)
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)
ASIDE = ("for the nightly import is below, enciphered with the key word MERIDIAN (letters only, case kept, "
         "digits and symbols untouched), so the repo scanner leaves it alone:")


@pytest.mark.parametrize("token", TOKENS)
def test_a_token_shifted_one_code_point_down_is_found(token):
    text = "the key, with every character shifted one code point down: " + "".join(chr(ord(c) - 1) for c in token) + "\n"
    assert gone(text) != text


@pytest.mark.parametrize("template", [
    "Hi Sam,\n\nthe aws secret access key " + ASIDE + "\n\n{v}\n\nCheers,\nLee\n",
    "note to self: the api token for the staging box, with its two halves swapped (the second half, the "
    "longer one if odd, comes first):\n{v}\n(decode before use)\n",
    "[09:14] lee: here is the datadog api key with a junk character after every real one (read every other "
    "character, starting with the first): {v}\n",
    "irb(main):001:0> ENV.fetch('JWT_SECRET')\n=> \"{v}\"\n",
    "Set-Item -Path Env:STACKPATH_CLIENT_SECRET -Value '{v}'\n",
    '$HTTP["url"] =~ "^/vendor/" {{\n    setenv.add-request-header = ( "Authorization" => "{v}" )\n}}\n',
    "OCR of sticky note photo:\n  the JWT signing secret – reversed, then base32\n  → {v}===\n  (Ines, Tue)\n",
])
def test_a_key_in_these_forms_is_found(template):
    value = rand(B62, 40)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "Hi Sam,\n\nthe smtp password " + ASIDE + "\n\n{v}\n\nCheers,\nLee\n",
    "connmanctl> connect wifi_0c8bfd_managed_psk\nPassphrase? {v}\nConnected wifi_0c8bfd_managed_psk\n",
    "TS3\nWelcome to the TeamSpeak 3 ServerQuery interface\nlogin serveradmin {v}\nerror id=0 msg=ok\n",
    'C:\\> dsadd user "CN=Temp,OU=Contractors,DC=corp,DC=lan" -samid tcontract -pwd {v}.BLtaobVjo -mustchpwd yes\n',
    "$ ab -n 500 -c 20 -A loadtest:{v} https://staging.internal/api/health\n",
    'spawn ssh deploy@legacy01\nexpect "assword:"\nsend "{v}\\r"\ninteract\n',
    'let creds = Credentials::new("alerts@example.net".to_owned(), "{v}".to_owned());\n',
    "here is the database password rail-fence transposed over 3 rails, rails read top to bottom: {v}\n",
    '{{"message": "ne, NAS no kanri pasuwaado wa {v} da yo. dare ni mo iwanaide ne"}}\n',
    "[11:28] <Apu> bhai amar email er password holo {v}, kauke dis na plz\n",
    "OCR of sticky note photo:\n  the SMTP password – written backwards\n  → {v}\n  (Ines, Tue)\n",
])
def test_a_password_by_its_place_is_found(template):
    value = made_password(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("before", ["", "Export from the vault, café édition\n\n", "x\n" * 200])
def test_a_csv_header_is_read_wherever_it_stands(before):
    """Only lines that name a column's family are tried as a CSV header (a speed-up): the header and
    its rows are found on any line, after any text."""
    value = made_password(RNG)
    gone(before + f"name,environment,password,created\nsvc,prod,{value},2024-03-17\n", value)


@pytest.mark.parametrize("text", [
    "http.post('/api/login', () => HttpResponse.json({ token: 'mock-jwt-token-373' }))\n",
    "login as administrator\n",
    "Forgot password? Reset\n",
    "from cryptography.hazmat.primitives.asymmetric import ed25519\nkey = ed25519.Ed25519PrivateKey\n",
])
def test_what_only_looks_secret_is_kept(text):
    kept(text)
