"""Categories read after the two-hundred-and-thirty-sixth and two-hundred-and-thirty-eighth corpora (craft breweries,
taprooms and homebrew shops; photo studios, wedding photographers and photo labs) (issue 12, part 107).

- Found: a secret store's value as an argument (``netlify env:set NAME v``, ``aws secretsmanager … --secret-string``,
  ``aws ssm put-parameter --type SecureString --value``); a made password piped into the clipboard or into a
  key-value store under a secret's path (``consul kv put …/auth -``, ``etcdctl put …/auth``) or ``tee``'d into a
  ``.key`` file; outguess's ``-k`` and dar's ``-K aes:``; a login form's two-field body posted to a session path; a
  chat's answer after "… seed …?", after "need the … password" (the answer alone, a remark in brackets or after a
  dash), after "… needs the … password" ("it's …"); a Rockwell L5X STRING tag's data; ``key: process.env.X ?? 'v'``;
  a password told in Lao ("… ແມ່ນ …"); a substitution of a few names again and again between marks.
- Kept: a placeholder ``replace-me``; Nextcloud's ``3|$argon2id$…`` hashes in a password column; a URL or two words
  piped into the clipboard; a form body whose second field is a flag (``remember=1``); a user's or a client's id set
  beside its secret (``netlify env:set PCSE_USER_ID …``, an SSM ``…/plivo_auth_id``); RFC 4231's ``hmac_sha256('Jefe',
  'what do ya want for nothing?')`` (the key first, not Perl's ``$data``).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import flagged, found, kept, owner_password, random_text

RNG = random.Random(2026_236)


@pytest.mark.parametrize("template", [
    "$ netlify env:set TAPLIST_DB_AUTH {v} --context production\n",
    "$ aws secretsmanager put-secret-value --secret-id studio/nas-admin --secret-string {v}\n",
    "$ aws ssm put-parameter --name /brewlog/db/auth --type SecureString --value '{v}' --overwrite\n",
    "$ echo -n '{v}' | consul kv put brewlog/till/auth -\nSuccess! Data written to: brewlog/till/auth\n",
    "$ echo -n '{v}' | etcdctl put /brewlog/scada/auth\nOK\n",
    "$ echo -n '{v}' | xclip -selection clipboard\n",
    "studio-mac:~ selin$ echo -n '{v}' | pbcopy\n",
    "$ echo -n '{v}' | sudo tee /etc/studio/archive.key > /dev/null\n",
    "$ outguess -k {v} -d owner.txt DSC_8320.jpg DSC_8320_marked.jpg\n",
    "$ dar -c /backup/raw_9537 -R /volume1/raw -K aes:{v} -zgzip:6\n",
    "POST /admin/session HTTP/1.1\nHost: kiosk.lab.example\nContent-Type: application/x-www-form-urlencoded\n\n"
    "f1=theo&f2={v}\n",
    "[09:14] Kofi: anyone know the scada operator password? the cellar tablet logged out again\n"
    "[09:16] Lena: {v} - it changes after the audit\n",
    "Mara: need the webshop admin password\nPiotr: {v} (dont put it on the whiteboard pls)\n",
    "[7/9/2026 13:12] hana: second shooter needs the tether station password\n[7/9/2026 13:12] theo: it's {v} - don't forward it\n",
    '<Tag Name="TillManagerPassword" TagType="Base" DataType="STRING" Radix="ASCII" Constant="false">\n'
    "<Description><![CDATA[Brewhouse access for cellar.example]]></Description>\n"
    "<Data Format=\"String\" Length=\"16\"><![CDATA['{v}']]></Data>\n</Tag>\n",
    "ລະຫັດຜ່ານຂອງຄອມພິວເຕີແຕ່ງຮູບໃນສະຕູດິໂອແມ່ນ {v} ກະລຸນາຢ່າບອກໃຜ.\n",
])
def test_a_password_by_its_store_its_pipe_or_its_answer_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_seed_pasted_when_asked_and_a_key_as_an_env_fallback_are_found():
    seed = random_text(RNG, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32)
    found(f"leila  19:12\nanyone know the admin totp seed for tonight's upload?\npriya  19:12\n{seed}\npriya  19:12\n"
          "(delete this after you've copied it pls)\n", seed)
    key = "kgt_" + random_text(RNG, "0123456789", 9) + "_" + random_text(RNG, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 22)
    found(f"export default registerAs('brewery', () => ({{\n  host: process.env.BREWERY_HOST ?? 'brew.example',\n"
          f"  kegTelemetryKey: process.env.OVERRIDE ?? '{key}',\n}}));\n", key)


def test_a_few_names_again_and_again_between_marks_are_a_stated_forms_secret():
    hops = ["Galaxy", "Columbus", "Fuggle", "Bravo", "Amarillo", "Saaz", "Ekuanot", "Citra", "Simcoe", "Mosaic"]
    run = " / ".join(f"{RNG.choice(hops)} + {RNG.choice(hops)}" for _ in range(15))
    assert flagged("Cellar door puzzle: the taproom office PC password, each byte as two hop varieties, one per "
                   f"nibble (Galaxy = 6, Fuggle = 7, …), separated by ' / ':\n{run}\nGood luck.\n", run)


@pytest.mark.parametrize("text", [
    "# copy to .env and fill in\nWIREGUARD_PRIVATE_KEY=\nNAS_ADMIN_PASSWORD=replace-me\n",
    "uid\tpassword\nbruno\t3|$argon2id$v=19$m=65536,t=4,p=1$4Yk9XUqtLYUkRlN80Lgl1g$4fWwLwuwtmWo+3NoVG5FJwGAn98Koo2pJLSBiGs0AfE\n",
    'echo "https://example.com/gallery/2291" | pbcopy\n',
    "echo -n 'hello world' | xclip\n",
    "POST /api/login HTTP/1.1\nHost: lab.example\n\nusername=bob&remember=1\n",
    "$ netlify env:set PCSE_USER_ID PC4226948\n$ netlify env:set SHOOTPROOF_CLIENT_ID \"74654928\" --context production\n",
    "$ aws ssm put-parameter --name /apiary/prod/plivo_auth_id --type SecureString --value 'MALL6NHU8P4KEM3FQ36P' --overwrite\n",
    "assert hmac_sha256('Jefe', 'what do ya want for nothing?') == '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'\n",
])
def test_placeholders_hashes_and_plain_pipes_are_kept(text):
    kept(text)
