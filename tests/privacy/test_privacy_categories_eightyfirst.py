"""Categories read after the eighty-first and eighty-second corpora (technical writers and developer
advocates; frontend and full-stack web developers) (issue 12, part 55).

- Found: a value pasted "into the NAME field"; a leaked NAME (value) in a changelog; an interactive
  prompt answered on its line (vercel env add's "? What's the value of NAME? v", wrangler secret put's
  "✔ Enter a secret value: … v"); a user, password and mail printf'd into npm adduser; yarn's
  npmAuthIdent "u:pw"; Bundler's BUNDLE_<HOST> "u:pw"; a password given to bcryptjs's hash(pw, rounds)
  or pgcrypto's digest(pw, 'sha256'); Faraday's :basic, u, pw and Guzzle's 'auth' => [u, pw];
  PowerShell's ConvertTo-SecureString -String pw -AsPlainText; supabase link -p; express-basic-auth's
  users map; a value after a name in bold and an arrow; Base85 in RFC 1924's alphabet named before it;
  YAML's !!binary block scalar below a password's name.
- Kept: a dashboard's masked value (sk_live_••••NgOS); test1234 in a mock handler; the derived signing
  key of a documented example; a prompt answered Yes or with a word; a name followed by "(optional)";
  a name in bold taken for a value; a debugger's frame and a quoted JSON line (no prompt, no value in
  parentheses); a word of another script (Thaana's letters and vowel marks) after a password.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import base64
import random
import string

import pytest

from privacy_support import WORDS, gone, kept, random_text

RNG = random.Random(2026_81)


def tool_password(rng: random.Random) -> str:
    """A word, a joiner, letters and digits: no shape a message's rule reads alone."""
    return rng.choice(WORDS) + rng.choice("._-") + random_text(rng, string.ascii_lowercase, 5) + str(rng.randrange(10, 99))


@pytest.mark.parametrize("template", [
    "so I paste {h} into the TWILIO_AUTH_TOKEN field\n",
    "* Rotated the leaked AGORA_APP_CERTIFICATE ({h}) that was committed in the examples folder.\n",
    "$ vercel env add RAZORPAY_KEY_SECRET production\n? What's the value of RAZORPAY_KEY_SECRET? {h}\n✅  Added\n",
    '$ npx wrangler secret put PUSHER_APP_SECRET\n✔ Enter a secret value: … {h}\n🌀 Creating the secret for the Worker "api"\n',
    "<aside>\n💡 Demo creds for the webinar: **TWILIO_AUTH_TOKEN** → {h}\n</aside>\n",
])
def test_a_secret_named_around_it_in_docs_or_a_prompt_is_found(template):
    value = random_text(RNG, "0123456789abcdef", 32)
    gone(template.format(h=value), value)


@pytest.mark.parametrize("template", [
    "$ printf 'ravi\\n{v}\\nravi@example.org\\n' | npm adduser --registry https://npm.example.org\n",
    '$ yarn config set npmAuthIdent "maya:{v}"\n',
    'BUNDLE_GEMS__example-api__ORG: "yuki:{v}"\n',
    "UPDATE accounts SET pw_hash = encode(digest('{v}', 'sha256'), 'hex') WHERE name = 'sofia';\n",
    "await prisma.user.create({{ data: {{ email: 'lena@example.org', password: await hash('{v}', 10) }} }});\n",
    "conn.request :authorization, :basic, 'sofia', '{v}'\n",
    "$res = $client->get('/v1/me', ['auth' => ['arjun', '{v}']]);\n",
    "PS C:\\demo> $pw = ConvertTo-SecureString -String '{v}' -Force -AsPlainText\n",
    "PS C:\\demo> $pw = ConvertTo-SecureString -AsPlainText -Force -String '{v}'\n",
    "$ supabase link --project-ref abcdefghijklmnop -p {v}\n",
    "app.use(basicAuth({{ users: {{ 'shop_admin': '{v}' }}, challenge: true }}));\n",
])
def test_a_password_given_to_a_web_tool_or_sdk_is_found(template):
    value = tool_password(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "here is the docs bot deploy token in Base85 with the RFC 1924 / git alphabet (0-9A-Za-z!#$%&()*+-;<=>?@^_`{{|}}~):\n{b85}\nkeep it off the page\n",
    "the staging database password as a YAML !!binary block scalar (Base64):\n!!binary |\n  {b64}\ndecode it locally\n",
])
def test_a_password_in_base85_or_a_yaml_binary_scalar_is_found(template):
    value = random_text(RNG, string.ascii_letters + string.digits, 40) if "token" in template else tool_password(RNG)
    while "token" in template and not set("()=") & set(base64.b85encode(value.encode()).decode()):
        value = random_text(RNG, string.ascii_letters + string.digits, 40)   # (a run no other rule reads raw)
    text = template.format(b85=base64.b85encode(value.encode()).decode(), b64=base64.b64encode(value.encode()).decode())
    gone(text, text.splitlines()[-2].strip())


@pytest.mark.parametrize("text", [
    "STRIPE_SECRET_KEY      sk_live_••••••••••NgOS   Production   17d ago\n",
    "http.post('/api/login', async () => HttpResponse.json({ user: 'demo37', password: 'test1234', token: 'fake-jwt-token' }))\n",
    "Derived signing key for the documented example (20120215/us-east-1/iam):\n"
    "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d\n",
    "? Do you want to overwrite the existing secret? Yes\n",
    "? Which token type? Fine-grained\n",
    "Set API_KEY (optional) to enable the search box.\n",
    "The webinar creds: **TWILIO_AUTH_TOKEN** and **TWILIO_ACCOUNT_SID** are read from the environment.\n",
    "#2  0x000055555555a1c4 in vendor_auth (cfg=0x7fffffffd9a0) at auth.c:77\n",
    '> {"host":"mq-14.example.org","user":"readonly","password":null,"ssl":true}\n',
])
def test_a_mask_a_fixture_a_documented_example_or_a_prompt_word_is_kept(text):
    kept(text)


def test_a_word_of_another_script_after_a_password_is_not_taken_for_a_secret():
    value = "zustand-opycsig29"
    text = f"[02/03/2025, 14:02] ines: ސްޓޭޖިންގ ޕްރިވިއުގެ އައު ޕާސްވޯޑަކީ {value} — ރިޕޯއަށް ނުލާށެވެ.\n"
    out = gone(text, value)
    assert "ރިޕޯއަށް" in out          # (Thaana: letters and vowel marks, a word, not a token)
