"""Categories from probes of my own before the two-hundred-and-seventy-second to -fourth corpora (issue 12, part 124).

- A here-document of a new password and its confirmation to a tool that reads it on standard input (``smbpasswd -a``,
  ``passwd``), an old one before them; an ANSI-C here-string of both (``grub-mkpasswd-pbkdf2 <<< $'pw\\npw'``).
- A tool's own positional password: GoTTY's ``-c user:pw``, NiFi's ``set-single-user-credentials user pw``, Webmin's
  ``changepass.pl config user pw``.
- Tokens alone in a chat: PayPal's OAuth access token (``A21AA…``), Klaviyo's private key as ``pk_`` and 34 small hex;
  GitLab's routable personal access token whole (a payload past 64, ``.01`` and its CRC32's seven).
- SOCKS5's sub-negotiation as escaped bytes after a line naming SOCKS or port 1080, quoted or not (one rule now).
- Kept: who to ask instead of a value (``password: ask-Rowan``), ``mkpasswd -s -m sha-512`` (its method, not a
  password), a heredoc to ``kinit`` of nothing.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string

import pytest
from privacy_support import found, kept, random_text

RNG = random.Random(2026_271)


def _password() -> str:
    return RNG.choice(("Spat", "kelp", "Native")) + RNG.choice("._-@") + random_text(RNG, "abcdefghkmnpqrstuvwxyz", 2) + \
        random_text(RNG, "123456789", 2)


@pytest.mark.parametrize("template", [
    "smbpasswd -a ops <<EOF\n{v}\n{v}\nEOF\n",
    "sudo passwd depur <<'EOF'\nOld.Tank_2019\n{v}\n{v}\nEOF\n",
    "vncpasswd <<END\n{v}\n{v}\nn\nEND\n",
    "grub-mkpasswd-pbkdf2 <<< $'{v}\\n{v}'\n",
    "pure-pw useradd harvest -u ftp -d /srv/ftp/harvest <<< $'{v}\\n{v}'\n",
    "kinit ops@DEPUR.EXAMPLE <<< $'{v}'\n",
    "echo '{v}' | mkpasswd -s -m sha-512\n",
])
def test_a_password_given_on_standard_input_is_found(template):
    value = _password()
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "gotty -w -c ops:{v} tmux attach -t depur\n",
    "./bin/nifi.sh set-single-user-credentials harvest {v}\n",
    "sudo /usr/share/webmin/changepass.pl /etc/webmin root {v}\n",
])
def test_a_tools_positional_password_is_found(template):
    value = _password()
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "proxy on :1080, auth bytes from the capture:\n  b'\\x01\\x04ops1\\x{n:02x}{v}'\n",
    "socks handshake (rfc1929) seen by tcpdump -X:\n\\x01\\x06harv01\\x{n:02x}{v}\n",
])
def test_socks5_sub_negotiation_bytes_are_found(template):
    value = _password()
    found(template.format(v=value, n=len(value)), value)


@pytest.mark.parametrize("value", [
    "A21AA" + random_text(RNG, string.ascii_letters + string.digits + "_-", 92),
    "pk_" + random_text(RNG, "0123456789abcdef", 34),
    "glpat-" + random_text(RNG, string.ascii_letters + string.digits + "_-", 90) + ".01" + random_text(RNG, "abcdefghjkmnpqrstvwxyz0123456789", 7),
])
def test_a_token_alone_in_a_chat_is_found(value):
    found(f"[09:14] Niamh: here, use this for the depuration dashboard\n[09:15] Niamh: {value}\n", value)


@pytest.mark.parametrize("text", [
    "EPOS_MANAGER_PASSWORD=ask-Rowan\n",
    "password: ask_the_office\n",
    "echo \"$PW\" | mkpasswd -s -m sha-512\n",
    "mkpasswd -m help\n",
    "kinit ops <<EOF\nEOF\n",
    "passwd --expire ops\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
