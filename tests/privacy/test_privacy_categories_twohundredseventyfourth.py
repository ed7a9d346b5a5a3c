"""Categories read from the two-hundred-and-seventy-second corpus (oyster farms, seaweed harvesters and shellfish
depuration plants; issue 12, part 127; read after the seventy-fourth, the seventy-third held out).

- A release code named as one (``DEPURATION_BATCH_RELEASE_CODE``, ``depurationBatchReleaseCode``, ``--…-release-code=``).
- A made password written to a child process's standard input: ``subprocess.run(…, input=b"…")``, Node's
  ``child.stdin.end``, .NET's ``StandardInput.WriteLine``.
- Kept in a clipboard or shared: CopyQ's ``add``, KDE Connect's ``--share-text``.
- A UI test's: Chrome DevTools Recorder's change step, CasperJS' ``fillSelectors``, a WebDriver element-value request,
  FlaUI's ``box.Text =``, MechanicalSoup's ``browser["f2"] =``; filebrowser's options before ``users add``.
- SHOUTcast v1's source password alone before its ``icy-`` headers; a slide's paragraph under the one naming the
  password; Samoan's "upu lilo … o X".
- Kept: a calendar's ``UID:…@host`` (a property in capitals, no login); a release's version.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest
from privacy_support import found, kept, random_text

RNG = random.Random(2026_272_2)


def _password() -> str:
    return RNG.choice(("Firkin", "laver", "Dulse")) + RNG.choice("._-") + random_text(RNG, "abcdefghkmnpqrstuvwxyz", 2) + \
        random_text(RNG, "123456789", 2)


@pytest.mark.parametrize("template", [
    'CONFIG_DEPURATION_BATCH_RELEASE_CODE="{v}"\n',
    "trace {{\n    depurationBatchReleaseCode = \"{v}\"\n}}\n",
    "<Arguments>--target barge --depuration-batch-release-code={v} --quiet</Arguments>\n",
])
def test_a_release_code_is_found(template):
    value = "DRC-" + random_text(RNG, "0123456789", 13)
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    'subprocess.run(["cryptsetup", "open", "/dev/sdb1", "tanklogs", "--key-file=-"],\n               input=b"{v}", check=True)\n',
    "const child = spawn('openconnect', ['--user=dom', 'vpn.example']);\nchild.stdin.end('{v}\\n');\n",
    "$p = [System.Diagnostics.Process]::Start($psi)\n$p.StandardInput.WriteLine('{v}')\n",
    "$ copyq add {v}\n",
    '$ kdeconnect-cli -n "Pixel 7" --share-text {v}\n',
    '{{ "type": "change", "value": "{v}", "selectors": [["#f2"]], "target": "main" }},\n',
    "this.fillSelectors('form#signin', {{ '#f1': 'oksana', '#f2': '{v}' }}, true);\n",
    'POST /session/7c1e/element/f2-0042/value HTTP/1.1\nHost: 127.0.0.1:4444\nContent-Type: application/json\n\n{{"text": "{v}"}}\n',
    'var box = window.FindFirstDescendant(cf => cf.ByAutomationId("f2")).AsTextBox();\nbox.Text = "{v}";\n',
    'browser.select_form()\nbrowser["f1"] = "nadia"\nbrowser["f2"] = "{v}"\n',
    "$ filebrowser -d /srv/fb/filebrowser.db users add priyanka {v} --perm.admin=false\n",
    "{v}\nicy-name:Carraig Bhan boat tour commentary\nicy-genre:Talk\nicy-pub:0\n",
    "<p:txBody><a:p><a:r><a:t>Cold Store Alarm Dialler Password</a:t></a:r></a:p>\n  <a:p><a:r><a:t>{v}</a:t></a:r></a:p>"
    "</p:txBody>\n",
    "O le upu lilo o le komepiuta i le ofisa o {v} – fa'amolemole ia e teu na'o oe.\n",
])
def test_a_password_in_these_is_found(template):
    value = _password()
    found(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "BEGIN:VEVENT\r\nUID:rota-2025-12-06@spatfall.example\r\nDTSTART:20251206T070000Z\r\n",
    "RELEASE_CODE=2.4.1\n",
    "release_code: jammy\n",
    "child.stdin.write('status\\n')\n",
    "subprocess.run(['sort'], input=b'kelp\\nlaver\\n')\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
