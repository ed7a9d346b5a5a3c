"""Categories read from the two-hundred-and-seventy-seventh corpus (hop farms, maltsters and oast-house kilns;
issue 12, part 129; read as a development set, the seventy-fifth held out):

- A made password written to a child's standard input in more languages: Ruby's Open3 ``stdin_data:``, Go's
  ``cmd.Stdin = strings.NewReader``, Java's ``getOutputStream().write``, Perl's ``print`` to an ``open(…, '|-', …)``,
  PHP's ``fwrite($pipes[0], …)``.
- Escaped bytes: SOCKS5's sub-negotiation with a length Python writes as ``\\t``; PPP's PAP Authenticate-Request.
- A ThingsBoard device token and a Telegram bot token in their APIs' paths; a Tines hook's base-36 path.
- An API key as basic auth's user with no password (``curl -u 'key:'``).
- A scanned label as tesseract's TSV (one word a row); a Mongoose OS ``config_schema`` entry.
- GUI tests: Robotium's ``enterText`` on a view it finds, Calabash's ``enter_text``, WinRunner's ``edit_set``.
- Basic auth's ``GetBytes($"user:pw")``; proxytunnel's ``-P user:pw``.
- A login's password by position: JMX's credentials array, the scylla crate's ``.user(u, pw)``, R's keyring,
  Virtuoso's ``USER_CREATE``, memcached's ``set auth``, a Teltonika tracker's SMS command.
- Kept: Windows Setup's ``<settings pass="oobeSystem">``, a user name given to ``curl -u`` with no password, a
  label's product code, a role after a user.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest
from privacy_support import found, kept, random_text

RNG = random.Random(2026_277_1)


def _password() -> str:
    return RNG.choice(("Bramling", "oast", "Goldings", "humulone")) + RNG.choice("._-") + \
        RNG.choice(("Kiln", "Row", "Floor")) + random_text(RNG, "123456789", 2)


@pytest.mark.parametrize("template", [
    "out, st = Open3.capture2('hop-vault', 'unlock', stdin_data: \"{v}\\n\")\n",
    'cmd := exec.Command("kiln-unlock", "--site", "brackenden")\ncmd.Stdin = strings.NewReader("{v}\\n")\nout, err := cmd.Output()\n',
    'Process p = new ProcessBuilder("kiln-unlock").start();\np.getOutputStream().write("{v}\\n".getBytes());\n',
    "open(my $fh, '|-', 'kiln-unlock --site brackenden') or die;\nprint $fh \"{v}\\n\";\nclose($fh);\n",
    "$p = proc_open('kiln-unlock', [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $pipes);\nfwrite($pipes[0], \"{v}\\n\");\n",
    ">>> sock.sendall(b'\\x05\\x01\\x02')\n>>> sock.recv(2)\nb'\\x05\\x02'\n>>> sock.sendall(b'\\x01\\tgwenllian\\x0c{v}')\n",
    ">>> raw(pkt[PPP])\nb'\\xc0#\\x01\\x01\\x00\\x17\\x06rupert\\x0b{v}'\n",
    "  - [\"app.steep_tank_hmi_password\", \"s\", \"{v}\", {{title: \"floor HMI\"}}]\n",
    'solo.enterText((EditText) solo.getView(R.id.f2), "{v}");\n',
    "enter_text(\"* id:'f2'\", \"{v}\")\n",
    'set_window("Weighbridge Login", 5);\nedit_set("f2", "{v}");\n',
    'client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", '
    'Convert.ToBase64String(Encoding.UTF8.GetBytes($"piers:{v}")));\n',
    "$ proxytunnel -p 10.148.33.180:3128 -P desmond:{v} -d git.example:443 -a 7000\n",
    'env.put(JMXConnector.CREDENTIALS, new String[] {{"hollis", "{v}"}});\n',
    'let session = SessionBuilder::new().known_node("192.168.148.135:9042").user("tamsin", "{v}").build().await?;\n',
    'keyring::key_set_with_value("weighbridge-console", "rupert", "{v}")\n',
    "SQL> DB.DBA.USER_CREATE ('desmond', '{v}');\n",
    "> set auth 0 0 17\\r\\n\n> niamh {v}\\r\\n\n< STORED\\r\\n\n",
    'SMS to +447700900123 (FMB920 on the pellet van): "desmond {v} getgps"\n',
])
def test_a_password_in_these_is_found(template):
    value = _password()
    found(template.format(v=value), value)


def test_a_scanned_labels_words_as_tesseract_rows_give_the_value():
    value = "PRC-" + random_text(RNG, "0123456789", 3) + "-" + random_text(RNG, "0123456789", 8)
    rows = "".join(f"5\t1\t1\t1\t1\t{i}\t{30 + 90 * i}\t40\t100\t22\t{88 + i}\t{w}\n"
                   for i, w in enumerate(("Pellet", "Release", "Code", value), start=1))
    found("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" + rows, value)


@pytest.mark.parametrize("template", [
    "  502  curl -s -X POST 'https://thingsboard.cloud/api/v1/{t}/telemetry' -d '{{\"value1\": \"kiln 2\"}}'\n",
    "  502  curl -s -X POST 'https://api.telegram.org/bot{b}/sendMessage' -d 'chat_id=-100200300&text=done'\n",
    '      TINES_HOOK: "https://bineweed.tines.com/webhook/{l}/{l2}"\n',
    "  502  curl -s -u '{h}:' 'https://onfleet.com/api/v2/tasks/all'\n",
])
def test_a_token_in_these_is_found(template):
    b36 = "abcdefghijklmnopqrstuvwxyz0123456789"
    values = {"t": random_text(RNG, "abcdefghijklmnopqrstuvwxyz0123456789ABCDEF", 20),
              "b": random_text(RNG, "0123456789", 10) + ":" + random_text(RNG, b36 + "ABCDEFGH-_", 35),
              "l": random_text(RNG, b36, 32), "l2": random_text(RNG, b36, 32), "h": random_text(RNG, "0123456789abcdef", 32)}
    text = template.format(**values)
    value = next(v for k, v in values.items() if "{" + k + "}" in template and k != "l")
    found(text, value)


@pytest.mark.parametrize("text", [
    '<unattend xmlns="urn:schemas-microsoft-com:unattend">\n  <settings pass="oobeSystem">\n'
    '    <component name="Microsoft-Windows-Shell-Setup">\n',
    '  <settings pass="specialize">\n',
    "curl -u administrator2024: https://intranet.example/status\n",
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    "5\t1\t1\t1\t1\t1\t30\t40\t100\t22\t88\tProduct\n5\t1\t1\t1\t1\t2\t120\t40\t84\t22\t89\tCode\n"
    "5\t1\t1\t1\t1\t3\t210\t40\t100\t22\t90\tABC-12345\n",
    'let q = builder.user("admin", "readonly").build();\n',
    'child.stdin.take().unwrap().write_all(b"status\\n")?;\n',
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
