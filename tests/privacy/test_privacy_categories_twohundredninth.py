"""Categories read after the two-hundred-and-ninth and two-hundred-and-eleventh corpora (mobile-phone repair,
electronics refurbishment and computer recycling; allotment societies, community gardens and seed libraries)
(issue 12, part 97).

- Found: a table's "phrase" column (``phrase``, ``gate_phrase``: a pass phrase without the "pass"); the second
  line of ``printf 'user\\npw\\n'`` piped to a command that logs in; a scripted telnet session's second echo;
  SASL PLAIN as Wireshark prints its NUL (``\\000user\\000pw``); a Selenium IDE ``.side`` file's ``type``
  command; sedutil-cli's, dislocker's, ``adb shell locksettings``' and idevicebackup2's passwords; SQL's
  ``SHA2('…', 256)`` in a row and PostgreSQL's ``'md5' || md5('…' || 'user')``; a Java KeyStore's
  ``"…".toCharArray()``; a user:password file's plain line beside a hashed one; a script that only prints a
  password, used as the askpass below it; a console's password echoed before its "Welcome"; a connection
  tuple (``["sftp", host, user, pw]``); a generator's word and random-case letters given to ``--password``.
- Kept: a phrase table's sentences, a remark's two words read as columns over YAML lines, ``op read``'s output
  written to a file, a password manager's folder (``Allotments/Vendors``), a Google OAuth client's id, a
  script's shebang and printf's format, and the commands above without a password.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import flagged, found, kept, owner_password

RNG = random.Random(2026_209)


@pytest.mark.parametrize("template", [
    "r_id,site,paired_by,phrase,firmware\nRR-0931,north plot,rota,{v},4.2.1\n",
    "berth\tvessel\tfrom\tto\tgate_phrase\tnotes\nB3\tMV Loch Frisa\t06:40\t07:15\t{v}\tlinkspan 2\n",
    "$ printf 'matchsec\\n{v}\\n' | ./clubhouse-sync --login\n",
    "$ {{ sleep 1; echo buyback; sleep 1; echo '{v}'; sleep 1; echo 'show status'; }} | telnet 192.168.40.9\n",
    "AMQP Connection.Start-Ok (11)\n    Mechanism: PLAIN\n    Response: \\000waterrep\\000{v}\n    Locale: en_US\n",
    '{{\n  "id": "c3",\n  "command": "type",\n  "target": "id=f2",\n  "targets": [["id=f2", "id"]],\n  "value": "{v}"\n}}\n',
    "# sedutil-cli --revertTPer {v} /dev/nvme1\n",
    "# sedutil-cli --setLockingRange 0 RW {v} /dev/nvme0\n",
    "# dislocker -V /dev/sdb2 -u{v} -- /mnt/dislocker\n",
    "$ adb -s R58N12ABCDE shell locksettings clear --old {v}\nLock credential cleared\n",
    "$ idevicebackup2 -u 00008110-001A2B3C4D5E801E encryption on {v}\nBackup encryption has been enabled.\n",
    "INSERT INTO bench_users (login, digest) VALUES ('partsbot', SHA2('{v}', 256));\n",
    "SELECT 'md5' || md5('{v}' || 'grader');\n",
    'ks.load(new FileInputStream("wipe-signing.p12"), "{v}".toCharArray());\n',
    "# /etc/mosquitto/passwd (run mosquitto_passwd -U before restart)\nbenchpanel:$7$101$Qx8LmZ0pK2\nrefurb:{v}\n",
    "refurb:{v}\nbenchpanel:$apr1$r31.Q2$8vWbGxKkMRb1.fP0cJd4V/\n",
    "$ cat ~/bin/ask.sh\n#!/bin/sh\necho '{v}'\n$ SSH_ASKPASS=~/bin/ask.sh SSH_ASKPASS_REQUIRE=force ssh-add ~/.ssh/bench\n",
    "$ cat .git-askpass\n#!/bin/sh\nprintf '%s\\n' '{v}'\n$ GIT_ASKPASS=./.git-askpass git push\n",
    "Trying 10.0.4.2...\nConnected.\nlogin: grader\n{v}\nWelcome to label-printer-02\n",
    '["sftp", "ftp.partsdepot.example", "partsbot", "{v}", "/outgoing/asn"]\n',
    '("smtp", "mail.plots.example", 587, "noreply@plots.example", "{v}")\n',
    "# /etc/radiusclient/servers (server  secret)\n192.0.2.6    {v}\n",     # (a remark's columns, still read)
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("value", ["Saffron_egnFijI", "Harbor_abcDefG", "Clover_kxqWmbz"])
def test_a_generators_word_and_random_case_letters_after_a_password_flag_are_found(value):
    found(f"yt-dlp --username class --password={value} https://video.school.example/lesson/12\n", value)



@pytest.mark.parametrize("text, piece", [
    ("$ cat .git-askpass\n#!/bin/sh\nprintf '%s\\n' 'tweezers.s5mgw14'\n$ GIT_ASKPASS=./.git-askpass git push\n", "#!/bin/sh"),
    ("$ cat .git-askpass\n#!/bin/sh\nprintf '%s\\n' 'tweezers.s5mgw14'\n$ GIT_ASKPASS=./.git-askpass git push\n", "%s\\n"),
    ("url,username,password,totp,extra,name,grouping,fav\nhttps://portal.example,8aedb019-12a9-4681-a4ee-4cd0662f019e,"
     "Qx7-mmd99Lkz,,,Zettle Api Key,Allotments/Vendors,0\n", "Allotments/Vendors"),
])
def test_what_stands_beside_a_password_is_kept(text, piece):
    assert not flagged(text, piece)


@pytest.mark.parametrize("text", [
    "id,phrase,lang\n1,Welcome back,en\n2,Step 3 of 4,en\n",
    "# directus config.yaml (seed loans)\nHOST: 0.0.0.0\nPORT: 8055\nDB_CLIENT: pg\nDB_HOST: nas.plotholders.lan\n",
    "[Service]\nLoadCredential=ledger-db:/etc/credstore/ledger-db\n"
    "ExecStartPre=/usr/bin/op read op://Allotments/ledger-db/credential --out-file %d/x\n"
    "Environment=VAULT_PATH=secret/data/allotments/show-entries\n",
    "Play App Signing SHA-1 fingerprint registered\n"
    "OAuth client: 202505134013-vs9du8y64bxml5ap29pceyityityp7t9.apps.googleusercontent.com\n",
    "$ printf 'line one\\nline two\\n' | grep line\n",
    "# sedutil-cli --scan\n# dislocker -V /dev/sdb2 -u -- /mnt/dislocker\n$ idevicebackup2 encryption off\n",
    "login: grader\nPassword:\nWelcome to label-printer-02\n",
    "SELECT SHA2('abc', 224);\n",
    'for (char c : "aeiou".toCharArray()) count++;\n',
    "admin:$apr1$x1$abcdefghijk\nguest:$apr1$y2$lmnopqrstuv\n",
    'remotes = [["ssh", "git.plots.example", "git", "main"]]\n',
    "#!/bin/sh\necho \"Starting backup\"\nexit 0\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
