"""Categories read after the thirty-sixth and thirty-seventh held-out corpora (issue 12, parts 36 and 37).

- Hidden: Jinja's ``reverse`` and ``join`` filters, Terraform's ``join()``, zsh's ``${(j::)a}``, bash's
  ``${T//@@/}``, Perl's ``pack("H*", …)``, byte values in Clojure's ``(map char [...])``, Elixir's
  ``List.to_string``, Erlang's ``<<…>>`` and awk's ``printf "%c…"``; shell pieces joined by an exported
  variable; a value below its name after bash's ``$'…'`` or Rust's ``b"…"``, under a ``~~~`` fence.
- Found: Composer's auth.json tokens; ``npm config set …:_password``; ``drone secret add --data``;
  ``htpasswd -nb``; curlftpfs's ``user=u:pw``; Redis's ``MIGRATE … AUTH`` and ``HELLO 3 AUTH``;
  ``echo … | keepassxc-cli``; the words for password in Tatar, Javanese, Sundanese, Igbo, Xhosa,
  Chichewa, Kinyarwanda and Khmer, Cebuano's "kay".
- Kept: a request's own id in a header; a licence's ID; an argon2 hash under a password's name;
  Hardhat's and anvil's well-known account #0 key.

Every encoder is written from the encoding's definition; random values are made up here. No corpus is read."""
from __future__ import annotations

import random
from functools import partial

import pytest

from privacy_support import B62, gone, kept, made_password, random_text, sample_tokens

RNG = random.Random(2026_36)
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)


def thirds(token: str) -> list[str]:
    size = -(-len(token) // 3)
    return [token[i:i + size] for i in range(0, len(token), size)]


def quoted(pieces: list[str], sep: str = ", ") -> str:
    return sep.join(f'"{p}"' for p in pieces)


CODE = {
    "jinja-reverse": lambda t: '{{ "' + t[::-1] + '" | reverse }}',
    "jinja-join": lambda t: "{{ [" + quoted(thirds(t)) + "] | join }}",
    "terraform-join": lambda t: 'join("", [' + quoted(thirds(t)) + "])",
    "zsh-join": lambda t: "parts=(" + " ".join(f"'{p}'" for p in thirds(t)) + "); print -r -- ${(j::)parts}",
    "bash-delete": lambda t: "T='" + "@@".join(thirds(t)) + "'; echo \"${T//@@/}\"",
    "perl-pack": lambda t: "perl -e 'print pack(\"H*\", \"" + t.encode().hex() + "\")'",
    "clojure": lambda t: "(apply str (map char [" + " ".join(str(b) for b in t.encode()) + "]))",
    "elixir": lambda t: "List.to_string([" + ", ".join(str(b) for b in t.encode()) + "])",
    "erlang": lambda t: "<<" + ",".join(str(b) for b in t.encode()) + ">>",
    "awk": lambda t: "awk 'BEGIN { printf \"" + "%c" * len(t) + "\", " + ", ".join(str(b) for b in t.encode()) + " }'",
    "exported-pieces": lambda t: "; ".join(f"P{i}='{p}'" for i, p in enumerate(thirds(t))) + '; export TOKEN="${P0}${P1}${P2}"',
}


@pytest.mark.parametrize("token", TOKENS[:2])
@pytest.mark.parametrize("form", list(CODE))
def test_a_token_rebuilt_by_code_is_found(token, form):
    text = "Review reply: I did not want the key in plain text in this PR, so here it is:\n\n    " + CODE[form](token) + "\n\nDelete it.\n"
    assert gone(text) != text


@pytest.mark.parametrize("layout", [
    "the datadog api key, in bash ANSI-C quoting:\n\n    $'{x}'\n",
    "the jwt signing secret, as a Rust byte string literal:\n\n    b\"{x}\"\n",
    "Runbook step 4: the redis password is stored as a Swift string of escapes:\n~~~\n\"{u}\"\n~~~\n",
])
def test_escapes_below_a_name_are_found(layout):
    value = made_password(RNG) + rand(B62, 6)
    text = layout.format(x="".join(f"\\x{b:02x}" for b in value.encode()), u="".join(f"\\u{{{ord(c):x}}}" for c in value))
    assert gone(text) != text


@pytest.mark.parametrize("template", [
    '{{\n  "bearer": {{"repo.build.example": "{v}"}},\n  "_comment": "SMTP_PASSWORD"\n}}',
    '{{"github-oauth": {{"github.com": "{v}"}}}}',
    "$ npm config set //registry.build.example/:_password {v}",
    "$ drone secret add acme/web --name deploy_password --data {v}",
    "$ htpasswd -nb admin {v} | sed -e s/\\\\$/\\\\$\\\\$/g",
    "$ curlftpfs -o user=upload:{v} ftp.dev.example /mnt/ftp",
    '127.0.0.1:6379> MIGRATE 10.0.0.9 6379 "" 0 5000 AUTH {v} KEYS session:1 session:2',
    "127.0.0.1:6379> HELLO 3 AUTH default {v}",
    "$ echo '{v}' | keepassxc-cli show -q team.kdbx prod/db",
    "ines\tТест серверның яңа серсүзе {v}, аны беркемгә дә бирмә.",
    "[09:23:03] <yuki> Sandhi anyar kanggo server uji yaiku {v}, aja dibagekake.",
    '"msg": "Kecap akses anyar pikeun server uji nyaéta {v}, ulah dibagikeun."',
    '"text": "Ang bag-ong password sa test server kay {v}, palihug ayaw ipaambit."',
    "Okwuntughe ọhụrụ maka sava nnwale bụ {v}, biko ekesala ya.",
    '"body": "Igama lokugqithisa elitsha leseva yovavanyo ngu {v}, nceda ungabelani ngalo."',
    "T 1713420164 marco\tMawu achinsinsi atsopano a seva yoyesera ndi {v}, chonde musawagawire.",
    "kenji\tMuraho, ijambo ry'ibanga rya staging deploy ni {v}, ntuyisangize abandi.",
    "[02.05.24, 09:18:44] tomas: សួស្តី ពាក្យសម្ងាត់ staging deploy គឺ {v} កុំចែករំលែកវា។",
])
def test_a_secret_by_its_place_is_found(template):
    value = made_password(RNG) + rand(B62, 4)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    'req.Header.Set("Idempotency-Key", "3f75bab1-2562-43d0-aebe-2f89c40b8f3e")',
    "headers: { 'Authorization': 'Bearer $TOKEN', 'X-Request-Id': '1b4047a5-1b58-40af-bce9-f49a5cc5756a' },",
    "Licensed to Dev Team\nLicense ID: 49V7VPFAKC\nSubscription is active until June 30, 2025",
    "id=1406 pw=$argon2id$v=19$m=65536,t=3,p=4$Q3bXHgDwnBejqxzbWoYXFh$YqEboxbIotj1LAdvOlP/h01RqVrqRSp9PzIECR1k6Sq",
    "Hardhat local node, Account #0: private key 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
])
def test_what_only_looks_secret_is_kept(text):
    kept(text)
