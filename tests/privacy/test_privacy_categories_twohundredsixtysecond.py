"""Categories read after the two-hundred-and-sixtieth and -sixty-second corpora (milliners, hatters and umbrella
repairers; coopers, barrel makers and cask brokers; issue 12, part 115; the sixty-first is held out).

- Found: a value under "… is:" in Jira's {noformat} or {code} block; a chat's answer in an SMS backup (SMS Backup &
  Restore's XML: the message that asks, then the one that answers); a printed label's field that names a secret over
  the field that holds it (ZPL's ^FD…^FS); ``consul kv get -recurse``'s ``path/name:value``; Home Assistant Cloud's
  webhook (hooks.nabu.casa/…); a value handed over with the word to delete it after use.
- Found in commands and code: a password piped to pamtester; idb's ``ui text``, EarlGrey's ``grey_typeText``,
  CircuitPython's ``layout.write`` (a typed Enter after it is no part of it); SSH.NET's ``new SshClient(host, user, pw)``.
- Found in captures: PostgreSQL's PasswordMessage as ``p len=17 'pw\\0'``; ZMTP's PLAIN HELLO; Source RCON's
  SERVERDATA_AUTH with its body on the same line.
- Found in a sentence: Breton's "ger-tremen … a zo X".
- Found as a stated form: a list of six items or more, each with a number, under a line that names a secret and says
  each item holds a character's code ("one character at a time … is a character code"): crate logs, networks in
  brackets, lists in braces, auction lots.
- Found, read from the sixtieth: a value said in the WebVTT cue after the one that names it, each cue in a speaker's
  <v> tag ("… token you type" / "<v Hester>fbt.…</v>"); a passphrase piped to FreeBSD's ``geli attach -j -``;
  JayDeBeApi's ``connect(driver, url, [user, pw], jar)``; CircuitPython's ``wifi.radio.start_ap(ssid, pw)``; WezTerm's
  ``cli send-text``; a JSON-RPC login's params (Deluge's ``"daemon.login", ["user", "pw"]``); rexec's fields on the
  line that names it; a Latin password in a Russian sentence with a word of Cyrillic after it.
- Kept, read from the sixtieth: a test's fixtures under "every fixture below must be REJECTED (bad check)"; a log's
  "rejected key … reason=check_mismatch" (not a GitHub token whose checksum holds).
- Kept: a link or a sentence handed over with the word to delete it; a label's field over a field that holds a word;
  ``consul kv get -recurse``'s setting that names no secret.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest
from privacy_support import found, kept, owner_password, random_text

RNG = random.Random(2026_262)
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


@pytest.mark.parametrize("template", [
    "h3. Yard tablets lose the ledger session\nSteps: open a cask, press *Regauge*, wait.\n"
    "For whoever picks this up, the leak test rig password is:\n{{noformat}}\n{v}\n{{noformat}}\n(same as on the label)\n",
    '  <sms protocol="0" address="+447700900492" type="1" body="Are you at the yard? Need the cask yard tablet password" '
    'read="1" />\n  <sms protocol="0" address="+447700900492" type="2" body="{v}" read="1" />\n</smses>\n',
    "^XA\n^CF0,36\n^FO40,40^FDLEAK TEST RIG 3^FS\n^CF0,28\n^FO40,100^FDbroker portal admin password^FS\n"
    "^FO40,150^FD{v}^FS\n^FO40,210^BY2^BCN,80,N,N^FDLTR9226^FS\n^XZ\n",
    '"text": "here {v} - delete after use pls",',
    "$ echo {v} | pamtester login rhona authenticate\npamtester: successfully authenticated\n",
    "$ idb ui tap 200 410 --udid B069A3A6\n$ idb ui text '{v}' --udid 57467F17\n",
    '[[EarlGrey selectElementWithMatcher:grey_accessibilityID(@"f2")] performAction:grey_typeText(@"{v}")];\n',
    'kbd = Keyboard(usb_hid.devices)\nlayout = KeyboardLayoutUS(kbd)\nlayout.write("{v}\\n")\n',
    'using var ssh = new SshClient("jointer-gw", "yard", "{v}");\nssh.Connect();\n',
    "<- R AuthenticationCleartext (3)\n-> p  len=17  '{v}\\0'\n<- R AuthenticationOk\n",
    "-> 04 1b 05 'HELLO' 04 'yard' 0f '{v}'\n<- 04 08 07 'WELCOME'\n",
    "-> size=20 id=1 type=3 (SERVERDATA_AUTH) body='{v}' pad=00\n<- size=10 id=1 type=2 (SERVERDATA_AUTH_RESPONSE)\n",
    "Demat, ger-tremen an urzhiataer hezoug e burev ar stal a zo {v} mar plij, na lavar ket da zen.",
])
def test_a_password_in_these_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "WEBVTT\n\n00:03:11.200 --> 00:03:15.900\n<v Hester Pennington>so for the fitting booking token you type</v>\n\n"
    "00:03:16.000 --> 00:03:19.400\n<v Hester Pennington>{v}</v>\n",
    "# echo {v} | geli attach -j - /dev/ada1p1\n# mount /dev/ada1p1.eli /backup\n",
    'conn = jaydebeapi.connect("org.hsqldb.jdbc.JDBCDriver", "jdbc:hsqldb:hsql://10.47.3.34/parts",\n'
    '                          ["parts", "{v}"], "/opt/hsqldb/hsqldb.jar")\n',
    'import wifi\n\nwifi.radio.start_ap("Plotter-Setup", "{v}")\n',
    "$ wezterm cli send-text --pane-id 3 --no-paste '{v}'\n$ wezterm cli send-text --pane-id 3 --no-paste $'\\r'\n",
    'deluge rpc request (rencode, decoded): [1, "daemon.login", ["localclient", "{v}"], {{"client_version": "2.1.1"}}]\n',
    "rexec request to till02:512 (NULs shown as \\0): 0\\0tillops\\0{v}\\0/usr/local/bin/till-eod\\0\n",
    "[memo 02:10 - Oskar]\nПароль от компьютера в мастерской {v} и, пожалуйста, никому его не говори.\n",
])
def test_a_password_in_these_read_from_the_sixtieth_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def _crate_log(code: int) -> str:
    log = [f"in {RNG.randrange(20, 200)}" + (" out" if RNG.random() < 0.5 else "") for _ in range(RNG.randrange(0, 3))]
    return " ".join([*log, f"in {code}"])


@pytest.mark.parametrize("form", ["crates", "braces", "networks"])
def test_a_list_of_character_codes_one_an_item_is_found(form):
    codes = [ord(c) for c in owner_password(RNG)]
    if form == "crates":
        run, rule = " | ".join(map(_crate_log, codes)), "as crate logs in which 'in N' puts crate N on top; logs are separated by ' | '"
    elif form == "braces":
        run = " ".join("{" + " ".join([str(c)] * 3 + [str(RNG.randrange(20, 200))]) + "}" for c in codes)
        rule = "as lists in curly brackets in which one number fills more than half of the places"
    else:
        run = " ".join("[" + " ".join(f"{k}{c}" for k in "ABC") + "]" for c in codes)
        rule = "as networks in square brackets by the number of links at each station"
    found(f"Canteen puzzle: the password of the broker's vault PC is hidden below one character at a time, {rule}: each "
          f"is a character code (ASCII):\n{run}\nAnswers on the back of the rota.\n", run)


def test_a_consul_listings_secret_is_found():
    value = random_text(RNG, B62, 40)
    found(f"$ consul kv get -recurse halberd/portal/\nhalberd/portal/region:uk-south\n"
          f"halberd/portal/commerce7-app-secret-key:{value}\n", value)


def test_a_home_assistant_cloud_webhook_is_found():
    path = random_text(RNG, B62 + "_", 60)
    found(f"Mar 13, 2024  10:45:39 AM\nMe\nhome assistant cloud webhook url https://hooks.nabu.casa/{path}\n", path)


@pytest.mark.parametrize("text", [
    "here https://drive.example/report.pdf - delete after reading",
    "here is the draft - delete it when done",
    "^XA\n^FO40,100^FDbroker portal password^FS\n^FO40,150^FDsee office^FS\n^XZ\n",
    "$ consul kv get -recurse halberd/portal/\nhalberd/portal/region:uk-south\nhalberd/portal/timeout:30s\n",
    "# tests/test_token_shapes.py - every fixture below must be REJECTED (bad check)\n"
    'BAD_QUEUE_KEY = "hbq_Q7rTw2LmX9kPz4VnC8sYd3HjB5uA_5e20c7d1"\nBAD_LICENCE = "CCL-7KQM-2XRT-J4VW-9PLN-D"\n',
    "The password rules: one character at a time is checked against the list; see the codes below:\nA1 B2 C3\n",
    "2025-06-08T00:40:11Z booking-gw WARN rejected key hbq_Mz3Wq8Tn5Rk2Yv7Lc4Xp9Hb6Jd1F_81c4f2e9 reason=check_mismatch\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
