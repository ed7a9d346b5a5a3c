"""Categories read from the two-hundred-and-seventy-sixth corpus (rug weavers, carpet cleaners and tapestry
conservators; issue 12, part 131; read as a development set, the seventy-fifth held out):

- An unlock code named as one (``route_tablet_unlock_code``, ``ROUTE_TABLET_UNLOCK_CODE``, ``RouteTabletUnlockCode``).
- Where a form or a device keeps a value under its label: a PDF form's data (``/T (… Password) /V (…)``), motionEye's
  ``# @…_token value`` settings, a Tasker task's Variable Set, Gnumeric's cells, tesseract's TSV with a line a row.
- A login's password by position: Apache HttpClient's ``NTCredentials``, WordPress's ``wp_create_user``, a Huawei
  modem's ``AT^AUTHDATA``, a Shelly's ``/settings/sta?…&key=``.
- Typed by a UI test: TestFX's ``clickOn(…).write``, Ferrum's ``focus.type``, Helium's ``write(…, into=…)``.
- Files of users: lighttpd's plain userfile shown after its config names it, BusyBox httpd.conf's
  ``/path:user:password``, Artemis' ``artemis-users``.
- Kept: a PDF form's customer name, a Tasker variable holding a place's name, a motionEye setting of its own.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest
from privacy_support import found, kept, random_text

RNG = random.Random(2026_276_1)


def _password() -> str:
    return RNG.choice(("Heddle", "warp", "Berber", "mohair")) + RNG.choice("._-") + RNG.choice(("Loom", "Weft", "Pile")) + \
        random_text(RNG, "123456789", 2)


@pytest.mark.parametrize("template", [
    "ntp_server: 10.46.38.137\nroute_tablet_unlock_code: {c}\n",
    "[testenv]\nsetenv =\n    ROUTE_TABLET_UNLOCK_CODE={c}\ncommands = pytest -q\n",
    "<dict>\n  <key>RouteTabletUnlockCode</key>\n  <string>{c}</string>\n</dict>\n",
    '<gnm:Cell Row="3" Col="0" ValueType="60">Route Tablet Unlock Code</gnm:Cell>\n'
    '<gnm:Cell Row="3" Col="1" ValueType="60">{c}</gnm:Cell>\n',
])
def test_an_unlock_code_is_found(template):
    value = "VRU-" + random_text(RNG, "0123456789", 10)
    found(template.format(c=value), value)


@pytest.mark.parametrize("template", [
    "%FDF-1.2\n1 0 obj\n<< /FDF << /Fields [\n<< /T (Customer) /V (Isobel Fairweather) >>\n<< /T (Dye Scale Password) /V ({v}) >>\n"
    "] >> >>\nendobj\n",
    "# @enabled on\n# @name rug store aisle\n# @booking_session_token {v}\nnetcam_url rtsp://192.168.46.207:554/stream1\n",
    '<Action sr="act0" ve="7">\n<code>547</code>\n<Str sr="arg0" ve="3">%ClimateGatewayPassword</Str>\n'
    '<Str sr="arg1" ve="3">{v}</Str>\n</Action>\n',
    '<gnm:Cell Row="3" Col="0" ValueType="60">Climate Gateway Password</gnm:Cell>\n<gnm:Cell Row="3" Col="1" ValueType="60">{v}</gnm:Cell>\n',
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    "5\t1\t1\t1\t1\t1\t40\t32\t210\t28\t91\tCentrifuge Panel Password\n5\t1\t1\t1\t2\t1\t40\t70\t330\t30\t88\t{v}\n",
    '         new NTCredentials("bookings", "{v}".toCharArray(), "WS01", "PELLWORTH"))\n',
    "$user_id = wp_create_user('shopdesk', '{v}', 'shop@tarrowmere.example');\n",
    'AT^AUTHDATA=1,1,"","{v}","vans"\nOK\n',
    "GET /settings/sta?enabled=1&ssid=RugStore&key={v} HTTP/1.1\nHost: 192.168.46.180\n",
    'clickOn("#staff").write("deskstaff");\nclickOn("#code").write("{v}");\nclickOn("#signIn");\n',
    'browser.at_css("#f2").focus.type("{v}", :Enter)\n',
    "write('deskstaff', into='Staff')\nwrite('{v}', into='Code')\nclick('Sign in')\n",
    '$ grep auth /etc/lighttpd/lighttpd.conf\nauth.backend = "plain"\nauth.backend.plain.userfile = "/etc/lighttpd/users"\n'
    "$ cat /etc/lighttpd/users\narchive:{v}\n",
    "$ cat /etc/httpd.conf\nA:*\n/cgi-bin:admin:{v}\n.cgi:/bin/sh\n",
    "## etc/artemis-users (ActiveMQ Artemis)\nbeatrix = {v}\n",
])
def test_a_password_in_these_is_found(template):
    value = _password()
    found(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "%FDF-1.2\n1 0 obj\n<< /FDF << /Fields [\n<< /T (Customer) /V (Isobel Fairweather) >>\n<< /T (Order) /V (RW-2231) >>\n",
    "# @enabled on\n# @name rug store aisle\n# @motion_detection on\n",
    '<Str sr="arg0" ve="3">%HomeSsid</Str>\n<Str sr="arg1" ve="3">RugStore-5G</Str>\n',
    "$ cat /etc/httpd.conf\nA:*\nD:*\n.cgi:/bin/sh\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
