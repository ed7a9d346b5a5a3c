"""Categories read after the eighty-seventh and eighty-eighth corpora (a developer's own desktop and
dotfiles; business-intelligence and statistics users) (issue 12, part 57).

- Found: Bitwarden's BW_SESSION wherever a dotfile sets it; what keepassxc-cli show -s -a and
  secret-tool lookup print under their command; bw login's password, the sic client's -k, irssi's
  /connect host port password; a password echoed into lpass login or gopass insert behind an
  environment assignment; a password command that only echoes it (mbsync's PassCmd, himalaya's
  auth.cmd), an askpass helper's echo, Emacs's smtpmail-auth-credentials, HexChat's servlist B=,
  Samba's user%password, Deluge's auth.login, pinentry's Assuan D line, mount_smbfs's
  //user:password@; Metabase's mb_ API keys; a Power Query parameter, an SPSS macro, a Stata global;
  SMTP's AUTH LOGIN after 334 UGFzc3dvcmQ6 (as sent or decoded); Tableau's createsiteusers CSV;
  R's dbConnect(driver, user, password); printf '%s\\n' pw piped into a tool; a snake_case name
  beside its value in a chat; the word for password in Tigrinya, Romansh, Turkmen and Welsh's
  mutations; DAX's UNICHAR() and VBA's ChrW$(&H..) chains, Emacs Lisp's (string ?c …).
- Kept: git's signingkey (a key's id); an env example's ${VAR:?message}; Metabase's
  "**MetabasePass**" in a password's place; a Power BI gateway's RSA-OAEP credentials.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import base64
import random
import string

import pytest

from privacy_support import WORDS, gone, kept, random_text

RNG = random.Random(2026_87)


def tool_password(rng: random.Random) -> str:
    """A word, a joiner, letters and digits: no shape a message's rule reads alone."""
    return rng.choice(WORDS) + rng.choice("._-") + random_text(rng, string.ascii_lowercase, 5) + str(rng.randrange(10, 99))


@pytest.mark.parametrize("template", [
    "$ bw login lena@mailbox.example.org '{v}'\n",
    "$ sic -h irc.chat.example.net -p 6667 -n ravi -k {v}\n",
    "[(status)] /connect -tls irc.chat.example.net 6697 {v} ravi\n",
    "$ echo '{v}' | LPASS_DISABLE_PINENTRY=1 lpass login --trust kofi@mailbox.example.org\n",
    "$ echo '{v}' | gopass insert -f web/forum.example.com\n",
    '# ~/.mbsyncrc\nIMAPAccount home\nHost imap.mailbox.example.org\nUser pavel\nPassCmd "echo {v}"\n',
    '[accounts.home]\nbackend.auth.type = "password"\nbackend.auth.cmd = "echo {v}"\n',
    "#!/bin/sh\n# ~/bin/askpass.sh  (SUDO_ASKPASS)\necho '{v}'\n",
    "(setq smtpmail-auth-credentials\n      '((\"smtp.mailbox.example.org\" 587 \"sasha\" \"{v}\")))\n",
    "# ~/.config/hexchat/servlist.conf\nN=Home\nI=alex\nB={v}\nS=irc.chat.example.net/+6697\n",
    "//nas.home.example.net/media /mnt/media cifs username=sasha%{v},uid=1000,noauto 0 0\n",
    'POST /json\n{{"method": "auth.login", "params": ["{v}"], "id": 1}}\n',
    "-> GETPIN\n<- D {v}\n<- OK\n",
    "$ mount_smbfs //sasha:{v}@nas.home.example.net/home ~/nas\n",
    '// Power Query parameter warehouse_password\n"{v}" meta [IsParameterQuery=true, Type="Text"]\n',
    "* refresh.sps.\nDEFINE !sftp_password () '{v}' !ENDDEFINE.\n",
    'global SNOWFLAKE_PASSWORD "{v}"\n',
    "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: report_bot   (decoded)\nS: 334 UGFzc3dvcmQ6\nC: {v}   (decoded)\n",
    "# users.csv for tabcmd createsiteusers\nakovacs,{v},akovacs (finance),Explorer,None,no\n",
    'con <- dbConnect(dbDriver("Oracle"), "stats_ro", "{v}", dbname = "FINPROD")\n',
    "$ printf '%s\\n' '{v}' | mysql_config_editor set --login-path=kpi --host=db.example.org\n",
    "ናይ Tableau refresh ኣካውንት ሓድሽ ፓስዎርድ {v} እዩ።\n",
    "Il nov pled-clav dal conto Tableau refresh è {v} — per plaschair betg metter en il workbook.\n",
    "Tableau refresh hasabynyň täze paroly {v} — haýyş edýärin, ony goýmaň.\n",
    "Prif gyfrinair cell KeePassXC y teulu yw {v}, paid â'i ludo yn y sgwrs.\n",
])
def test_a_password_a_desktop_tool_or_report_gives_by_its_place_is_found(template):
    value = tool_password(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "export BW_SESSION={b64}\n",
    '  "bw_session": "{b64}"\n',
    "28 3 * * * BW_SESSION={b64} $HOME/bin/nightly.sh\n",
    "$ keepassxc-cli show -s -a RAILWAY_TOKEN ~/Vault.kdbx dev/railway\n{tok}\n",
    "$ secret-tool lookup service mastodon attr mastodon_token\n{tok}\n",
    "[10:02] ana: mb_{mb}= works for the refresh job\n",
    "[2026-06-26 09:10] report_bot: for the refresh job use looker_client_secret_value {tok} until Friday\n",
    "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: cmVwb3J0X2JvdA==\nS: 334 UGFzc3dvcmQ6\nC: {b64}\nS: 235 2.7.0 Authentication successful\n",
])
def test_a_session_key_a_stored_secret_a_vendor_key_or_an_exchanged_password_is_found(template):
    b64 = base64.b64encode(RNG.randbytes(64)).decode()
    tok = random_text(RNG, string.ascii_letters + string.digits, 32)
    mb = random_text(RNG, string.ascii_letters + string.digits, 43)
    text = template.format(b64=b64, tok=tok, mb=mb)
    gone(text, next(v for v in (b64, tok, "mb_" + mb) if v in text))


@pytest.mark.parametrize("template", [
    "The databricks token, as a DAX expression of UNICHAR() calls joined with &:\n{dax}\n",
    "the warehouse password, so it is as VBA ChrW$() calls on &H hex literals joined with &:\n{vba}\n",
    "the ssh key passphrase it needs is below, as an Emacs Lisp (string ...) call of ?c character literals:\n{lisp}\nThanks.\n",
])
def test_a_secret_written_as_character_calls_is_found(template):
    value = random_text(RNG, string.ascii_letters + string.digits, 14)
    text = template.format(dax=" & ".join(f"UNICHAR({ord(c)})" for c in value),
                           vba=" & ".join(f"ChrW$(&H{ord(c):02X})" for c in value),
                           lisp="(string " + " ".join(f"?{c}" for c in value) + ")")
    gone(text, text.split(":\n", 1)[1].split("\n")[0])


@pytest.mark.parametrize("text", [
    "# ~/.gitconfig\n[user]\n    email = noor@example.com\n    signingkey = B67643E31310593A\n[commit]\n    gpgsign = true\n",
    "# env.example\nGITHUB_TOKEN=changeme\nBW_SESSION=${BW_SESSION:?run bw unlock first}\n",
    '{"engine": "postgres", "details": {"host": "pg.example.org", "user": "report_bot", "password": "**MetabasePass**"}}\n',
    '"credentialDetails": {"credentialType": "Basic", "credentials": "' + base64.b64encode(random.Random(7).randbytes(256)).decode()
    + '", "encryptedConnection": "Encrypted", "encryptionAlgorithm": "RSA-OAEP"}\n',
])
def test_a_key_id_a_required_variable_a_redaction_or_gateway_ciphertext_is_kept(text):
    kept(text)
