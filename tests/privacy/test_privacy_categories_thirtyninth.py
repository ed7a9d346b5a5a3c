"""Categories read after the thirty-ninth and forty-first held-out corpora (issue 12, parts 39 and 40).

- Found: a secret a sentence hands over in a form it names (a cipher, a grid, keypad presses, element
  symbols, a run set apart in ``[[…]]``, after ``;`` or an arrow below) — as written, without a decoder;
  the first or last characters of the lines or words a text says spell it; labels as OCR misreads them
  (``t0ken``, ``sccrct``); a heading that ends with what it names, the value below; a value in brackets
  after its name; a reply to a request for a secret; a CSV header with a slash (``Key / token``); "API
  key" and "access key" spelled with a space; a made password in a sentence of a language whose word for
  it is unknown; keystrokes a desktop automation types, a password echoed into a tool's stdin, and the
  options and calls of tools that take one (msoffcrypto-tool, VBA's Unprotect, linphonec, imapsync, uci,
  pap-secrets, omero, Shiro's [users], cloud-init's chpasswd, an HTTP client's basic auth, MATLAB's
  ftp, Stata's password(), pexpect); Lalamove, GOV.UK Pay, Asaas and Adyen keys; an attribute path
  whose part changes case at random.
- Kept: prose and code that only hold the same words (a rotation schedule, a JSON cipher field, a
  sorted(..., reverse=True) loop, a label line below a rule), published test vectors (RFC 6070, RFC
  3962), a demo login, openssl's salted ciphertext, a Jupyter argon2 hash, run ids below "no credential
  exposed", product names in prose, a permission's name, a signify public key, an access key's ID.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string
from functools import partial

import pytest

from privacy_support import B62, gone, kept, made_password, random_text

RNG = random.Random(2026_39)
rand = partial(random_text, RNG)
HEX = "0123456789abcdef"


@pytest.mark.parametrize("template", [
    "Text from the owner: the till password, shifted four places like a Caesar cipher (digits too): {v}\n(ring me)",
    "the Wi-Fi password, as keypad presses (2=abc, 22=b …; ^ before a capital):\n{v}\nThanks!",
    "Relay note: the SMTP password follows, written in rows of 5 read column by column; {v}\n",
    "DM: the database password is written with a Porta cipher, keyword ORCHARD: [[{v}]] – decode first.\n",
    "Ticket reply: the mail password is written as element symbols, atomic number = code minus 32.\n  → {v}\nDelete this.\n",
])
def test_a_secret_in_a_form_the_text_names_is_found_as_written(template):
    value = " ".join(rand(B62, 5) + rand(string.digits, 1) for _ in range(3))    # pieces: no one word is a password
    gone(template.format(v=value), *value.split())      # (every piece: not just the first, as "password: x" reads)


def test_a_run_of_codes_the_text_names_is_found_whole():
    codes = " ".join(f"{RNG.choice('ABCDEFGH')}{RNG.randint(1, 12)}" for _ in range(14))
    gone(f"the backup password, as plate well positions (A1 = 0 …): [[{codes}]] – decode before use.\n", codes)


def test_initials_of_lines_the_text_says_spell_it_are_read():
    rng = random.Random(39)       # (its own: the lines must not depend on which tests ran before)
    words = {w[0]: w for w in "bread cheese dates figs grapes kale".split()}
    secret = "".join(rng.choice("bcdfgk") + rng.choice("BCDFGK") + rng.choice("2345") for _ in range(4))
    lines = [words[c.lower()].capitalize() if c.isupper() else c if c.isdigit() else words[c] for c in secret]
    text = ("Note: the router password is hidden in this shopping list, the first letter of each line "
            "spells it (capitals count):\n" + "\n".join(lines) + "\n(call me)\n")
    out = gone(text)
    assert "\n".join(lines) not in out


def test_last_characters_of_words_the_text_says_spell_it_are_read():
    token = "ghp_" + rand(B62, 36)
    line = " ".join(RNG.choice(("dol", "ren", "vak", "sul")) + c for c in token)
    out = gone(f"the GitHub token, hidden in a line: the last character of each word spells it: [[{line}]] – ok\n")
    assert line not in out


@pytest.mark.parametrize("template", [
    "DO NOT REMOVE\nTwi1io auth t0ken: {h}\n- front desk",
    "TABLET\nJWT sígning sccrct: {h}\n(do not sharc)",
    "RECEPTION BINDER\nPostNL ........ API key\n{t}\n(updated 02/24)",
    "Please note the AWS secret access key you pasted ({t}) is visible to every reviewer.",
    "> Please send us your payment provider secret key so we can check.\nSure, it's {t}\nThanks, Ana",
    "Service\tAccount\tKey / token\tWho set it up\nChatwoot\tshop@\t{t}\tnephew",
    "  live access key: {t}\nPlease pass it on.",
    "Fwd: the what3words onboarding team:\n  API key: {s}\n",
])
def test_a_named_value_in_a_layout_of_its_own_is_found(template):
    h, t, s = rand(HEX, 32), rand(B62, 24), rand(string.ascii_uppercase + string.digits, 8) + "7Q"
    text = template.format(h=h, t=t, s=s)
    gone(text, *(v for v in (h, t, s) if v in text))


@pytest.mark.parametrize("sentence", [
    "[10:33:09] <Rangi> Klasterdäki topar hasabynyň paroly {v}, ony hiç kime bermäň.",
    "La peraule clâf dal cont dal grup sul cluster e je {v}, no sta dâle a nissun.",
    "Кластерти ушкӑн аккаунчӗн пароле — {v}, ӑна никама та ан пар.",
])
def test_a_made_password_in_a_sentence_of_any_language_is_found(sentence):
    value = made_password(RNG)
    gone(sentence.format(v=value), value)


@pytest.mark.parametrize("template", [
    "#p::SendRaw {v}\n", 'Send("{v}", 1)\n', "pyautogui.write('{v}', interval=0.05)\n",
    "echo {v} | anydesk.exe --set-password\n", 'echo "{v}" | iinit\n',
    'impala-shell -l -u ana --ldap_password_cmd="echo -n {v}"\n',
    "msoffcrypto-tool -p {v} wages.xlsx plain.xlsx\n", 'ThisWorkbook.Unprotect "{v}"\n',
    'linphonec -c "register sip:201@pbx.local pbx.local {v}"\n',
    "imapsync --host1 a.example --user1 ana --password1 {v} --host2 b.example\n",
    "uci set wireless.default_radio0.key='{v}'\nuci commit wireless\n", '"farm@isp"  *  "{v}"  *\n',
    "omero login -s db.example -u ana -w {v}\n", "chpasswd:\n  list: |\n    ubuntu:{v}\n  expire: false\n",
    "[users]\nana = {v}, admin\n", 'auth = httpx.BasicAuth("ana", "{v}")\n',
    "f = ftp('store.example', 'ana', '{v}');\n", 'odbc load, dsn("argo") user("ana") password("{v}")\n',
    "child.expect('Password:')\nchild.sendline('{v}')\n",
])
def test_a_password_a_tool_types_reads_or_takes_is_found(template):
    value = made_password(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("value", [
    "sk_prod_" + rand(B62, 56), "api_live_" + rand(string.ascii_lowercase + string.digits, 58),
    "$aact_" + rand(B62, 90), "AQE" + rand(B62, 60) + "=-" + rand(B62, 24) + "=-" + rand(B62, 12),
])
def test_vendor_keys_are_found(value):
    gone(f"Sure, here it is: {value}\n", value)


def test_a_value_shaped_as_an_attribute_path_whose_case_changes_at_random_is_found():
    value = "QivaHJAAyxWt_Ww." + rand(string.ascii_uppercase, 2) + rand(string.ascii_lowercase, 1) + "7"
    gone(f"mount -t cifs //nas/photos /mnt -o username=fam,password={value}\n", value)


@pytest.mark.parametrize("text", [
    "API key rotation: every 90 days, rotated by the platform team",
    '{"id": "db", "password": {"encrypted_data": "zngfRHaeuivWxkToa+nvW8B0", "cipher": "aes-256-gcm"}}',
    "for k, v in sorted(record.items(), key=lambda x: x[1], reverse=True):\n    results.append(f\"{k}\\t{v}\")\n",
    "RFC 4226 Appendix D, secret = \"12345678901234567890\" (ASCII):\n  count 0: HOTP 755224\n",
    "RFC 6070 PBKDF2-HMAC-SHA1, P = \"password\", S = \"salt\", c = 1: 0c60c80f961f0e71f3a9b524af6012062fe037a6",
    "RFC 3962: 1 iteration, pass phrase \"password\", salt \"ATHENA.MIT.EDUraeburn\": cdedb5281bb2f801565a1122b2563515",
    'log in to the demo till with user "demo" and password "demo1234" - it resets every night.',
    "Encrypted interview key (needs the passphrase from the PI, not stored here):\nU2FsdGVkX1" + rand(B62, 60) + "==",
    "c.PasswordIdentityProvider.hashed_password = 'argon2:$argon2id$v=19$m=10240,t=10,p=8$" + rand(B62, 22) + "$"
    + rand(B62, 43) + "'",
    "[internal note] checked this, no credential exposed:\n210205_A49066_0914_BH9NKQ0ZVW\n",
    "we bought the new iPhone15-Pro, then the ChaCha20-Poly1305 suite was enabled, all fine.",
    "The API key lacks the scope the request needs: `read:claude_tag` for a read.",
    "untrusted comment: openbsd base public key\nRWRNVrLWyGNib39pzII4jAh7w/+S+YdvqWhQM3mla82UUlpZOxMmnYGo",
    "Access key ID: AKIAM1XRYTR0BTKT4XHX\nSecret access key: ****************************************\n",
])
def test_what_only_looks_like_a_stated_secret_is_kept(text):
    kept(text)
