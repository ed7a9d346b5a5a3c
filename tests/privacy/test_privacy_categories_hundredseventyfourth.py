"""Categories read after the hundred-and-seventy-fourth and hundred-and-seventy-fifth corpora (beekeeping and
honey processing; hearing care and audiology) (issue 12, part 85).

- Found: Rust's unwrap_or_else(|_| "…") after a secret's variable; expdp's dotted user/pw@db; cryptography's
  load_pem_private_key(data, b"pw"); ibm_db.connect(dsn, user, pw); cloud-init's chpasswd list (user:pw);
  SikuliX's type("…" + Key.ENTER) and wtype's argument.
- Kept: a Google key a line calls a referrer-restricted browser key (after its value too); Shopify's public
  Storefront access token; an example response id after a token's instructions.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import B62, found, kept, owner_password, random_text

RNG = random.Random(2026_174)


@pytest.mark.parametrize("template", [
    'pub fn secret() -> String {{\n    std::env::var("NOAH_DB_PASSWORD").unwrap_or_else(|_| "{v}".to_string())\n}}\n',
    "$ expdp a.okafor/{v}@AUDPRD schemas=AUDIO directory=DP_DIR dumpfile=audio.dmp\n",
    'with open("clinic_signing.pem", "rb") as fh:\n    key = serialization.load_pem_private_key(fh.read(), b"{v}")\n',
    'conn = ibm_db.connect("DATABASE=CLAIMS;HOSTNAME=fit.clinic.internal;PORT=50000;PROTOCOL=TCPIP;", "a.okafor", "{v}")\n',
    "#cloud-config\nchpasswd:\n  expire: false\n  list: |\n    claims01:{v}\n",
    'click("field2.png")\ntype("{v}" + Key.ENTER)\nwait("dashboard.png", 10)\n',
    "$ wtype '{v}' && wtype -k Return\n",
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    'window.CLINIC_FINDER = {\n  mapsBrowserKey: "AIza' + random_text(RNG, B62, 35) + '",  // HTTP-referrer restricted\n};\n',
    "  const shopifyStorefrontToken = '" + random_text(RNG, "0123456789abcdef", 32)
    + "'; // Storefront API, public access token\n",
    'curl -H "Authorization: Bearer YOUR_API_TOKEN" https://api.hives.example/v1/scales\nReplace YOUR_API_TOKEN with the '
    f"token from Settings > API. Example response id: hive_{random_text(RNG, 'abcdefghkmnpqrstuvwxyz0123456789', 12)}\n",
    "key = serialization.load_pem_private_key(data, password=None)\n",
])
def test_browser_keys_storefront_tokens_and_ids_are_kept(text):
    kept(text)
