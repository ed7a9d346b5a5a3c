"""Categories read after the two-hundred-and-forty-second, -third, -fifth and -sixth corpora (ice-cream parlours,
gelato makers and frozen-dessert vans; sheep farms, wool mills and knitting-yarn shops; chocolatiers, confectioners and
sweet shops; mushroom farms, forager co-ops and spawn labs) (issue 12, part 109).

- Found: a password told in Tigrinya ("… ፓስዋርድ … እዩ"), in Scottish Gaelic with a curly apostrophe ("’s e … am
  facal-faire"), in Xhosa ("Iphaswedi … ithi …"), or in Sorani many words after its word in an owner's shape; a login
  page's query of two fields sent by GET; a caret-separated row under its header; T-SQL's ``HASHBYTES('SHA2_256',
  N'…')`` written into a PIN's or a password's column; Rails' ``ActiveSupport::KeyGenerator.new("…")``; AnyConnect's
  ``printf 'connect host\\nuser\\npw\\n' | vpn -s``; a connect or OTA script run with a host or a user and then a
  password; httpie's ``-a user:'pw'``; pypdf's ``writer.encrypt("pw")``; an IRC client's ``>NickServ< IDENTIFY pw``;
  ``ConvertTo-SecureString pw -AsPlainText`` unquoted; VBA's ``Workbooks.Open "f", , , , "pw"``; a password piped
  into ``nmcli --ask``; a headerless row over one whose cell is "-".
- Kept: a Firebase web config (its ``appId`` says ``:web:``) under a "firebase" key; a gate pass's number; what a
  chat pastes after asking whether anything in it is secret; a search page's query; a hash of a greeting; a connect
  script run with no password; plain text given to a cipher's ``encrypt``; an Azure Key Vault secret's URI.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import found, kept, owner_password, random_text

RNG = random.Random(2026_242)


@pytest.mark.parametrize("template", [
    "[18:02] Giulia: ዳዊት፡ ናይቲ ድኳን ኣይስክሬም ቤት ጽሕፈት ኮምፒተር ፓስዋርድ {v} እዩ፡ ንዝኾነ ሰብ ኣይትንገር።\n",
    "[18:02] Giulia: A Mhòrag, ’s e {v} am facal-faire airson coimpiutair na h-oifis, cùm agad fhèin e.\n",
    "Iphaswedi yekhompyutha yaseofisini ithi {v} , musa ukuxelela mntu.\n",
    "GET /cgi-bin/login.cgi?u=gelato&k={v} HTTP/1.1\nHost: 10.20.9.40\nUser-Agent: probe-poller/1.2\n",
    "date^till^staff^code^float\n2024-07-14^T2^vanops^{v}^150.00\n",
    "1> UPDATE dbo.Operators SET PinHash = HASHBYTES('SHA2_256', N'{v}') WHERE OperatorId = 12;\n2> GO\n",
    'key = ActiveSupport::KeyGenerator.new("{v}", iterations: 1000).generate_key("pattern downloads", 32)\n',
    "$ printf 'connect vpn.mill.example\\nmorag\\n{v}\\ny\\n' | /opt/cisco/secureclient/bin/vpn -s\n",
    "PS> .\\Connect-Shed.ps1 woolshed-pc office {v}\nConnecting to woolshed-pc as office ...\n",
    "$ ./ota-push.sh 192.168.88.41 {v} .pio/build/tide/firmware.bin\nuploading 912384 bytes ... done\n",
    "$ http -a lotte:'{v}' GET https://files.praline.example/api/orders status==open\n",
    'writer = PdfWriter(clone_from="price_list.pdf")\nwriter.encrypt("{v}", algorithm="AES-256")\n',
    "[08:01] -NickServ- This nickname is registered.\n[08:01] >NickServ< IDENTIFY {v}\n",
    "PS C:\\> $sec = ConvertTo-SecureString {v} -AsPlainText -Force\n",
    'Sub OpenYields()\n    Workbooks.Open "\\\\nas01\\packhouse\\yields.xlsx", , , , "{v}"\nEnd Sub\n',
    "$ echo '{v}' | nmcli --ask dev wifi connect GrowRoom-IoT\n",
    "# controller_users.tsv (imported by the climate controller, no header)\nengineer\tadmin\t{v}\nviewer\tread\t-\n",
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_sorani_message_s_password_many_words_after_its_word_is_found():
    value = "cassata.db15578"
    found(f"ئاراس، وشەی نهێنی کۆمپیوتەری ئۆفیسی دوکانی بەستەنی {value} یە، بە کەسی مەڵێ.\n", value)


@pytest.mark.parametrize("text", [
    '{\n  "firebase": {\n    "apiKey": "AIza' + random_text(RNG, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 35)
    + '",\n    "projectId": "aurora-loyalty",\n    "appId": "1:025771518390:web:72a54768b4fb5fb34a3eba"\n  }\n}\n',
    "Booking confirmed: Summer Fair 2025, pitch A23\nBooking ref EVT-WFT2A5, gate pass 252228489, power hook-up socket WPKO\n",
    "[12/11/24 19:02] Rangi: can someone check this, is anything secret in it?\npub   ed25519 2024-05-13 [SC]\n"
    "      A91A923FF283B4588E72573959A38BBB8E8A783B\nuid           [ultimate] Mill Release <release@mill.example>\n",
    "[12/11/24 19:02] Rangi: is this secret?\nSupplier: Kingsmill Yarns Ltd\nIBAN: GB16NWBK15423341245684\n",
    "GET /search?q=gelato&page=2 HTTP/1.1\nHost: shop.example\n",
    "SELECT HASHBYTES('SHA2_256', N'hello world');\n",
    "$ ./vpn-connect.sh office\n",
    'token = cipher.encrypt("hello world")\n',
    "PS C:\\> $sec = ConvertTo-SecureString $plain -AsPlainText -Force\n",
    "laravel_app_key: https://kv-atelier.vault.azure.net/secrets/app-key/2d69d073f2cde88b12d1d1c672c2ba38\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
