"""Categories read after the hundred-and-forty-third and hundred-and-forty-fourth corpora (courts, e-filing and
jury management; greenhouses, vertical farming and controlled-environment agriculture) (issue 12, part 75).

- Found: WildFly's naming binding (<simple name="java:global/…/cmsDbPassword" value="v"/>); a token under a
  name that holds "action_token" inside a word (REDACTION_TOKEN); a comment that names a secret "below" and
  the next comment line that holds it; a value handed over, then named ("here it is …: v (that's the
  NAME thing)"); proxychains' line with a host name; a C character-literal list after a stated form.
- Kept: a Mapbox GL JS access token (the library takes only public ones), a Slack payload's "action_token".

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import B62, WORDS, gone, kept, random_text

RNG = random.Random(2026_143)
HEX = "0123456789abcdef"


def made_password() -> str:
    """A capitalized word, a joiner, letters and digits (``Rockwool_bbk788``)."""
    return RNG.choice(WORDS).capitalize() + RNG.choice("._+") + random_text(RNG, "abcdefghkmnpqrstuvwxyz", 3) + random_text(RNG, "0123456789", 3)


@pytest.mark.parametrize("template", [
    '<subsystem xmlns="urn:jboss:domain:naming:2.0">\n  <bindings>\n    <simple name="java:global/cms/clerkSmtpPassword" '
    'value="{pw}"/>\n  </bindings>\n</subsystem>\n',
    "# irrigation_controller_password below, rotate at season end\n# {pw}\nuserlist growers\n",
    "ok here it is for the night shift: {pw} (that's the packing_scale_ftp_password thing)\n",
    "[ProxyList]\nhttp registry.grow.example.net 3128 doser {pw}\n",
])
def test_a_password_given_by_its_place_is_found(template):
    pw = made_password()
    gone(template.format(pw=pw), pw)


@pytest.mark.parametrize("template", [
    '# court recording worker\nexport CASEGUARD_REDACTION_TOKEN="{v}"\nexec /opt/ftr-sync/bin/run\n',
    "# alerting_webhook_secret below, rotate at season end\n# gah_{v}\nuserlist growers\n",
    '<simple name="java:global/cms/warrantJwtSecret" value="{v}"/>\n',
])
def test_a_named_random_value_is_found(template):
    value = random_text(RNG, HEX, 48)
    gone(template.format(v=value), value)


def test_a_c_character_literal_list_after_a_stated_form_is_found():
    secret = random_text(RNG, HEX, 32)
    run = ", ".join(f"'{c}'" for c in secret)
    gone("Change ticket CHG-4049, step 4. For the cut-over use the jury-management API key, given as a C character-literal "
         f"list, one single-quoted character per element, comma-separated:\n{run}\nRotate after the cut-over window.\n", run)


@pytest.mark.parametrize("make", [
    lambda: "mapboxgl.accessToken = 'pk." + random_text(RNG, B62, 60) + "." + random_text(RNG, B62, 22) + "'; // URL-restricted\n",
    lambda: '{"type": "block_actions", "action_token": "' + random_text(RNG, B62, 40) + '"}\n',
])
def test_public_tokens_and_payload_ids_are_kept(make):
    kept(make())
