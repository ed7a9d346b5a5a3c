"""Categories read after the two-hundred-and-forty-ninth, -fiftieth, -fifty-first and -fifty-third corpora (thatchers,
roofers and scaffolding firms; printmakers, bookbinders and letterpress studios; puppet theatres, toy shops and toy
libraries; canal-boat hire, lock keepers and waterway trusts) (issue 12, part 110).

- Found: podofoencrypt's ``-o``/``-u``; ``tpm2_changeauth``'s new auth; ``printf 'user\\n%s\\n' pw | mount -t davfs``;
  a here-string into a ``login`` (or gocryptfs, encfs, restic); rubyzip's ``Traditional(En|De)crypter.new("pw")``;
  PHP's ``ZipArchive::setEncryptionName(name, method, "pw")``; VirtualBox's ``controlvm … keyboardputstring``;
  Derby's ``SYSCS_CREATE_USER``; SQL Server's ``sp_change_users_login 'Auto_Fix'``; APEX's ``make_rest_request``;
  QuakeNet's ``Q AUTH``; an IRC channel's key; a PostScript printer's ``exitserver`` password; a password piped into
  restic, ``encfs -S``, ``age -r`` or a ``--from-file=/dev/stdin``; SevenZipSharp's, PdfSharp's and Go's
  ``DecryptPEMBlock`` passphrase; ``DirectoryEntry`` with C#'s verbatim strings; tgt's ``incominguser``; a session's
  own ``login user pw`` line; a Django key in an Android string resource; ``kamctl add``; irssi's ``/server host port
  pw``; a password piped into ``clevis encrypt``, ``fscrypt unlock`` or ``cifscreds add``; a here-string into ``nmcli
  --ask``; an expect script's answer to the prompt after the login's; a line of what ``newusers`` reads; ASP.NET
  Identity's ``CreateAsync(user, pw)``; Azure's ``UsernamePasswordCredential``; Qt's ``QNetworkProxy``; ECPG's ``USER
  u/pw``; Python ssl's ``load_cert_chain(cert, key, pw)``; a KeePass auto-type sequence; TestComplete's ``SetText`` and
  ``Keys("…[Enter]")``; Codeception's ``$I->fillField``; Selenide's ``val``; Ranorex's ``Keyboard.Press``; iMacros'
  ``INPUT:*``; a text expander's (espanso's) snippet; an s-expression's ``(user "u" "pw")``; a password told in
  Walloon ("mot d' passe … c' est"), Limburgish ("Paswoord") or Tok Pisin ("Paswet").
- Kept: the same commands and calls with a variable, a login line with a plain word, an IRC join with no key, a user
  name typed into a field; Rails' encrypted credentials file (``credentials.yml.enc``: ciphertext) and a Laravel key
  of zero bytes (a placeholder).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import found, kept, owner_password

RNG = random.Random(2026_249)


@pytest.mark.parametrize("template", [
    "$ podofoencrypt --aesv3 -o {v} proof-v3.pdf proof-v3-locked.pdf\n",
    "root@scanbox:~# tpm2_changeauth -c owner {v}\n",
    "$ printf 'proofs\\n%s\\n' {v} | sudo mount -t davfs https://dav.bindery.example/proofs /mnt/proofs\n",
    "ines@shop:~/stock$ ./stock-cli login ines <<< '{v}'\n",
    "root@office:~# gocryptfs -q /srv/.quotes-cipher /srv/quotes <<< {v}\n",
    'buffer = Zip::OutputStream.write_buffer(::StringIO.new, Zip::TraditionalEncrypter.new("{v}")) do |out|\n',
    'Zip::InputStream.open("handover.zip", 0, Zip::TraditionalDecrypter.new("{v}")) do |io|\n',
    '$zip->setEncryptionName("invoices.csv", ZipArchive::EM_AES_256, "{v}");\n',
    'VBoxManage controlvm "PrepressXP" keyboardputstring "{v}"\n',
    "ij> CALL SYSCS_UTIL.SYSCS_CREATE_USER('stock', '{v}');\n",
    "EXEC sp_change_users_login 'Auto_Fix', 'stock_report', NULL, '{v}';\n",
    "  l_clob := apex_web_service.make_rest_request('https://api.bindery.example/jobs', 'GET', 'bindery', '{v}');\n",
    "[10:02] >>> /msg Q@CServe.quakenet.org AUTH pressbot {v}\n",
    "[09:58] >>> /join #inkroom {v}\n",
    "%!PS-Adobe-3.0\nserverdict begin ({v}) exitserver\n",
    "root@backup:~# echo {v} | restic -r sftp:backup@nas.roofing.example:/restic/quotes snapshots\n",
    "root@barn-nas:~# echo {v} | encfs -S /srv/.drawings-enc /srv/drawings\n",
    "$ echo -n {v} | kubeseal --raw --namespace yard --name yard-db --from-file=/dev/stdin\n",
    "$ echo -n {v} | age -r age1t484s2rpnmyz7yfj2u5stkt2s4qcr8daf0p6596898v7zapcvf7q6pt7j6 -a > wifi.age\n",
    'using var ex = new SevenZipExtractor(@"C:\\tenders\\pack-75.7z", "{v}");\n',
    'var doc = PdfReader.Open("schedule.pdf", "{v}", PdfDocumentOpenMode.Import);\n',
    'var entry = new DirectoryEntry("LDAP://dc1.roofing.example/DC=roofing,DC=example", @"ROOFING\\quotesvc", "{v}");\n',
    'der, err := x509.DecryptPEMBlock(block, []byte("{v}"))\n',
    "<target iqn.2024-05.example.yard:nas.lun1>\n    incominguser yardinit {v}\n</target>\n",
    "TS3\nlogin serveradmin {v}\nerror id=0 msg=ok\n",
    "$ kamctl add 2104 {v}\nnew user '2104' added\n",
    "/server irc.waterways.example 6697 {v}\n",
    "$ echo -n '{v}' | clevis encrypt tpm2 '{{}}' > /etc/lockpanel/operator.jwe\n",
    "$ echo '{v}' | fscrypt unlock /srv/licences --quiet\n",
    "$ echo {v} | cifscreds add -u luis nas.puppets.example\n",
    "$ nmcli --ask connection up trust-vpn <<< '{v}'\n",
    '#!/usr/bin/expect -f\nspawn telnet 10.61.13.28\nexpect "login: "\nsend "operator\\r"\nexpect "*: "\nsend "{v}\\r"\ninteract\n',
    "relief1:{v}:1101:1101:Relief keeper:/home/relief1:/bin/bash\n",
    'var result = await userManager.CreateAsync(user, "{v}");\n',
    "const cred = new UsernamePasswordCredential(\n  tenantId, clientId, 'bookings@puppets.example', '{v}');\n",
    'QNetworkProxy proxy(QNetworkProxy::HttpProxy, "proxy.example", 3128, "boxoffice", "{v}");\n',
    "EXEC SQL CONNECT TO loanbox@10.51.9.166:5432 AS main USER kiosk/{v};\n",
    "ctx.load_cert_chain('certs/tills.crt', 'certs/tills.key', '{v}')\n",
    "Window: Lock Panel Operator Login*\nSequence: {{USERNAME}}{{TAB}}{v}{{ENTER}}\n",
    'Aliases.LockPanel.wndMain.f2.SetText("{v}");\n',
    'form.f2.Keys("{v}[Enter]");\n',
    "$I->fillField('#f2', '{v}');\n",
    '$("#f2").val("{v}").pressEnter();\n',
    'Keyboard.Press("{v}");\n',
    "TAG POS=1 TYPE=INPUT:* ATTR=ID:f2 CONTENT={v}\n",
    "Li mot d' passe do poirtåve do burea, c' est {v} et nel dijhoz a nouk.\n",
    "'t Paswoord vaan de laptop op 't kantoor is {v} en zeg 't aan nemes.\n",
    "Paswet bilong kompiuta long opis em {v} – plis, no ken tokim narapela.\n",
    'matches:\n  - trigger: ":kpx"\n    replace: "{v}"\n',
    ';; gate.sexp\n(controller "main-gate"\n  (user "yardadmin" "{v}"))\n',
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_django_key_in_an_android_string_resource_is_found():
    value = "lr03rm(m4k=6y2boau4cv9yl*k7hqxe7+_ooi9m_s5lc(*h=jc"
    found(f'<resources>\n    <string name="django_secret_key">{value}</string>\n</resources>\n', value)


@pytest.mark.parametrize("text", [
    "$ podofoencrypt --aesv3 -o \"$OWNER_PW\" proof.pdf locked.pdf\n",
    "$ echo \"$RESTIC_PASSWORD\" | restic -r /srv/restic snapshots\n",
    "login\nusername: guest\n",
    "[09:58] >>> /join #inkroom\n",
    "Please login admin first, then continue\n",
    '$zip->setEncryptionName("invoices.csv", ZipArchive::EM_AES_256, $password);\n',
    "$I->fillField('#f1', 'callumbridge');\n",
    "root:x:0:0:root:/root:/bin/bash\n",
    "config/credentials/production.yml.enc:\nLRXSWkCS2zd6haQ7lLG0bHStrdIlh48erz9n2+m1i4ZhTTOja24L0ez2YaFcLup9JXkajAskgN2o+ssT"
    "--lReEh0GbxGkiUQfG--NnG74HXHAqWiKCnWUQ11hQ==\n",
    "APP_KEY=base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n",
    'matches:\n  - trigger: ":sig"\n    replace: "Best regards"\n',
    '(user "alice" "Alice Smith")\n(account "bank" "savings")\n(user "bob" "2024-01-01")\n',
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
