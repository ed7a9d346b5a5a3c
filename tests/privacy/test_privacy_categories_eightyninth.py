"""Categories read after the eighty-ninth and ninety-first corpora (package maintainers and
artifact-registry publishers; remote development environments and cloud IDEs), and what was left of
the eighty-fourth, eighty-seventh and eighty-eighth (issue 12, part 58).

- Found: TeamCity access tokens, PASETO tokens, GitLab CI job tokens without a partition; a run the text names as ROT47 or ROT13 on the line after the words that say what it is (or
  as the last word of theirs); NATO spelling with CAPITAL- marking a capital; a password with
  "keyring" in it; a secret word (2Checkout's), a Storj access grant, an Azure SAS signature, a
  *_BEARER, names with a second tail (``…_KEY_PEM_BODY``, ``…_TOKEN_CODE``, ``…_KEY_JWT``); a session's
  long random value (ATUIN_SESSION); Perl's ``$ENV{N} //= q{v}``; DAX/SQL CHAR() chains, SQLite's
  char(…), Rust's from_utf8(vec![…]) and b"\\x…", bash's $'\\x…', Erlang's [$c, …]; creds = (user,
  pw); Credentials(realm, host, user, pw) (sbt, LWP); (host, port, user, pw) calls (SSH.NET,
  redis-py); Req's {:basic, "u:pw"}; Maven's <master>; vcpkg's x-azblob,url,SAS,mode; a registry login
  fed a user and a password (printf 'u\\npw\\n' |, printf '%s\\n' u pw |, a heredoc) or a token
  (echo | cargo login); printf %s pw |; <(printf '%s\\n' pw); openssl passwd -salt s pw; sshpass -p in
  an argument list; pexpect's expect/send and expect's unquoted prompt; a prompt answered on the next
  line ("? Enter value for secret X" / "> v"); a Coder parameter's default; the word for password in
  Marathi, Ossetian, Northern Sami and Sardinian, Ilocano's copula.
- Kept: a keyring lookup, a secret word that is a word, a session's name, a prompt asking for a name.
- Bounded: a long value found to be none is passed over whole (a text of named-form lines was read
  again from each line: work growing with the square of its length).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import base64
import random
import string

import pytest

from privacy_support import USER, config_rules, gone, kept, random_text, word_password

from actors.privacy.engine import PrivacyEngine, validators

RNG = random.Random(2026_89)
B62 = string.ascii_letters + string.digits


ROT47 = str.maketrans({c: chr(33 + (c - 33 + 47) % 94) for c in range(33, 127)})
ROT13 = str.maketrans(string.ascii_letters, string.ascii_lowercase[13:] + string.ascii_lowercase[:13]
                      + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])


@pytest.mark.parametrize("template, table", [
    ("here is the vault master password in ROT47 (printable ASCII rotated by 47):\n{r}\nDon't say it aloud.\n", ROT47),
    ("setup notes - the IMAP password, written in rot13 for the screen share:\n{r}\nnext: reboot.\n", ROT13),
    ("the smtp password, rot47: {r}\n", ROT47),
    ("as requested, here is the smtp password in ROT47 so the filter does not strip it:\n\n{r}\n\nRegards\n", ROT47),
])
def test_a_password_given_in_a_rotation_the_text_names_is_found(template, table):
    value = word_password(RNG)
    text = template.format(r=value.translate(table))
    gone(text, value.translate(table))


def test_nato_spelling_with_capital_markers_is_found():
    token = "ghp_" + random_text(RNG, B62, 36)
    words = {c: w for w, c in (("alfa", "a"), ("bravo", "b"), ("charlie", "c"), ("delta", "d"), ("echo", "e"),
             ("foxtrot", "f"), ("golf", "g"), ("hotel", "h"), ("india", "i"), ("juliett", "j"), ("kilo", "k"),
             ("lima", "l"), ("mike", "m"), ("november", "n"), ("oscar", "o"), ("papa", "p"), ("quebec", "q"),
             ("romeo", "r"), ("sierra", "s"), ("tango", "t"), ("uniform", "u"), ("victor", "v"), ("whiskey", "w"),
             ("xray", "x"), ("yankee", "y"), ("zulu", "z"))}
    digits = "zero one two three four five six seven eight nine".split()
    spelled = " ".join("underscore" if c == "_" else digits[int(c)] if c.isdigit()
                       else ("CAPITAL-" + words[c.lower()]) if c.isupper() else words[c] for c in token)
    text = ("the GitHub token, spelled with the NATO alphabet, lower case unless the word is prefixed CAPITAL-:\n"
            + spelled + "\nClose the issue once it works.\n")
    out = gone(text)
    assert spelled not in out, out


@pytest.mark.parametrize("template", [
    '<env name="HOME_WIFI_PSK" value="{kr}" />\n',
    "$ export BW_SESSION=$(bw unlock '{kr}' --raw)\n",
    "module.exports = ({{ env }}) => ({{\n  key: env('TWO_CHECKOUT_SECRET_WORD', '{pw}'),\n}});\n",
    "creds = ('tnakamura', '{pw}')\n",
    "$ENV{{APPLE_NOTARYTOOL_APP_SPECIFIC_PASSWORD}} //= q{{{pw}}};\n",
    "$ sbt 'set credentials += Credentials(\"Sonatype Nexus Repository Manager\", \"repo.example\", \"ayilmaz\", \"{pw}\")' publishSigned\n",
    '$ua->credentials("nexus.example:443", "PAUSE", "hkowal", "{pw}");\n',
    'r = redis.Redis("devbox.example.net", 6379, 0, "{pw}")\n',
    'using var sftp = new SftpClient("devbox.example.net", 22, "dev", "{pw}");\n',
    'Req.put!(url, body: tarball, auth: {{:basic, "ngozi:{pw}"}})\n',
    "<settingsSecurity>\n  <master>{pw}</master>\n</settingsSecurity>\n",
    "set VCPKG_BINARY_SOURCES=clear;x-azblob,https://cache.blob.core.windows.net/vcpkg,{pw},readwrite\n",
    "$ printf 'tanaka-r\\n{pw}\\n' | mix hex.user auth\n",
    "$ printf '%s\\n' sroux@mail.example {pw} | gem signin --host https://registry.example\n",
    "$ rebar3 hex user auth <<EOF\npbrandt\n{pw}\nEOF\n",
    "$ echo {pw} | cargo login --registry releng\n",
    "$ printf %s '{pw}' | podman login -u dev --password-stdin quay.example.net\n",
    "$ sshpass -f <(printf '%s\\n' '{pw}') scp build.tar.gz dev@devbox.example.net:/tmp/\n",
    "$ openssl passwd -6 -salt Qx7 {pw}\n",
    'subprocess.run(["sshpass", "-p", "{pw}", "ssh", "dev@devbox.example.net"], check=True)\n',
    "const p = spawn('sshpass', ['-p', '{pw}', 'ssh', 'dev@devbox.example.net']);\n",
    'child = pexpect.spawn("ssh -J bastion dev@devbox")\nchild.expect("assword:")\nchild.send("{pw}\\r")\n',
    "$ expect -c 'spawn pod repo add releng https://forge.example/pods; expect Password:; send \"{pw}\\r\"; interact'\n",
    "रिलीज साइनिंग कीचा नवीन पासफ्रेज {pw} आहे – कृपया तो CI लॉगमध्ये टाकू नकोस.\n",
    "Ođđa beassansátnecealkka almmustahttinčoavdagii lea {pw} – ale bija dan CI-loggii.\n",
    "Релизы къухфыссæн дæгъæлы ног сусæг дзырд у {pw} – дæ хорзæхæй, ма йæ ныффыс CI журналы.\n",
    "Sa crae de su serbidore bastion est {pw}, no la pongias in su ticket.\n",
    "[10:42] bashir: Ti password ti bastion server ket {pw}, dimo koma idikit iti ticket.\n",
])
def test_a_password_given_by_its_place_or_its_word_is_found(template):
    pw = word_password(RNG)
    kr = "keyring" + RNG.choice("_-") + random_text(RNG, string.ascii_lowercase + string.digits, 9)
    text = template.format(pw=pw, kr=kr)
    gone(text, kr if "{kr}" in template else pw)


@pytest.mark.parametrize("template", [
    "export VCPKG_CACHE_SAS_SIG={b64}\n",
    "//Token used by the packaging step\nSONATYPE_CENTRAL_PORTAL_BEARER:STRING={b64}\n",
    "[buildenv]\nSONATYPE_NEXUS_USER_TOKEN_CODE={tok}\n",
    '{{\n  "Publishing:CHEF_SUPERMARKET_CLIENT_KEY_PEM_BODY": "{b64}"\n}}\n',
    "global BIGQUERY_SERVICE_ACCOUNT_PRIVATE_KEY_BODY \"{b64}\"\n",
    "$settings['storj_access_grant'] = '1{tok}{tok}';\n",
    "$ launchctl setenv ATUIN_SESSION {tok}\n",
    "$ENV{{EARTHLY_SATELLITE_TOKEN}} //= q{{{tok}}};\n",
    'data "coder_parameter" "headscale.preauthkey" {{\n  name    = "headscale.preauthkey"\n  type    = "string"\n  default = "{hex}"\n}}\n',
    '? Enter value for secret PUSHER_APP_SECRET (from devcontainer.json "secrets")\n> {hex}\n✓ Saved PUSHER_APP_SECRET\n',
])
def test_a_named_key_token_or_session_is_found(template):
    b64 = base64.b64encode(RNG.randbytes(32)).decode()
    tok = random_text(RNG, B62, 32)
    hex_ = RNG.randbytes(24).hex()
    text = template.format(b64=b64, tok=tok, hex=hex_)
    gone(text, next(v for v in (b64, tok, hex_) if v in text))


@pytest.mark.parametrize("render", [
    lambda v: "the pat, as a DAX expression of UNICHAR() calls:\n" + " & ".join(f"UNICHAR({ord(c)})" for c in v),
    lambda v: "the key, as an SQLite char(...) call:\nchar(" + ",".join(str(ord(c)) for c in v) + ")",
    lambda v: "the key, as Rust:\nString::from_utf8(vec![" + ", ".join(str(ord(c)) for c in v) + "]).unwrap()",
    lambda v: 'the key, as Rust:\nString::from_utf8(b"' + "".join(f"\\x{ord(c):02x}" for c in v) + '".to_vec())',
    lambda v: "the key, as a bash ANSI-C string:\n$'" + "".join(f"\\x{ord(c):02x}" for c in v) + "'",
    lambda v: "the key, as an Erlang list:\n[" + ",".join(f"${c}" for c in v) + "]",
])
def test_a_token_written_as_character_codes_is_found(render):
    token = "dapi" + RNG.randbytes(16).hex()
    text = render(token)
    out = gone(text)
    assert text.split("\n", 1)[1] not in out, out


@pytest.mark.parametrize("text", [
    'password = keyring.get_password("acme", username)\n',
    "SECRET_WORD_COUNT=12\nsecret_word = 'banana'\n",
    "TMUX_SESSION=main-dev-work-session\n",
    "? Enter a name for the secret\n> my-api-token-name\n",
    "<settingsSecurity>\n  <master>{jSMOWnoPFgsHVpMvz5VrIt5kRbzGpI8u+9EF1iFQyJQ=}</master>\n</settingsSecurity>\n",
    "We stored the password in ROT13 once (never again):\nNow we use the vault and nobody reads it.\n",
    "access_grant_type = 'authorization_code'\nESC_KEY_CODE=27\n",
])
def test_a_lookup_a_word_a_name_or_an_encrypted_master_is_kept(text):
    kept(text)



@pytest.mark.parametrize("make", [
    lambda r: "eyJ0eXAiOiAiVENWMiJ9." + random_text(r, B62 + "_-", 36) + "." + random_text(r, B62 + "_-", 48),   # TeamCity
    lambda r: "v2.public." + random_text(r, B62 + "_-", 160),                                                    # PASETO
    lambda r: "v4.local." + random_text(r, B62 + "_-", 96),
    lambda r: "glcbt-" + random_text(r, B62, 20),                                                                # GitLab, no partition
])
def test_a_token_that_names_its_format_is_found_under_any_name(make):
    token = make(RNG)
    gone(f"env:\n  SOME_VALUE: \"{token}\"\n", token)


def test_a_long_value_found_to_be_none_is_not_read_again_from_each_of_its_lines(monkeypatch):
    # A line that names a form ("the password in rot47:") followed by lines with digits reads as a code
    # block to the end of the text; when it is none, resuming inside it read the rest again from every
    # such line — work growing with the square of the text (74 KB of them ran out the scan's time).
    read = []
    original = validators.VALIDATORS["code_block"]
    monkeypatch.setitem(validators.VALIDATORS, "code_block", lambda v: read.append(len(v)) or original(v))
    engine = PrivacyEngine(config_rules(), audit_dir=None, home=f"/home/{USER}", user=USER)
    text = "the password in rot47:\nDE@H]I8f=4J`c\n" * 400
    engine.scan(text)
    assert read and sum(read) <= 4 * len(text), (len(read), sum(read), len(text))
