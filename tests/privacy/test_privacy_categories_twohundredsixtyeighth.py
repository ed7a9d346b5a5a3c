"""Categories mended before the two-hundred-and-sixty-ninth to seventy-first corpora were run (issue 12, part 121):
forms written from memory and the 267th's left misses.

- A here-string to any tool that reads its password on standard input is one rule (``here_string_to_login``, over
  ``_STDIN_READERS``): htpasswd, encfs, a ``--password-file /dev/fd/0``, openssl's ``-passin file:/dev/stdin``; and a
  quoted here-string may hold a passphrase's spaces.
- A database client's positional arguments (a host, its port, names or nils) give the password as the first later
  string with a digit, a capital or a mark: a name (``gate_ro``, ``hive_weights``) or a binlog's file after it is no
  password (InfluxDBClient's database, RDS's ``rds_set_external_master``).
- A grouped code after its name is found when a dash and words follow it ("gate enrolment code GSE-… - text me").
- Kept: a prompt given to a function that reads a secret (``getpass.getpass("Token: ")``, ``askPassword("API key:")``).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest
from privacy_support import found, kept, random_text, secret_spans

RNG = random.Random(2026_268)


def _password() -> str:
    return RNG.choice(("Roost", "Hopper", "Grader")) + RNG.choice("._-") + random_text(RNG, "abcdefghkmnpqrstuvwxyz", 3) + \
        random_text(RNG, "123456789", 2)


@pytest.mark.parametrize("template", [
    "htpasswd -c /etc/nginx/.htpasswd bob <<< {v}\n",
    "encfs ~/.crypt ~/plain <<< '{v}'\n",
    "mytool --password-file /dev/fd/0 <<< {v}\n",
    "openssl pkcs12 -export -passin file:/dev/stdin -in a.pem -out a.p12 <<< \"{v}\"\n",
    "sudo -S apt update <<< '{v} {v}'\n",
])
def test_a_here_string_to_a_tool_that_reads_stdin_is_found(template):
    value = _password()
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "client = Client('10.4.2.9', 9000, 'events', 'gate_ro', '{v}')\n",
    'client = InfluxDBClient("10.20.0.5", 8086, "scale_gw", "{v}", "hive_weights")\n',
    "mysql> CALL mysql.rds_set_external_master('10.42.19.141', 3306, 'repl', '{v}', 'mysql-bin.000906', 4, 0);\n",
    "r = Redis('cache.lan', 6379, 0, '{v}', True)\n",
])
def test_a_clients_password_after_a_host_and_port_is_found_and_nothing_else(template):
    value = _password()
    assert secret_spans(template.format(v=value)) == [value]


@pytest.mark.parametrize("template", [
    '<sms address="+447700900299" body="gate enrolment code {v} - text me when you are in" />\n',
    "tracker activation code {v} – ring the office\n",
])
def test_a_grouped_code_with_words_after_a_dash_is_found(template):
    value = "-".join(random_text(RNG, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 5) for _ in range(4))
    found(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    'token = getpass.getpass("Token: ")\n',
    'key = Prompt.askPassword("API key:")\n',
    'secret = questionary.password("Enter the secret:").ask()\n',
    'pw = io.read_password("Vault password > ")\n',
    "c = Client('api.example.com', 443, 'GET', '/v1/items', 'json')\n",
])
def test_a_prompt_or_a_name_is_kept(text):
    kept(text)
