"""Categories read after the hundred-and-thirty-seventh and hundred-and-thirty-eighth corpora (funeral homes,
cemeteries and memorial services; aquaculture, fisheries and seafood processing) (issue 12, part 73).

- Found: PowerShell DSC's Environment resource (Name = 'N'; Value = 'v'); OmegaConf's ${oc.env:NAME,default};
  passwords by their place — DB2's clpplus user/pw@host, Go's pbkdf2.Key([]byte(pw), …), .NET's
  Rfc2898DeriveBytes(pw, …), PHP's openssl_pkey_get_private(pem, pw), Ruby's OpenSSL::PKCS12.new(der, pw),
  pikepdf.open(file, pw), Telit's AT#SGACT cid,stat,user,pw; a NATO spelling that says "stop" for a dot.
- Kept: a licence register's number after the word licence ("Licence N-026795 valid …").

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import B62, WORDS, gone, kept, random_text

RNG = random.Random(2026_137)


def made_password() -> str:
    """A word, a joiner, letters and digits (``lantern.1uq46``)."""
    return RNG.choice(WORDS) + RNG.choice("._+") + random_text(RNG, "abcdefghkmnpqrstuvwxyz", 3) + random_text(RNG, "0123456789", 3)


@pytest.mark.parametrize("template", [
    "Configuration CrematoryPC {{\n  Node 'CREM-01' {{\n    Environment Cred {{ Name = 'EDRS_CLIENT_SECRET'; Value = '{v}' }}\n  }}\n}}\n",
    "defaults:\n  - _self_\ncloud:\n  trace_ledger_bearer: ${{oc.env:TRACE_LEDGER_BEARER,{v}}}\n",
])
def test_a_named_random_value_is_found(template):
    value = random_text(RNG, B62, 36)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "Configuration CrematoryPC {{\n  Node 'CREM-01' {{\n    Environment Cred {{ Name = 'PRENEED_SFTP_PASSWORD'; Value = '{pw}' }}\n  }}\n}}\n",
    "clpplus -nw trustops/{pw}@ingest.example.net:50000/PRENEED\n",
    'dk := pbkdf2.Key([]byte("{pw}"), salt, 4096, 32, sha256.New)\n',
    'using var kdf = new Rfc2898DeriveBytes("{pw}", salt, 100000, HashAlgorithmName.SHA256);\n',
    '$key = openssl_pkey_get_private(file_get_contents("edrs.key"), "{pw}");\n',
    'p12 = OpenSSL::PKCS12.new(File.binread("edrs.p12"), "{pw}")\n',
    'pdf = pikepdf.open("catch_cert.pdf", "{pw}")\n',
    'AT#SGACT=1,1,"obitbot","{pw}"\r\n',
])
def test_a_password_given_by_its_place_is_found(template):
    pw = made_password()
    gone(template.format(pw=pw), pw)


NATO = {"a": "alfa", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf", "h": "hotel",
        "i": "india", "j": "juliett", "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar", "p": "papa",
        "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu", ".": "stop", "0": "zero", "1": "one", "2": "two", "3": "three",
        "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine"}


def test_a_nato_spelling_with_stop_for_a_dot_is_found():
    secret = random_text(RNG, "abcdefghkmnpqrstuvwxyz", 6) + "." + random_text(RNG, "abcdefghkmnpqrstuvwxyz", 2) + random_text(RNG, "0123456789", 3)
    run = " ".join(NATO[c] for c in secret)
    gone(f"the retort admin password, spelled with NATO words, one per character:\n{run}\n(so nobody reads it at a glance)\n", run)


@pytest.mark.parametrize("text", [
    "Slack #farm-ops, reply in thread:\nLicence N-026795 valid 2026-01-01..2026-12-31 quota unit SI99\n",
    "Licence F-038417 valid until 2026-12-31\n",
])
def test_a_register_number_is_kept(text):
    kept(text)
