"""Categories read after the hundred-and-tenth and hundred-and-eleventh corpora's last misses (airline
operations; social apps and trust and safety) and the hundred-and-thirteenth and hundred-and-fourteenth
corpora (maritime, shipping and port operations; sports betting, lotteries and casino gaming) (issue 12,
part 65).

- Found: a value handed over as "it", rewritten ("here it is, written as each code point in Roman
  numerals:"), in whatever notation follows — Roman numerals, DNA letters, filled and hollow circles,
  durations, multiples; numbers joined by one mark, six or more (code points with their digits
  reversed, "56/211/411/…"); Greek alphabetic numerals with their keraia; a random value a note says
  was pasted below or stands in for now ("temp value … until vault is fixed:", "system login (temp):");
  a random value a note says it took from a vault ("Using … from the vault export"); a tag table's
  row that names a secret in its first cell and gives it three cells on, on any line of the table.
- Found by its place: radclient's secret after its command, sipsak's -a, ldap3's Connection(Server(…),
  user, pw), LWP's credentials(netloc, realm, user, pw), lua-resty-redis's red:auth(pw), a call given a
  JDBC URL, a user and a password (Slick's Database.forURL, Groovy's Sql.newInstance), pyminizip's
  compress(src, prefix, zip, pw, level), OBS's stream key beside its RTMP server, a systemd unit's
  SetCredential=name:value, XSLT's <xsl:param name="…" select="'v'"/>; a word and a tail of digits with
  one letter among them ("lucky_6404u75") in a sentence.
- Kept: a commit's hash pasted below; prose after "here it is, written as"; a row of three numbers
  joined by slashes (a date); a provably fair round's client seed and the hash of its server seed; an
  AIS sentence's payload; a payment page's key whose prefix says it is the public one (live_pub_).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string

import pytest

from privacy_support import B62, gone, kept, random_text, word_password

RNG = random.Random(2026_113)

_ROMAN = ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
_GREEK_UNITS = " αβγδεϛζηθ"
_GREEK_TENS = " ικλμνξοπϟ"


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _greek(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    return "ρ" * hundreds + _GREEK_TENS[rest // 10].strip() + _GREEK_UNITS[rest % 10].strip() + "ʹ"


def _dna(s: str) -> str:
    return " ".join("".join("ACGT"[(b >> shift) & 3] for shift in (6, 4, 2, 0)) for b in s.encode())


@pytest.mark.parametrize("form, encode", [
    ("each character's decimal code point in Roman numerals, space-separated",
     lambda s: " ".join(_roman(ord(c)) for c in s)),
    ("DNA letters, four per byte (A=0 C=1 G=2 T=3), space-separated", _dna),
    ("eight circles per byte, ● for a 1 bit and ○ for a 0 bit, space-separated",
     lambda s: " ".join(format(b, "08b").replace("1", "●").replace("0", "○") for b in s.encode())),
    ("each code point as a duration m:ss, space-separated", lambda s: " ".join(f"{ord(c) // 60}:{ord(c) % 60:02d}" for c in s)),
    ("each code point multiplied by 13, comma-separated", lambda s: ",".join(str(13 * ord(c)) for c in s)),
])
def test_a_value_handed_over_as_it_in_a_named_notation_is_found(form, encode):
    run = encode(random_text(RNG, B62, 24))
    gone(f"(so the chat scraper does not catch it) here it is, written as {form}:\n{run}\n(decode it yourself)\n", run)


def test_code_points_with_their_digits_reversed_are_found():
    run = "/".join(str(ord(c))[::-1] for c in word_password(RNG))
    gone("The crew portal admin password is written as decimal code points with their digits written backwards "
         f"(501 means 105), separated by slashes:\n{run}\n(decode it yourself, then delete this message)\n", run)


def test_greek_alphabetic_numerals_are_found():
    run = " ".join(_greek(ord(c)) for c in random_text(RNG, B62, 20))
    gone("For the migration test the AODB API key is given below as each code point in Greek alphabetic numerals "
         f"with a keraia, space-separated:\n{run}\nRotate it after the cut-over weekend.\n", run)


@pytest.mark.parametrize("template", [
    "INC0081234 | Work notes (internal)\nVendor asked for the value we configured, pasted below:\n{v}\nAssigned to: MRO\n",
    "## ramp ops sync\n- de-icing pad B closed until 14:00\n- temp value for the feed until vault is fixed: {v}\n- follow up\n",
    "HANDOVER B-GATES 06:00\n- jet bridge B12 fault logged\n- system login (temp): {v}\n- call MX if B14 alarms\n",
    "Repro needs the staging discourse_admin_api_key. Using {v} from the vault export, please rotate after the call.\n",
    "Name,Path,Data Type,Logical Address,Comment\nBHS_Line3_Speed,Default tag table,Int,%MW120,conveyor\n"
    'ACARS_DATALINK_HMAC_KEY,Default tag table,String,%MD400,"{v}"\n',
])
def test_a_random_value_a_note_hands_over_is_found(template):
    value = random_text(RNG, B62, 32)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "Commit hash pasted below:\n" + random_text(RNG, "0123456789abcdef", 40) + "\n",
    "here it is, written as a list: the deploy runs at noon and the cache is warmed after it\n",
    "release dates, here it is, written as day/month/year: 12/03/2026\n",
])
def test_a_hash_prose_or_a_date_is_kept(text):
    kept(text)


def test_a_title_row_alone_is_no_value():
    kept("Name,Path,Data Type,Logical Address,Comment\nGATEWAY_API_KEY,Default tag table,String,%MD400,conveyor\n")


def test_a_sentence_with_numbers_is_not_a_number_code():
    kept("gates 12/14/16 closed, rows 3/4/5 reopened after the 06:00 sweep " + string.digits + "\n")


@pytest.mark.parametrize("template", [
    '$ echo "User-Name=svc_odds,User-Password=$USER_PW" | radclient -x radius.example.com:1812 auth {pw}\n',
    "$ sipsak -U -s sip:bridge@pbx.example.net -a {pw}\n",
    "conn = Connection(Server('ldaps://dc1.example.org'), 'CORP\\\\lotto_rpt', '{pw}', auto_bind=True)\n",
    "$ua->credentials('feed.example.net:443', 'Odds Feed', 'settle_bot', '{pw}');\n",
    'local ok, err = red:auth("{pw}")\nif not ok then ngx.log(ngx.ERR, err) end\n',
    'val db = Database.forURL("jdbc:postgresql://odds.example.com/bets", "aff_etl", "{pw}", driver = "org.postgresql.Driver")\n',
    "def sql = Sql.newInstance('jdbc:mysql://lotto.example.net/promo', 'wallet_app', '{pw}', 'com.mysql.cj.jdbc.Driver')\n",
    "pyminizip.compress('crew.csv', None, 'crew.zip', '{pw}', 5)\n",
    '{{\n  "settings": {{\n    "server": "rtmp://ingest.example.net/live",\n    "key": "{pw}"\n  }},\n  "type": "rtmp_custom"\n}}\n',
    "[Service]\nExecStart=/usr/local/bin/ais-router\nSetCredential=as2_partner_password:{pw}\n",
    "<xsl:param name=\"vsat_admin_password\" select=\"'{pw}'\"/>\n",
])
def test_a_password_given_by_its_place_is_found(template):
    pw = word_password(RNG, capitalized=False)
    gone(template.format(pw=pw), pw)


def test_a_word_and_a_tail_of_digits_with_one_letter_is_a_password_in_a_sentence():
    pw = "lucky_" + random_text(RNG, string.digits, 4) + "u" + random_text(RNG, string.digits, 2)
    gone(f"Phasewete ya back office ya ho betša ke {pw} , ka kopo o se ke wa e fetisetsa ho mang kapa mang.\n", pw)


@pytest.mark.parametrize("text", [
    "Verify this round:\n  client seed: " + random_text(RNG, string.ascii_lowercase + string.digits, 16) + "\n  nonce: 256\n"
    "  server seed (hashed): " + random_text(RNG, "0123456789abcdef", 64) + "\n",
    '{"round": 6921746, "clientSeed": "' + random_text(RNG, B62, 20) + '", "serverSeedHash": "' + random_text(RNG, "0123456789abcdef", 64)
    + '"}\n',
    "- gpsd:IO: <= AIS: !AIVDM,1,1,,A,ob:SOi?kfk0TRoNAk=5VOi5CTFi?,0*4A\n!AIVDM,1,1,,A,W3bkfMmql?mB@`bib?dRDu119pL`,0*14\n",
    '<script src="https://js.psp.example.com/v2/fields.js" data-client-key="live_pub_' + random_text(RNG, B62, 32) + '"></script>\n',
])
def test_what_a_player_a_ship_or_a_page_is_shown_is_kept(text):
    kept(text)


def test_a_server_seed_not_yet_revealed_is_still_a_secret():
    seed = random_text(RNG, "0123456789abcdef", 64)
    gone(f"server seed: {seed}\n", seed)
