"""Categories read after the two-hundred-and-forty-ninth and two-hundred-and-fiftieth corpora (thatchers, roofers and
scaffolding firms; printmakers, bookbinders and letterpress studios) (issue 12, part 110).

- Found: podofoencrypt's ``-o``/``-u``; ``tpm2_changeauth``'s new auth; ``printf 'user\\n%s\\n' pw | mount -t davfs``;
  a here-string into a ``login`` (or gocryptfs, encfs, restic); rubyzip's ``Traditional(En|De)crypter.new("pw")``;
  PHP's ``ZipArchive::setEncryptionName(name, method, "pw")``; VirtualBox's ``controlvm … keyboardputstring``;
  Derby's ``SYSCS_CREATE_USER``; SQL Server's ``sp_change_users_login 'Auto_Fix'``; APEX's ``make_rest_request``;
  QuakeNet's ``Q AUTH``; an IRC channel's key; a PostScript printer's ``exitserver`` password; a password piped into
  restic, ``encfs -S``, ``age -r`` or a ``--from-file=/dev/stdin``; SevenZipSharp's, PdfSharp's and Go's
  ``DecryptPEMBlock`` passphrase; ``DirectoryEntry`` with C#'s verbatim strings; tgt's ``incominguser``; a session's
  own ``login user pw`` line; a Django key in an Android string resource.
- Kept: the same commands and calls with a variable, a login line with a plain word, an IRC join with no key.

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
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
