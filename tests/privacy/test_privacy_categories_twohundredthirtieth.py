"""Categories read in the two-hundred-and-thirtieth stop's development corpora and in the rows the earlier ones left
(issue 12, part 105).

- Found: a password alone in a row no header names — a headerless CSV, TSV, pipe- or semicolon-separated export, an
  SQL tuple without its column list, a fixed-width roster — where the cell has an owner's password's shape; a Django
  key by its shape alone; ``openssl dgst -hmac``'s key; PHP's ``openssl_pkcs12_read`` with a call as its first argument
  and OpenSSL's ``PEM_read_bio_PrivateKey`` passphrase; DevTools' ``Input.insertText``; ``user:pw`` piped into base64;
  a password told in Papiamento ("kontraseña … ta") or Corsican ("parolla d'ordine"); an XStream map entry's value
  (Mirth's ``<entry><string>practiceDbPassword</string><string>…``); a Slack export's answer to "… password?"; Node's
  ``scryptSync('pw', …)``; JedisPool's password after a ``new JedisPoolConfig()``; OpenResty's ``ngx.hmac_sha1``
  key; a DICOM A-ASSOCIATE's user identity (type 2) secondary field.
  Also a colon-separated roster's and a YAML flow sequence's (``[fleetops, "Hoods.mwg91"]``).
- Kept: a Discord invite's query (``…&permissions=824418192&scope=bot``: two kinds of symbol, no Django key); a
  prompt's and a log's colons (``depot-gw01:~$``, ``DEBUG:httpcore.http11:…``); "key id key_ys99mc90" in a sentence (which key, not the key); wg show's "public key:" beside its hidden
  private key; a rule of fifty "=", a long identifier; a header's names (``id,card_ean13,status``), a rule's digest prefix (``rule_6e56f579``), a list of one word's
  variants (``"neon", "neon_fp16", "neon_vfpv4"``), two cells (``host,disk_ab12``: no record).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import found, kept, owner_password, random_text

RNG = random.Random(2026_230)


@pytest.mark.parametrize("template", [
    "1044,amelia.r,{v},stylist,Camden\n1045,jon.p,,reception,Camden\n",
    "L-0417,1200 Oak St Unit 4,K. Moreno,{v},2025-03-31\n",
    "T-104\tLuis Ortega\tbilling_svc\t{v}\ttablet-12\n",
    "ADI|reports_ro|Jordan|Reyes|{v}|active|2024-05-30\n",
    "ENC02;HARBORVIEW;nightaudit;{v};B\n",
    "K. Moreno       van3 tech       {v}          555-0142\n",
    "INSERT INTO staff_logins VALUES (42, 'maria.k', '{v}', 'stylist', NOW());\n",
    '"V-7","cellar door","t.okafor","{v}","2025-09-01"\n',
    "# arena_staff.psv  name|role|scoring_login|vest_bank\nJess Patel|host|{v}|B\n",
    "keswick:radioops:{v}:2024-05\n",
    'sync_account: [fleetops, "{v}"]\ninterval_minutes: 30\n',
    "panel:\n  - [referee, drawmaster, {v}]\n",
])
def test_a_password_alone_in_a_headerless_row_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "id,card_ean13,status,branch\n1,5012345678900,ok,main\n",
    "[trading-desk] draw_no,numbers,result_sha256\n3630,5-13-22-42-46-48,bd804cb10b07a8d4d32ad6d831d85975\n",
    "rule_6e56f579,warn,2024-03-01\nrule_149fce21,block,2024-03-02\n",
    'for f in ("neon", "neon_fp16", "neon_vfpv4", "asimd"):\n',
    "db01,disk_ab12\n",
    "modules: [core, neon, neon_fp16]\n",
    "DEBUG:httpcore.http11:send_request_headers.started request=<Request [b'POST']>\n",
    "depot-gw01:~$ ls -la /srv/outbound\n",
    "2025-03-01 | release-v2.14 | merged | 12 files\n",
])
def test_names_digests_and_lists_in_rows_are_kept(text):
    kept(text)


@pytest.mark.parametrize("template", [
    "$ openssl dgst -sha256 -hmac {v} answer-payload.json\n",
    "openssl_pkcs12_read(file_get_contents('booking.p12'), $certs, '{v}');\n",
    'EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, NULL, NULL, (void *)"{v}");\n',
    '-> {{"id":42,"method":"Input.insertText","params":{{"text":"{v}"}}}}\n',
    "$ printf '%s' 'booking:{v}' | base64\n",
    "E kontraseña di e kòmpiuter di e maestro di wega ta {v} – por fabor no dun'é na e hungadónan.\n",
    "A parolla d'ordine di l'urdinatore di u maestru di ghjocu hè {v} – per piacè, ùn la date micca.\n",
])
def test_a_password_by_its_call_or_its_sentence_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_django_key_alone_is_found_and_rules_and_names_are_kept():
    key = random_text(RNG, "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)", 50)
    found(f"HANDOVER\n- secret key changed after the incident: {key}\n- hint screen on standby\n", key)
    kept("=" * 50 + "\n" + "some_long_python_identifier_name_with_many_words_x\n")
    kept("https://discord.com/oauth2/authorize?client_id=311404316784271381&permissions=824418192&scope=bot%20applications"
         ".commands\n")


@pytest.mark.parametrize("template", [
    "<configurationMap>\n  <entry><string>practiceDbPassword</string><string>{v}</string></entry>\n</configurationMap>\n",
    "#workshop  Ana 16:02  anyone know the imaging server password?\n#workshop  Ben 16:04  {v} (same as the whiteboard)\n",
    "const key = scryptSync('{v}', salt, 32);\n",
    'JedisPool pool = new JedisPool(new JedisPoolConfig(), "nas.frameworks.lan", 6379, 2000, "{v}");\n',
    'local digest = ngx.hmac_sha1("{v}", ngx.var.request_uri)\n',
    "User Identity Negotiation\n    Item-type: 0x58\n    User-Identity-Type: 2\n    Primary-field: tomw\n"
    "    Secondary-field: {v}\n",
])
def test_a_password_by_its_entry_its_answer_or_its_protocol_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_key_id_in_a_sentence_and_a_wireguard_public_key_are_kept():
    kept("Agent: please confirm the last four of the key\nAgent: thanks, key id key_ys99mc90 matches - the value itself "
         "stays [REDACTED].\n")
    kept("interface: wg0\n  public key: 32/jL5RVf5FcETe1XSWxgbw49m83qkDi6xWIvV+zn1Q=\n  private key: (hidden)\n"
         "  listening port: 51820\n")
