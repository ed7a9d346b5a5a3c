"""Categories read from the two-hundred-and-sixty-eighth corpus (tanneries, leather curriers and parchment makers; issue
12, part 119; the sixty-sixth is held out, the sixty-seventh read when it came).

- Found in code: pg8000's native ``Connection(user, host, database, port, pw)``; the zip crate's ``by_index_decrypt(i,
  b"pw")``; SWI-Prolog's ``authorization(basic(User, 'pw'))``; CasperJS's ``this.sendKeys(sel, pw)``; Qt Test's
  ``keyClicks(widget, pw)``.
- Found in SQL: OpenEdge's ``CREATE USER 'u', 'pw'``; Mimer's ``CREATE IDENT u AS USER USING 'pw'``.
- Found in commands: a password echoed into Check Point's snx; wl-copy's argument.
- Found in a capture as tcpdump -A prints it (a dot for each byte it cannot show): AMQP's Start-Ok (PLAIN, \\0user\\0pw,
  its locale); PostgreSQL's PasswordMessage to port 5432.
- Found in notes: a word, a dot and a capitalized word's number (``deliming.Drum7``) after a word for a password, where a
  word for "of" (Hausa's "ta") stood first; a heading that names a secret key base over the value; a Django key in a
  label's ZPL field (``^FD…^FS``).
- Kept: a table whose "notes" say where a value is, beside its "example" column; a register whose row of codes (a
  number plate, a VIN) is no header; wl-copy given a URL; a user created without a password; a widget given a word; a
  type name with a bit width after a word for a password.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest
from privacy_support import found, kept, random_text

RNG = random.Random(2026_268)
DJANGO = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"


def _pit() -> str:
    return RNG.choice(("Bridle", "Russet", "Vellum", "Gelatine")) + RNG.choice(".-_") + RNG.choice(("Pit", "Drum", "Vat")) + \
        random_text(RNG, "123456789", RNG.choice((1, 2)))


@pytest.mark.parametrize("template", [
    'con = pg8000.native.Connection("beamhouse", "sched.tannery.example", "hides", 5432, "{v}")\n',
    'let mut f = archive.by_index_decrypt(0, b"{v}")?;\n',
    "http_open(URL, In, [authorization(basic(scraper3, '{v}'))])\n",
    "casper.then(function () {{\n  this.sendKeys('#f1', 'tanner2');\n  this.sendKeys('#f2', '{v}');\n}});\n",
    'QTest::keyClicks(ui->f2, "{v}");\nQTest::keyClick(ui->f2, Qt::Key_Return);\n',
    "SQLExplorer> CREATE USER 'grading', '{v}';\n",
    "SQL>CREATE IDENT scraper3 AS USER USING '{v}';\n",
    "$ echo {v} | snx -s vpn.tannery.example -u yardhand\n",
    "$ wl-copy '{v}'\n",
    "Kalmar sirri ta kwamfutar ofis kusa da injin ita ce {v} kuma don Allah kada ka gaya wa kowa.\n",
])
def test_a_password_in_these_is_found(template):
    value = _pit()
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "10:22:02.795994 IP 10.91.31.93.58201 > 10.91.26.195.5672: Flags [P.], seq 1:55, ack 1, win 502, length 54\n"
    "E..^M...+..r4........k......r|.I..~....w................PLAIN.....tanner2.{v}.en_US.\n",
    "08:51:40.239243 IP 10.91.34.23.50408 > 10.91.7.77.5432: Flags [P.], seq 1:20, ack 1, win 502, length 19\n"
    "E..;...0.6..6.!b.Jb......,......p.!rJ...p....{v}.\n",
])
def test_a_password_in_a_capture_as_tcpdump_prints_it_is_found(template):
    value = RNG.choice(("chestnut", "lunellum", "mimosa")) + "_" + random_text(RNG, "123456789", 2) + "oz"
    found(template.format(v=value), value)


def test_a_heading_that_names_a_secret_key_base_over_its_value_is_found():
    value = random_text(RNG, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 63) + "/"
    found(f"IMG_5993.jpg  (text found in photo)\n-----\nEFFLUENT DASHBOARD SECRET KEY BASE\n{value}\n~ do not change ~\n", value)


def test_a_django_key_in_a_labels_zpl_field_is_found():
    value = "(" + random_text(RNG, DJANGO, 48) + "v"
    found(f"^XA\n^FO40,140^A0N,24,24^FDsaddlery shop secret key: {value}^FS\n^XZ\n", value)


@pytest.mark.parametrize("text", [
    "| variable | example | notes |\n|---|---|---|\n| EFFLUENT_DASHBOARD_SECRET_KEY_BASE | `<64 characters>` | mix phx.gen.secret |\n"
    "| SHIPPO_LIVE_API_TOKEN | `shippo_live_<40 hex>` | Shippo dashboard, API page |\n",
    "reg,vin,make,use\nOH43 SRH,WDBBFSDP6H1W947XT,Mercedes Sprinter,hide collection\nYM17 NPW,WF08ZJT10G8JH88NU,Ford Transit,deliveries\n"
    "VG14 AKX,VF14KSPC9F13Z1UC3,Renault Master,abattoir round\n",
    "$ wl-copy https://tannery.example/orders/4471\n$ wl-copy < notes.txt\n",
    "SQLExplorer> CREATE USER 'grading';\n", 'QTest::keyClicks(ui->name, "hello");\n',
    "The password field is of type numpy.Float64 here.\n",
    "^XA\n^FO40,90^FDLot HS-15719 / 2024-05-18^FS\n^XZ\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
