"""Categories read after the sixty-second and sixty-fourth corpora, and after the sixty-eighth and
seventieth (issue 12, part 51).

- Found: a password a generator made of a word, a joiner and a tail of letters and digits
  (``minipc_io5bb87``, ``Basis.d7jcmd39``) standing in a sentence of a language whose word for it we
  do not know, or after a tool's ``-p``; a secret's name behind a sigil (``SET &NAME``, notes.ini's
  ``$NAME``, a commented-out ``#NAME=``, Control-M's ``%%NAME``); IBM i's CL and RPG (``ENVVAR(N)
  VALUE('v')``, ``DCL VAR(&N) … VALUE('v')``, ``dcl-c N const('v')``); COBOL's ``MOVE 'v' TO
  WS-…-PASSWORD``; SQL's ``SET col = 'v' WHERE key = 'NAME'``; wsadmin's ``-variableName N
  -variableValue v``; ``Pswd`` and ``…PasswordPtr`` names; mainframe and SAP sign-ons
  (Connect:Direct, CICS CESN, IMS /SIGN ON, TSO LOGON, RMTPWD, RACF PHRASE, QSYGETPH, saprouttab,
  a SAProuter route's /W/, sapcontrol, BR*Tools, expdp without @, Sybase isql, PeopleSoft's psae and
  pssqr); a CSV whose header has a name column and a value column; Remote Config's nested
  ``defaultValue``; Rust's ``.pass(Some("…"))``; a report's aligned columns; a value given as an LDIF
  ``attr::`` or inside a call that decodes it (``X2C('…')``, ``HEXTORAW('…')``, ``CAST(0x… AS …)``).
- Kept: a word and its number (``test-user01``), a pod's five-letter suffix, a build's hex hash; a
  knowledge-base article's number after "password"; a Domino person's hashed HTTPPassword in
  parentheses; a git log or sha256sum listing under "why does this look like a key?"; a sentence
  whose commas read like a CSV header; Elixir's ``System.fetch_env!("…")``, a call.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import base64
import random
import string

import pytest

from privacy_support import B62, WORDS, gone, kept, random_text, word_password

RNG = random.Random(2026_68)


def word_and_tail(rng: random.Random) -> str:
    """A word, a joiner and a tail whose letters and digits switch (``copper.k3x9q2m``)."""
    tail = "".join(rng.choice(alphabet) for alphabet in (string.ascii_lowercase, string.digits) * 4)[:rng.randrange(6, 9)]
    return rng.choice(WORDS) + rng.choice("._-") + tail


@pytest.mark.parametrize("template", [
    "Kuo u liliu ʻa e lea fufū ʻo e NAS ki he {v}, ʻoua ʻe tuku ki he fōlomu.",
    "Au sa veisautaka na vosa vuni ni NAS me {v}, kakua ni vakaraitaka e na fōrami.",
    '{{"from": "8:live:ana", "content": "Ke fetotse phasewete ya motsamaisi wa NAS go {v}, o se e tsenye mo foramong."}}',
    "vpnctl add -n phone -p {v} -d 1080\n",
])
def test_a_word_and_a_generated_tail_in_a_sentence_or_after_p_is_found(template):
    value = word_and_tail(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "We reset the password of the NAS for account test-user01, please log in again tomorrow.",
    "Restarted the stuck pod fluentd-x7k2p, it was crashing again since noon.",
    "Deployed build web-3f9a2b1c to the staging cluster, then ran the smoke tests there.",
])
def test_a_name_a_pod_or_a_build_in_a_sentence_is_kept(text):
    kept(text)


def rng_word_letters_digits(rng: random.Random) -> str:
    """An admin's password of a word, a joiner, letters and digits (``copper_wmtr710``): no shape of
    its own gives it away, only where it stands."""
    return rng.choice(WORDS) + "_" + "".join(rng.choice(string.ascii_lowercase) for _ in range(4)) + str(rng.randrange(100, 999))


@pytest.mark.parametrize("template", [
    "PROC 0\nSET &DB_PASSWORD = {v}\nWRITE DONE\n",
    "[Notes]\nKitType=2\n$SMTP_PASSWORD={v}\nServerTasks=Router\n",
    "Service:\n   Name=AuthorizationService\n   #SMTP_PASS={v}\n",
    '<JOB JOBNAME="NIGHTLY1">\n  <VARIABLE NAME="%%DB_PASSWORD" VALUE="{v}"/>\n</JOB>',
    "ADDENVVAR ENVVAR(HTTP_PASSWORD) VALUE('{v}') LEVEL(*JOB)",
    "PGM\n  DCL VAR(&DB_PASSWORD) TYPE(*CHAR) LEN(128) VALUE('{v}')\nENDPGM",
    "**free\ndcl-c SMTP_PASS const('{v}');\n",
    "       0000-INIT.\n           MOVE '{v}' TO WS-DB-PASSWORD\n",
    "UPDATE APP.SETTINGS\n   SET CFGVAL = '{v}'\n WHERE CFGKEY = 'SMTP_PASSWORD';",
    "AdminTask.setVariable('[-variableName SMTP_PASS -variableValue {v}]')",
    "[Startup]\nDBName=HRPRD\nDomainConnectPswd={v}\n",
    'csp.CSPPasswordPtr = "{v}";',
    "XFER PROCESS SNODE=cd02.example SNODEID=(OPS01,{v})",
    "CESN USERID=OPS01,PS={v}",
    "/SIGN ON OPS01 {v}",
    "LOGON OPS01/{v} PROC(ISPFPROC)",
    "RUNRMTCMD CMD('dir') RMTLOCNAME('win01.example' *IP) RMTUSER(OPS01) RMTPWD('{v}')",
    "ALU OPS01 PHRASE('{v}') NOEXPIRED",
    "callp QSYGETPH('OPS01' : '{v}' : handle : errcode : 10 : 0);",
    "P  10.1.0.0/16  sap01.example  3299  {v}",
    "/H/router.example/S/3299/W/{v}/H/sap02.example/S/3200",
    "sapcontrol -nr 00 -host sap01.example -user ops01 {v} -function GetProcessList",
    "brconnect -u system/{v} -c -f check",
    "expdp userid=system/{v} schemas=HR dumpfile=hr.dmp",
    "expdp hr/{v} schemas=HR directory=DP_DIR",
    "isql -Usa -SPRD -P{v} -w 999",
    "psae -CD HRPRD -CT ORACLE -CO OPS01 -CP {v} -R RUN1 -AI LOAD",
    "pssqr -CT ORACLE -CD HRPRD -CA OPS01 -CAP {v} -RP XRF",
    "partner,contact,field,value\nair.example,ktanaka,db_password,{v}\n",
    'let opts = OptsBuilder::new().user(Some("booking")).pass(Some("{v}"));',
])
def test_a_password_a_back_end_names_or_places_is_found(template):
    value = rng_word_letters_digits(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    '{{"parameters": {{"webhook_secret": {{"defaultValue": {{"value": "{v}"}}}}}}}}',
    "PROFILE_OPTION_NAME        LEVEL  VALUE\nXX_PARTNER_API_SECRET   Site   {v}",
])
def test_a_secret_in_remote_config_or_a_reports_columns_is_found(template):
    value = random_text(RNG, B62, 32)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "the queue password is below as an LDIF attribute with a double colon (Base64 value):\ndescription:: {b64}\nRegards",
    "the queue password is below as a REXX X2C() call over the ASCII hex:\nX2C('{hex}')\nRegards",
    "the database password is below as an Oracle expression:\nUTL_RAW.CAST_TO_VARCHAR2(HEXTORAW('{hex}'))\nRegards",
    "the database password is below as a T-SQL varbinary literal:\nCAST(0x{hex} AS VARCHAR(64))\nRegards",
])
def test_a_password_inside_a_call_that_decodes_it_is_found(template):
    value = word_password(RNG)
    b64, hexed = base64.b64encode(value.encode()).decode(), value.encode().hex().upper()
    text = template.format(b64=b64, hex=hexed)
    gone(text, b64 if "{b64}" in template else hexed)


def test_a_capitalized_word_and_a_generated_tail_in_a_sentence_is_found():
    value = "Ledger." + "".join(RNG.choice(alphabet) for alphabet in (string.ascii_lowercase, string.digits) * 4)[:7]
    gone(f"Kupu huna a ka mea hoʻohana SAP RFC ʻo {value} — mai kākau i loko o ka tiketi.", value)


@pytest.mark.parametrize("text", [
    "How to reset an ERP user password (KB7226): open the Define form, enter a temporary one, and tell the user by phone.",
    "Person: Ada Quill/ACME\nHTTPPassword: (GSSSXEocXVViXUxIx3K1d)",
    "Re: weird strings in our exports?\n> why does this look like a key?\nThose are expected, see below:\n"
    "51df7d47a1346a6099b3b6bf3e368dee7c1eb4c3 fix rate rounding\n5c2707fc3a30c81495111abb4bd1f64953f53e9b add late checkout\n",
    "User OPS01  Logon data\n  Password       ********\n  Password status  Productive password, last changed 9 days ago\n"
    "Outcome: approved, no credential content.",
    "name,value\nmax_connections,100\npassword_min_length,12\n",
    'config :api, token: System.fetch_env!("MATRIX_ACCESS_TOKEN")\n',
])
def test_an_article_a_stored_hash_a_listing_or_a_sentence_is_kept(text):
    kept(text)
