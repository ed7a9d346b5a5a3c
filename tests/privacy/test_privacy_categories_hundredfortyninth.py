"""Categories read after the hundred-and-forty-ninth and hundred-and-fifty-first corpora (self-storage, moving
and relocation services; amateur radio, SDR and ham satellites) (issue 12, part 77).

- Found: libpq's PQtrace line (F 17 PasswordMessage "pw"); a davfs2 secrets line alone (a DAV URL, a user, a
  password); an APRS-IS passcode (its login line, direwolf's IGLOGIN, aprslib's IS(call, passwd), a setting
  that names it); KiwiSDR's "SET auth … p=pw"; a JNOS ftpusers line; BPQ32's USER=call,pw,…; unar's -p; Tcl's
  ftp::Open without the leading :: and inside [ ]; a commented-out "#NAME value" line; a value with one
  filler character after every real one ("drop every #"); ICAO's spoken digits Fower and Ait.
- Kept: a receive-only APRS-IS login (pass -1); a password tool's command whose next line closes a <pre>.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import WORDS, gone, kept, made_password, random_text, shared_engine

RNG = random.Random(2026_149)
HEX = "0123456789abcdef"


@pytest.mark.parametrize("template", [
    '2024-06-03 10:14:07.112  F\t17\tPasswordMessage\t "{pw}"\n',
    "https://dispatch.example.com/remote.php/webdav pmsadmin {pw}\n",
    "SET auth t=admin p={pw}\n",
    "# ftpusers\ng9obf {pw} /public 0x7f\n",
    "USER=OH9HX,{pw},OH9HX,,SYSOP\n",
    "set h [ftp::Open ftp.example.net tle {pw}]\n",
    "# sync helper reads this too\n#LOGBOOK_DB_PASSWORD {pw}_{pw}\nPBEACON delay=1 every=30\n",
])
def test_a_password_given_by_its_place_is_found(template):
    pw = made_password(RNG, "._-")
    gone(template.format(pw=pw), pw)


@pytest.mark.parametrize("template", [
    "IGSERVER noam.aprs2.net\nIGLOGIN WB1YO {n}\n",
    "# user KE6DPG pass {n} vers aprsgw 0.3 filter r/42.6/-71.3/50\n",
    "AIS = aprslib.IS('DL6KVW', '{n}', port=14580)\nAIS.connect()\n",
    "# igate login VK3SBN\naprs.is.passcode={n}\n",
])
def test_an_aprs_is_passcode_is_found(template):
    n = str(RNG.randrange(10000, 32768))
    gone(template.format(n=n), n)


@pytest.mark.parametrize("template", [
    "scribbled on a flyer - the signing key, with a {f} after every real character (drop every {f}):\n{run}\nbin after reading\n",
    "note for Sam - the dispatch token has a {f} after every real character:\n{run}\n",
])
@pytest.mark.parametrize("filler", "#~")
def test_every_value_with_a_filler_after_each_character_is_found(template, filler):
    # (scanned, not sanitized: the store's catch-all would take the run as noise anyway; a random run alone was
    # found by chance before, one in three or so missed)
    for _ in range(20):
        run = "".join(c + filler for c in random_text(RNG, HEX, 32))
        text = template.format(f=filler, run=run)
        start = text.index(run)
        assert any(f.label == "secret" and f.start <= start and f.end >= start + len(run) for f in shared_engine().scan(text)), text


def test_an_archive_password_for_unar_is_found():
    pw = RNG.choice(WORDS).capitalize() + "." + random_text(RNG, "abcdefghkmnpqrstuvwxyz", 1) + random_text(RNG, "0123456789", 1) + \
        random_text(RNG, "abcdefghkmnpqrstuvwxyz", 1) + random_text(RNG, "0123456789", 2)
    gone(f"unar -p {pw} contest-logs.zip\n", pw)


def test_icao_spoken_digits_are_read():
    gone("hotspot password, one word per character, digits as Zero One Two Tree Fower Fife Six Seven Ait Niner:\n"
         "YANKEE alfa golf india Stop Fower lima tango Seven Ait\n", "YANKEE alfa golf india Stop Fower lima tango Seven Ait")


@pytest.mark.parametrize("text", [
    "user N0CALL pass -1 vers test 1.0 filter r/42.6/-71.3/50\n",
    "== Station notes ==\n<pre>\nLOTW_P12_PASS=$(bw get password 7d6821b2-4b17-4d15-a09f-bb5d4b9adcd3)\n</pre>\n",
    "https://dispatch.example.com/remote.php/webdav GET 200\n",
])
def test_receive_only_logins_and_markup_are_kept(text):
    kept(text)
