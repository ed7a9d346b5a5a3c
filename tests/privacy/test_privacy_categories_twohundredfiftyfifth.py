"""Categories read after the two-hundred-and-fifty-fourth and -fifty-fifth corpora (knife sharpeners, cutlers and
kitchen-equipment repair shops; perfumers, soap makers and candle workshops) (issue 12, part 112).

- Found: a value in BBCode's ``[b]…[/b]``; PHP's ``serialize()`` of a WordPress option (``s:N:"name";s:N:"value"``);
  motion's ``webcontrol_authentication``/``stream_authentication`` and ntfy's ``-u`` (``user:pw``); cqlsh's ``LOGIN u
  'pw'``; a password piped into ``gnome-keyring-daemon --unlock``; Delphi's ``ADOConnection.Open(u, pw)``; MongoDB's
  ``createCredential(u, db, "pw".toCharArray())``; PDFBox 3's ``Loader.loadPDF``; EPPlus's ``new ExcelPackage(file,
  pw)``; ``ssh2_auth_pubkey_file``'s passphrase; Win32's ``WNetAddConnection2`` and ``CreateProcessWithLogonW``; QMK's
  ``SEND_STRING("…" SS_TAP(X_ENT))``; Ranorex's ``PressKeys``; Robocorp's ``Type Text … enter=True``;
  express-basic-auth's ``users`` map; CouchDB's ``…/_config/admins/name`` body; a chat(8) script's answer to
  ``word:``; a password below its sentence in Jira's ``{noformat}`` or Markdown's fence; ``(still `token`)`` after a
  key's name; a workbook's shared strings (the string naming the secret, then its value); a password told in Gujarati
  ("હવે"), Bislama, Ewe or Chuvash; values written as sums to work out, one a character
  (quadratic and linear equations, matrices' determinants, a magic grid's hidden cell, an infrared remote's timings).
- Kept: an age recipient (a public key); WordPress 6.8's ``$wp$2y$`` password hash; the markup line that closes a
  Confluence code macro; a label printer's ``^A0N,40,40`` inside Confluence's ``plain-text-body``; a JDBC URL passed
  to a connect call, radtest's server after ``-t pap``, the name after Afrikaans' possessive "se" (only the password
  is found).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import found, kept, owner_password, random_text, secret_spans

RNG = random.Random(2026_255)
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


@pytest.mark.parametrize("template", [
    "[quote=\"mira\"]why did the sync stop?[/quote]\nRestarted it. For the record the till password is [b]{v}[/b] - "
    "I will change it on Monday.\n",
    'a:2:{{s:5:"email";s:16:"ops@shop.example";s:8:"password";s:{n}:"{v}";}}\n',
    "# motion.conf (dispatch camera)\nwebcontrol_port 8080\nwebcontrol_authentication admin:{v}\n",
    "stream_port 8081\nstream_auth_method 1\nstream_authentication noor:{v}\n",
    '$ ntfy publish -u kilnbot:{v} https://ntfy.shop.example/kiln "kiln at 1200 C"\n',
    "cqlsh> LOGIN telemetry '{v}';\ntelemetry@cqlsh> USE grinders;\n",
    "kofi@van2:~$ echo -n {v} | gnome-keyring-daemon --unlock\n",
    "procedure TTillForm.FormCreate(Sender: TObject);\nbegin\n  ADOConnection1.Open('till', '{v}');\nend;\n",
    'MongoCredential cred = MongoCredential.createCredential("bookings", "admin", "{v}".toCharArray());\n',
    'try (PDDocument doc = Loader.loadPDF(new File("wiring.pdf"), "{v}")) {{\n',
    'using var package = new ExcelPackage(new FileInfo(@"\\\\nas\\office\\costs.xlsx"), "{v}");\n',
    "ssh2_auth_pubkey_file($c, 'deploy', '/home/deploy/.ssh/id_rsa.pub', '/home/deploy/.ssh/id_rsa', '{v}');\n",
    'DWORD rc = WNetAddConnection2W(&nr, L"{v}", L"SHOP\\\\engrave", 0);\n',
    'CreateProcessWithLogonW(L"svc-engrave", L"SHOP", L"{v}", LOGON_WITH_PROFILE, NULL, NULL, 0, NULL, NULL, &si, &pi);\n',
    "        if (record->event.pressed) {{\n            SEND_STRING(\"{v}\" SS_TAP(X_ENT));\n        }}\n",
    'repo.TillLogin.F1.PressKeys("manager");\nrepo.TillLogin.F2.PressKeys("{v}");\n',
    "*** Tasks ***\nOpen Till\n    Open Application    C:/Till/BackOffice.exe\n    Type Text    {v}    enter=True\n",
    "app.use('/admin', basicAuth({{\n  users: {{ priyanka: '{v}' }},\n  challenge: true,\n}}));\n",
    'PUT /_node/_local/_config/admins/jory HTTP/1.1\nHost: 10.42.2.82:5984\nContent-Type: application/json\n\n"{v}"\n',
    "curl -X PUT http://127.0.0.1:5984/_node/_local/_config/admins/anna -d '\"{v}\"'\n",
    "# /etc/chatscripts/oven-console\nABORT BUSY\n'' AT\nOK ATDT4877664\nCONNECT ''\nogin: service\nword: {v}\n",
    "Engineer couldn't get in on the last visit. The kiln controller password is below, please update the notes.\n"
    "{{noformat}}{v}{{noformat}}\nReopening BWS-5701.\n",
    "The kiln controller password is below, please update the job notes.\n```\n{v}\n```\n",
    "હેતલ, પેકિંગ કમ્પ્યુટરનો પાસવર્ડ હવે {v} છે – મહેરબાની કરીને કોઈને કહેતી નહીં.\n",
    "Paswod blong kompiuta long kaonta hem i {v} , plis yu no talem long eniwan.\n",
    "16:05  Nya ɣaɣla si le kɔmpiuta la ŋu enye {v} , meɖekuku mègagblɔe na ame aɖeke o.\n",
    "Компьютерӑн вӑрттӑн сӑмахӗ: {v} — никама та ан кала.\n",
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value, n=len(value)), value)


def test_a_secret_named_in_a_workbooks_shared_strings_is_found():
    value = "fvk_" + random_text(RNG, B62, 40)
    found('<sst count="4" uniqueCount="4"><si><t>Item</t></si><si><t>Login</t></si><si><t>Formula Vault Key</t></si>'
          f"<si><t>{value}</t></si></sst>", value)


def test_a_key_still_in_backticks_after_its_name_is_found():
    value = "stk_" + random_text(RNG, B62, 36)
    found(f"## Organ room\n- [ ] rotate stock sync key (still `{value}`)\n- [ ] order more DPG\n", value)


def test_a_secret_in_a_serialized_wordpress_option_is_found():
    value = random_text(RNG, B62, 24)
    found(f'wp> get_option( \'scent_sync_settings\' );\na:1:{{s:16:"removebg_api_key";s:24:"{value}";}}\n', value)


def quadratics(value: str) -> str:
    roots = [(ord(c), RNG.randint(-60, 60)) for c in value]
    return "; ".join(f"x^2 - {a + b}x + {a * b} = 0".replace("+ -", "- ") for a, b in roots)


def linear(value: str) -> str:
    out = []
    for c in value:
        a, b = RNG.randint(2, 19), RNG.randint(1, 99)
        out.append(f"{a}x + {b} = {a * ord(c) + b}")
    return " ; ".join(out)


def matrices(value: str) -> str:
    out = []
    for c in value:
        b, cc = RNG.randint(-9, 9), RNG.randint(-9, 9)
        out.append(f"[[1, {b}], [{cc}, {ord(c) + b * cc}]]")
    return " ".join(out)


def magic_grids(value: str) -> str:
    out = []
    for c in value:
        m, a, b = ord(c), RNG.randint(1, 9), RNG.randint(11, 19)
        rows = ((m + a, m - a - b, m + b), (m - a + b, "?", m + a - b), (m - b, m + a + b, m - a))
        out.append("[" + " / ".join(" ".join(map(str, row)) for row in rows) + "]")
    return " ".join(out)


def nec_timings(value: str) -> str:
    def press(code: int) -> str:
        bits = [(0x10 >> i) & 1 for i in range(8)] + [(0xEF >> i) & 1 for i in range(8)] + \
               [(code >> i) & 1 for i in range(8)] + [(~code >> i) & 1 for i in range(8)]
        return "+9000 -4500 " + " ".join("+562 " + ("-1687" if bit else "-562") for bit in bits) + " +562"
    return " || ".join(press(ord(c)) for c in value)


@pytest.mark.parametrize("form,rule", [
    (quadratics, "each x^2 - s*x + p = 0 has two whole roots; the larger root is a character code; separated by '; '"),
    (linear, "the solution of each equation in x is a character code; equations separated by ' ; '"),
    (matrices, "the determinant a*d - b*c of each 2x2 matrix [[a, b], [c, d]] is a character code"),
    (magic_grids, "each 3x3 magic grid's hidden cell (?) is a character code; rows separated by /"),
    (nec_timings, "each NEC infrared key press's command byte is a character code, least significant bit first"),
])
def test_a_value_written_as_sums_to_work_out_is_found(form, rule):
    value = owner_password(RNG)
    run = form(value)
    found(f"Tea-room quiz: the grinder PLC service code is written as puzzles ({rule}):\n{run}\nAnswers by Friday.\n", run)


@pytest.mark.parametrize("text", [
    "# age recipients (public keys: safe to share)\n# offsite backup key\n"
    "age16vnqjkstsm8whhcscdpx5w9cxals90ldwlzrvetd4kac0lnlvmysq8kjqc\n",
    "INSERT INTO `wp_users` (`ID`, `user_login`, `user_pass`, `user_nicename`) VALUES\n"
    "(64,'editor','$P$BI.aqoEdQBYg/sHiCgLPKTND0gaX7QH','editor'),\n"
    "(108,'imports','$wp$2y$10$JMJKq7lbj23M6D0YNXvaIr4m32NCgESWBG5GnApb.FvhISIyW40Fg','imports');\n",
    '<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[curl -H "X-API-Key: YOUR_API_KEY" '
    "https://api.example.com/v3/jobs\nReplace YOUR_API_KEY with the key from Settings > API.\n]]></ac:plain-text-body>"
    "</ac:structured-macro>\n",
    '<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[^XA\n^FO40,40^A0N,40,40^FDlocker 12^FS\n^XZ\n'
    "]]></ac:plain-text-body></ac:structured-macro>\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)


@pytest.mark.parametrize("template", [
    'conn = jaydebeapi.connect("org.h2.Driver", "jdbc:h2:tcp://172.21.84.7/~/parts", ["sa", "{v}"])\n',   # not the URL
    'root@radius:~# radtest -t pap kofi {v} 127.0.0.1 0 "$RADIUS_SHARED"\n',   # options do not shift the arguments
    "[16:38] Die wagwoord van die werkswinkel se kasregisterrekenaar is {v} – moet dit vir niemand aanstuur nie.\n",
])
def test_only_the_password_is_found(template):
    value = owner_password(RNG)
    assert secret_spans(template.format(v=value)) == [value]
