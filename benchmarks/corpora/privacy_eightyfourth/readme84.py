"""README generated from the data (plus fixed prose for judgement calls)."""
from collections import Counter, OrderedDict
import gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, enc84


def bt(xs):
    return ', '.join('`%s`' % x for x in xs)


def render(secrets, evasions, negatives, deny, names, nmut):
    src = Counter(r['source'] for r in secrets)
    chosen, excluded, unused = gen_prose.select(deny)
    every_types = Counter(r['type'] for r in secrets if r['source'] == 'everyday')
    ev_types = Counter(r['type'] for r in evasions)
    ncls = OrderedDict()
    for cls, kind, _ in gen_negatives.BASE:
        ncls.setdefault(cls, []).append(kind)
    ncount = Counter(r['class'] for r in negatives)
    n_own = sum(len(v) for v in names.values())
    L = []
    A = L.append
    A('# privacy_eightyfourth (p84) – held-out credential corpus\n')
    A('Synthetic, independently built evaluation data for a credential / secret detector ("privacy filter"), focused on **web hosting providers and CMS site builders**: '
      'cPanel / WHM, Plesk, DirectAdmin, CloudPanel and Hestia-style panels, WHMCS billing, shared-hosting FTP / SFTP / SSH sessions, WordPress (wp-config, WP-CLI, '
      'application passwords, salts, plugin licences), Drupal, Joomla, Magento / Adobe Commerce, Ghost, Strapi and other PHP / Node CMSs, local site tools (Local, Lando, DDEV), '
      'site migrations and backups (Duplicator, All-in-One WP Migration, UpdraftPlus, restic, borg, duplicity, rclone), mail on hosting accounts (Exim, Dovecot, Postfix relays), '
      'control-panel exports and hosting support tickets, with many hard negatives from the same world (phpass / Drupal hashes, WordPress nonces, `?ver=` asset hashes, '
      'DKIM and site-verification TXT records, SSH host-key fingerprints, Magento `0:3:` ciphertexts, `wp-config-sample.php` placeholders). '
      'Everything is produced by `build.py` and its modules (`common.py`, `denylist.py`, `gen_everyday.py`, `gen_vendor.py`, `gen_passwords.py`, `gen_prose.py`, '
      '`gen_evasions.py`, `gen_negatives.py`, `enc84.py`, `dec84.py`, `readme84.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed '
      '`random.Random` seeds (8401 everyday, 8402 vendor, 8403 positional passwords, 8404 prose, 8405 evasions, 8406 negatives), no clock, no environment, no network. '
      '`python3 build.py` generates everything twice in one process, compares the bytes (JSONL and README), runs every check and %d mutation tests, and only then writes '
      'the three JSONL files and this README.\n' % nmut)
    A('**Independence.** The builder never saw the detector\'s code: nothing under the project was opened, listed or searched except this output directory (created with '
      '`mkdir -p`; its parent was never listed), and git was never run in the project. The only project material read were the two READMEs of earlier corpora supplied in '
      '`/tmp/brief84/` (they describe p77 and p82). Every backticked name and every snake_case identifier in them (widened by their `__` parts), every `code` (Name) '
      'language mention and every word of their text are frozen in `brief_names.json` (%d names, %d language entries, %d words; `python3 denylist.py --freeze` wrote it '
      'once); when `/tmp/brief84/` exists the build re-extracts them and fails if they differ. The build fails on any case-insensitive overlap (whole name and each `__` '
      'part) of this corpus\'s own names (%d names: everyday container kinds, everyday span types, vendor types, vendor styles, password types, password suffixes, prose '
      'formats, the prose span type, encodings, evasion wordings, negative classes, negative base kinds, negative wrappers, documentation kinds) and of every record\'s '
      'container. Unlike p77 and p82, **no exemption**: all 16 everyday span types and all 16 negative class names are new too (so common types such as a generic database '
      'password are represented by hosting-specific names like `site_mysql_user_password`). A prose language fails if its code is a frozen name, language entry or README '
      'word, or if any word of its English name is one. Of the %d candidate sentences written this excluded %s; the first 40 passing candidates in list order are used (%s '
      'written but not needed).\n' % (len(deny.names), len(deny.langs), len(deny.words), n_own, len(gen_prose.CANDIDATES),
                                     ', '.join('`%s` (%s)' % (c, n) for c, n, _, _ in excluded), ', '.join('`%s`' % c for c, _, _, _ in unused)))
    A('## Files and counts\n')
    A('| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|')
    A('| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in 40 languages |' % (
        len(secrets), sum(len(r['secrets']) for r in secrets), len({r['type'] for r in secrets}), len({r['container'] for r in secrets}),
        src['everyday'], src['vendor'], src['password'], src['prose']))
    A('| `evasions.jsonl` | %d | %d | %d | %d | 22 encodings × 3 |' % (len(evasions), len(evasions), len(ev_types), len({r['container'] for r in evasions})))
    A('| `negatives.jsonl` | %d | – | – | %d | 16 classes |\n' % (len(negatives), len({r['container'] for r in negatives})))
    A('Schema (same as the earlier corpora): positives `id` (`p84-s-NNNN`), `type` (= type of the first span), `container`, `text`, `secrets` (list of `value`, `start`, '
      '`end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions (`p84-e-NNNN`) have the same fields plus a record-level `encoding`; their single span '
      'has `plain` (the clean secret) and `encoding`; `source` is `evasion`. Negatives (`p84-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python '
      'code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`. Every record has exactly one span.\n')
    A('**Scale (30-minute hard time box).** Everyday 180 = 45 kinds × 4; vendor %d types (asked ~120); positional passwords %d syntaxes (asked ~100; 118 were written and '
      '14 with the most "telling" key names were dropped to keep the total near 450); prose 40 in 40 languages and 10 formats (4 each); evasions 66 = 22 × 3; negatives '
      '185 (15 classes × 2 base kinds × 6 presentations + 5 documentation records). Positives total %d (asked ~450). What the box cost: **only a handful of Kingfisher rule '
      'files were read (Mailgun, Sendinblue / Brevo, Square, Dropbox, SparkPost, Mandrill) and no gitleaks / Betterleaks / CredSweeper rule and no vendor documentation '
      'beyond a search hit on the cPanel API-token pages** — most shapes come from background knowledge (see Shapes); one template per container kind / style / syntax '
      '(users, hosts and values vary); one sentence meaning for all prose with no native-speaker review; one span per record; a README generated from the data with '
      'little polishing.\n' % (src['vendor'], src['password'], len(secrets)))
    A('## Conventions\n')
    A('- A span covers only the credential: the value after a PHP `define()` / array key / class property / variable, an env-file, YAML, INI or JSON key, an Apache '
      '`SetEnv`, an nginx `fastcgi_param` or `set`, a php-fpm `env[…]`, a `var_dump` / `print_r` / phpinfo cell; after a CLI argument whose place says "password" '
      '(`password=` / `pass=` of `whmapi1` / `uapi`, `-passwd` of `plesk bin`, `--user_pass=`, `--admin_password=`, `--dbpass=`, `--account-pass=`, `--password=` of the '
      'Joomla CLI, `--db-password=`, `--admin-password=`, `--dbpass`, `-u user,` of lftp, `-p` of ncftpput, `-o user=user:` of curlftpfs, `-pw` of plink / pscp, '
      '`--passwd`, `--ftp-password=`, `-P` of zip, `-p` glued in 7z, `pass:` of openssl, `-U user%%` of smbclient, `--auth-password`, `-p` of doveadm, the second '
      'positional of `drush user:password` and of `mysqladmin … password`, the third of `v-add-user`, the argument of `rclone obscure`, `git config git-ftp.password`); an '
      'env prefix (`PASSPHRASE=`, `RESTIC_PASSWORD=`, `BORG_PASSPHRASE=`, `SSHPASS=`); stdin (`echo … | sshfs -o password_stdin`, `chpasswd`, `mysql_config_editor`); '
      'a field of a config line (`.netrc` `password`, Postfix `sasl_passwd` after `user:`, Dovecot passwd-file after `{PLAIN}`, Exim `client_send = ^user^`, ProFTPD '
      '`SQLConnectInfo` third field, `MYSQLPassword`, `gmysql-password=`, URL userinfo in Roundcube `db_dsnw`, MySQL FEDERATED `CONNECTION`, an access-log referer); a '
      'quoted argument (never the quotes) in PHP / Python / Perl / Ruby / JS calls by position (`mysqli_connect` 3rd, `ftp_login` 3rd, `ssh2_auth_password` 3rd, '
      '`imap_open` 3rd, `wp_set_password` 1st, `login()` 2nd, XML-RPC `Client` 3rd); SQL (`IDENTIFIED BY`, `PASSWORD()`, `MD5()` in an UPDATE of `wp_users` / '
      '`jos_users`, `AES_DECRYPT` key, `MASTER_PASSWORD`, `CREATE SERVER … PASSWORD`, SQLCipher `PRAGMA key`); protocol values (FTP `PASS`, IMAP `LOGIN` third token, '
      'POP3 `PASS`, `wp-login.php` `pwd=`, XML-RPC second `<param>`, cPanel `pass=`, Plesk `HTTP_AUTH_PASSWD` header, Joomla `passwd=`, Drupal `pass=`, Magento / Strapi '
      '/ Ghost JSON `password`, WHMCS `password2=`). Prefixes that belong to a value stay inside (`cs_`, `base64:`, `Owned-`, `sk1_`, `dnsimple_a_`, `v1.0-`, `key-`, '
      '`xkeysib-`, `xsmtpsib-`, `api-`, `EAAA`, `sq0csp-`, `live_`, `ak_`, `uk<digit>_`, `sl.`, `sk_`, `IM`, `B`).')
    A('- Every labelled value occurs exactly as often as it is labelled (overlapping count), no labelled value or evasion plain is reused, and no value of ≥ 6 characters '
      '(and no evasion plain) of one record appears in any other record\'s text or in any negative. Owner-chosen passwords (everyday password types, vendor-required '
      'passwords, positional passwords, prose, password plains) are a hosting / CMS word (webroot, htaccess, permalink, softaculous, cpmove, leechguard, awstats …) + one '
      'of `- _ .` + 4–7 lower-case letters/digits + 2 digits.')
    A('- Public neighbours are unlabelled: account user names, hosts (`*.hostbox.example.net`), site domains (`*.example.com/.net/.org`), IPs from 203.0.113.0/24, key '
      'and variable *names*, Magento Marketplace *public* keys (the username half in `auth.json`), WHMCS licence-owner strings in unrelated lines, ticket numbers.')
    A('- Documentation values (MD5 of the empty input, SHA-1 and SHA-256 of "The quick brown fox jumps over the lazy dog", the RFC 2202 HMAC-SHA1 test case 2, Adler-32 '
      'of "Wikipedia") occur only in negatives; all five are recomputed at build time with `hashlib` / `hmac` / `zlib` and asserted equal to the published literals.')
    A('- Evasion spans cover the whole encoded run only (naming phrase and trailing remark outside); framing that belongs to a notation stays inside (`chr(…).chr(…)`, '
      '`hex2bin(\'…\')`, `base64_decode(strrev(\'…\'))`, `str_rot13(\'…\')`, `CHAR(…)`, `X\'…\'`, `<~ … ~>`, `String.fromCharCode(…)`, the ` / ` of the swapped halves, '
      'the newlines of the one-character column).\n')
    A('## Categories (positives)\n')
    A('| part | module | records | what |\n|---|---|---|---|')
    A('| everyday | `gen_everyday` | %d | 45 new container kinds from hosting / CMS work, 4 records each with 4 different types, 16 types, seeded least-used pairing |' % src['everyday'])
    A('| vendor | `gen_vendor` | %d | one record per vendor credential type (control panels and panel add-ons, managed WordPress / PHP hosts and server managers, VPS and cloud hosts, registrars and DNS, CDN / WAF / caching, WordPress plugins and licences, other CMSs and commerce, transactional mail, backup and storage targets, shop payment gateways, uptime and deploy tools); 12 styles cycled; kind `<type>__<style>` |' % src['vendor'])
    A('| positional passwords | `gen_passwords` | %d | one new syntax each (panel CLIs, CMS CLIs, FTP / SFTP / SSH clients, backup tools, mail server configs, CMS and panel configs, MySQL / MariaDB SQL, PHP / Python / Perl / Ruby / Node APIs, login forms and mail / FTP protocol exchanges); kind `<type>__<suffix>` with suffixes %s |' % (
        src['password'], ', '.join('`%s` (%s)' % (v, k) for k, v in gen_passwords.SUFFIX.items())))
    A('| prose | `gen_prose` | 40 | a hosting support agent gives the customer a new temporary control-panel (cPanel) password and asks them to change it after logging in, in 40 languages, in 10 new support-desk / live-chat formats (4 each); kind `<format>__<code>`; span type `%s` |\n' % gen_prose.SPAN_TYPE)
    A('Prose languages (40): %s. One sentence each, written by a non-native builder, best effort, no review; the loan words cPanel, password and login are kept where '
      'the builder believed speakers use them. Confidence is fair for Galician, Luxembourgish, the Gallo-Italic languages (Ligurian, Lombard, Piedmontese), Mirandese, '
      'Extremaduran, Swiss German, Bavarian, Silesian, Tok Pisin and Bislama, and low for all the others (Aromanian, Picard, Rusyn, Võro, Karelian, the Uralic and '
      'Caucasian sentences in Cyrillic, Gagauz, Zazaki, Mazanderani, the Indo-Aryan sentences, Dzongkha, Khmer, the Austronesian and Pacific languages, Aymara in '
      'particular). In Dzongkha and Khmer the value has spaces on both sides; in Mazanderani it is an embedded left-to-right run. Scripts: %s.\n' % (
          ', '.join('`%s` (%s)' % (c, n) for c, n, _, _ in chosen), ', '.join(sorted({s for _, _, s, _ in chosen}))))
    A('Prose formats: %s.\n' % bt([f for f, _ in gen_prose.FORMATS]))
    A('### Span types in positives\n')
    A('Everyday (16 types, all new): %s.\n' % ', '.join('`%s` (%d)' % (t, c) for t, c in sorted(every_types.items())))
    A('Prose: `%s` (40)\n' % gen_prose.SPAN_TYPE)
    A('Vendor (%d types, 1 each): %s\n' % (src['vendor'], bt(sorted(r['type'] for r in secrets if r['source'] == 'vendor'))))
    A('Positional-password (%d types): %s\n' % (src['password'], bt(sorted(r['type'] for r in secrets if r['source'] == 'password'))))
    A('### Container kinds in positives\n')
    A('Everyday: %s\n' % bt(sorted(k for k, _, _ in gen_everyday.KINDS)))
    A('Vendor styles: %s. Positional-password presentation suffixes: %s.\n' % (bt([s for s, _ in gen_vendor.STYLES]), ', '.join('`%s` (%s)' % (v, k) for k, v in gen_passwords.SUFFIX.items())))
    A('### Evasion encodings\n')
    A('Families (checked by name against both READMEs, and chosen to avoid every notation they list, including the notations they say earlier corpora used): **PHP and '
      'MySQL notations** (`php_chr_dot_concat`, `php_hex2bin_call`, `php_strrev_base64_decode`, `php_str_rot13_call`, `mysql_char_function_decimal`, '
      '`mysql_x_quoted_hex_literal`, `js_fromcharcode_hex_args`); **transfer encodings and alphabets** (`quoted_printable_forced_escapes`, `percent_encoded_every_byte`, '
      '`ascii85_adobe_delimited`, `base58_bitcoin_alphabet`, `base45_qr_alphabet`, `eight_bit_binary_octets`, `zlib_deflate_base64`); **classical ciphers** '
      '(`atbash_letter_mirror`, `vigenere_keyword_shift`); **layout tricks** (`doubled_character_stutter`, `swapped_halves_slash`, `one_char_per_line_column`, '
      '`shuffled_index_pairs`); **Unicode look-alikes** (`mathematical_bold_alphanumerics`, `mathematical_monospace_alphanumerics`).\n')
    A('How each text names the encoding (inside the wording sentence, before the span, followed by a colon and the run on the next line(s)): %s.\n' % '; '.join(
        '`%s` = "%s"' % (k, v[0]) for k, v in sorted(enc84.ENC.items())))
    A('Encoders are in `enc84.ENC`, decoders in `dec84.decode`, written separately: the decoders get only the encoding name and the run; they parse every framed '
      'notation with anchored regular expressions, decode Base64 (inside `strrev` and after zlib) by hand through a bit string, decode Adobe Ascii85 by hand (the encoder '
      'uses `base64.a85encode`), rebuild Base58 by repeated multiplication (the encoder divides), decode Base45 by its own table, undo Atbash, ROT13 and the Vigenère shift '
      'with their own tables, check the pairing of the doubled characters, the half lengths of the swapped halves, the one-character lines and the complete 1..n '
      'position set of the shuffled pairs, and map the mathematical alphanumerics back by code-point ranges. Every pair was round-tripped on nine plains (lengths 1–44) '
      'while writing; at build time every span is decoded back to its `plain`, and the build checks that the naming phrase occurs before the run. The plain never occurs '
      'verbatim in its text and no run has edge whitespace (redrawn otherwise; Base45 can emit a space). Plains are drawn from `[A-Za-z0-9_.-]`.\n')
    A('Evasion credential types: %s\n' % ', '.join('`%s` (%d)' % (t, c) for t, c in sorted(ev_types.items())))
    A('Evasion containers: `<encoding>__<wording>` with three new wordings %s (a staff reply in a hosting ticket, a site-migration hand-off mail, an agency\'s monthly '
      'care report); each puts the phrase and a colon at the end of a line, the run on its own line(s), then a remark.\n' % bt([w for w, _ in gen_evasions.WORDINGS]))
    A('### Negative classes\n')
    A('| class | records | base kinds |\n|---|---|---|')
    for cls, kinds in ncls.items():
        A('| `%s` | %d | %s |' % (cls, ncount[cls], bt(kinds)))
    A('| `published_test_vector` | %d | %s |\n' % (ncount['published_test_vector'], bt([k for k, _ in gen_negatives.DOCS])))
    A('Negative containers: 30 base kinds, each instantiated six times with fresh random fillers: plain (container = base kind) and wrapped %s; plus 5 documentation '
      'kinds (class `published_test_vector`). All 16 class names are new (none repeats an earlier class name).\n' % ', '.join('`__%s`' % w for w, _ in gen_negatives.WRAPPERS))
    A('## Checks run by build.py before writing\n')
    A('- ids unique and well-formed (`p84-s/e/n-NNNN`), JSON round trip; spans re-slice exactly, no edge whitespace; record type == first span type; every labelled value '
      'occurs exactly as often as labelled (overlapping count); no labelled value or plain reused; no value of ≥ 6 characters and no plain in another record\'s text or in '
      'any negative')
    A('- no leftover slot marker (private-use `U+E000`) or NUL in any positive / evasion text')
    A('- evasions: every span decodes to `plain` with the independent decoder; the naming phrase occurs before the run; span fields exactly `value start end type plain '
      'encoding`; every encoder used exactly 3 times (22); `plain` never verbatim in its text, alphabet `[A-Za-z0-9_.-]`')
    A('- negatives: no duplicate texts; no positive value or evasion plain; no `PRIVATE KEY` anywhere; documentation values present in negatives and absent from '
      'positives / evasions; the five documentation values recomputed and compared with the published literals')
    A('- deny-list overlap and language checks (see Independence), with no exempt names; counts (180 everyday in 45 kinds, 100–140 vendor, 90–125 password syntaxes, 40 '
      'prose in 40 languages, 66 evasions, ≥ 180 negatives in 16 classes); vendor and password span types unique, disjoint from each other and from everyday types')
    A('- determinism: two in-process generations compared byte for byte (JSONL and README)')
    A('- %d mutation tests on deep copies: shifted start, shortened end, positive value in a negative, wrong plain, extra occurrence, duplicate negative, private key '
      'armour, p77 encoding name as negative container, deny-listed language `fo` as prose container, value copied into another record, wrong id prefix, documentation '
      'value in a positive — all must be caught, or the build fails\n' % nmut)
    A('## Judgement calls\n')
    A('- Everyday: sixteen hosting / CMS types where site builders leave them — six owner-chosen passwords (`cpanel_account_login_password`, `hosting_ftp_user_password`, '
      '`site_mysql_user_password`, `outgoing_mailbox_smtp_password`, `cms_admin_login_password`, `sftp_private_key_passphrase`) and ten generated secrets (WordPress salts, '
      'WHM API tokens, WordPress application passwords, Drupal `hash_salt`, Magento `crypt/key`, Joomla `$secret`, Strapi admin JWT secrets, S3-compatible backup keys, '
      'WooCommerce `cs_` consumer secrets, Laravel `base64:` app keys) in wp-config, settings.php, configuration.php, env.php, Ghost / Strapi configs, cron lines, bash '
      'history, panel task editors, `.htaccess` / vhost / php-fpm / nginx env directives, WP-CLI / Wordmove / Deployer / Lando / DDEV / Local files, migration and '
      'installer logs, support tickets, checklists, CSV hand-offs, PHP debug dumps, phpinfo and a FileZilla export comment. Pairings are balanced, not realistic (a '
      'Magento crypt key in a Ghost config). Key names are derived from the span type, so the key name always matches the value. WordPress salts use printable '
      'punctuation (no quotes, backslash, `#`, `$`, `,`, `;`) and WordPress application passwords keep their inner spaces (24 characters in six groups), so both are kept '
      'out of the evasion plains (alphabet).')
    A('- Vendor: many types are name-only (hex / UUID / alphanumeric / Base64: cPanel, Plesk, DirectAdmin, WHMCS, Kinsta, WP Engine, Cloudways, Namecheap, Akismet, '
      'Gravity Forms, Elementor, Envato, PrestaShop, Matomo, Mailjet, Postmark, SparkPost, Braintree, Recurly …) and recognisable only from the key name — part of the '
      'test. Password-like vendor types (Virtualmin, ISPConfig, Webmin, LiteSpeed WebAdmin, Hetzner Robot and Storage Box, UpCloud, ClouDNS, 2Checkout secret word, '
      'Worldpay XML) use the owner-password shape. Laravel Forge and Ploi tokens are JWT-shaped (real base64url JSON header and payload, random signature). Licence keys '
      '(WHMCS, Elementor Pro, Gravity Forms, ACF Pro, Yoast, WP Rocket, CloudLinux, Imunify360) are labelled because a leaked key is a paid entitlement and, for several '
      'plugins, also the update-download credential. `phpmyadmin_blowfish_secret`, `roundcube_des_key`, `typo3_system_encryption_key`, `nextcloud_instance_secret`, '
      '`wagtail_django_secret_key` and `craft_cms_security_key` are application encryption / signing keys.')
    A('- Passwords: labelled although some protect an archive, key or database rather than an account (`zip -P`, `7z -p`, `openssl pkcs12 -passout`, duplicity / restic / '
      'borg passphrases, SQLCipher `PRAGMA key`, `AES_DECRYPT` key, `rclone obscure` input). Passwords set for other accounts (`whmapi1 createacct`, `uapi` add calls, '
      '`plesk bin … -passwd`, `wp user create`, `drush user:password`, `CREATE USER`, `GRANT … IDENTIFIED BY`, `UPDATE wp_users SET user_pass = MD5(…)`) leak the new '
      'password. `doveadm pw -p` only hashes its input, but the input is the clear password. Protocol captures assume a packet capture, a verbose client log, a WAF / '
      'ModSecurity audit log or a support engineer\'s HAR; the access-log record assumes an FTP URL with userinfo ended up as a referer.')
    A('- Evasions: the rule is stated before each run, so every value is recoverable from the text alone. `doubled_character_stutter`, `swapped_halves_slash`, '
      '`one_char_per_line_column` and `shuffled_index_pairs` are layout tricks rather than encodings; Atbash, ROT13 and Vigenère (keyword stated) are classical '
      'ciphers; `php_hex2bin_call`, `mysql_x_quoted_hex_literal`, `quoted_printable_forced_escapes`, `percent_encoded_every_byte` and `js_fromcharcode_hex_args` are hex '
      'in new framings, `php_chr_dot_concat` and `mysql_char_function_decimal` decimal bytes in new framings, `php_strrev_base64_decode` is Base64 reversed and '
      '`zlib_deflate_base64` is Base64 over compressed bytes (earlier corpora used plain Base64, base64url and data URIs) — novelty was checked by name and notation '
      'against the two READMEs only, and earlier corpora before p74 may have used percent-encoding, quoted-printable or binary octets. The mathematical alphanumerics are '
      'outside the BMP (4 UTF-8 bytes, 2 UTF-16 code units each; offsets are Python code points).')
    A('- Negatives: reCAPTCHA *site* keys and Ghost *Content* API keys are meant for browsers; phpass `$P$B` and Drupal `$S$E` strings are hashes; `••••` and `****` panel '
      'fields are masks; `password_here`, `put your unique phrase here` and `<DB_PASSWORD>` are placeholders; backup `md5sum` lines and the WordPress core-checksums API '
      'are digests; `_wpnonce`, `form_build_id` and `form_token` are per-request anti-forgery values; `?ver=` hashes and Magento `version<timestamp>` are cache busters; '
      'DKIM `p=` values are public keys and `google-site-verification` / `MS=` / `facebook-domain-verification` tokens are published ownership proofs; SSH fingerprints '
      'and hashed `known_hosts` lines are public host-key material; Magento `0:3:` values and WHMCS `encrypt()` columns are ciphertexts; `getenv()` and Strapi `env()` '
      'calls without defaults are lookups; ticket macros about passwords carry none; invoice, ticket, transaction (`ch_`, `pi_`) ids are references; the WHMCS public demo '
      '`demo/demo` and the tutorial container\'s `admin/password` are published throwaway logins; Ghost object ids and Strapi `documentId`s are content identifiers. '
      'Random fillers in negatives are generated, so a detector that flags high-entropy strings will hit them — that is the point of the classes.\n')
    A('## Shapes guessed or partly guessed\n')
    A('Read for shapes (Kingfisher rule files in `mongodb/kingfisher`, `data/rules/`): Mailgun legacy `key-` + 32, Brevo / Sendinblue `xkeysib-` + 64 hex + `-` + 16, '
      'Square `EAAA` + 60 and `sq0csp-` + 43, Dropbox short-lived `sl.` + 130–152, SparkPost 40 alphanumerics, Mandrill 20–24; no example value from any rule was '
      'copied. Believed right from background knowledge: cPanel / WHM API tokens (32 upper-case alphanumerics), WordPress application passwords (24 alphanumerics in '
      'groups of four), WordPress salts (64 printable characters), Drupal `hash_salt` (74 base64url), Joomla `$secret` (16), Magento crypt key (32 hex), Laravel '
      '`base64:` + 44, WooCommerce `cs_` + 40 hex, Porkbun `sk1_` + 64 hex, Akismet (12 lower-case alphanumerics), Google app passwords (16 letters in four groups), '
      'Amazon SES SMTP passwords (44 Base64 characters), Brevo SMTP `xsmtpsib-`, Ghost staff token `id:secret` layout, TYPO3 encryption key (96 hex). Guessed or loosely '
      'remembered: WHM access-hash length, Plesk secret key as UUID, DirectAdmin login keys, InterWorx, CyberPanel, Softaculous, JetBackup, CloudLinux `N-hex` and '
      'Imunify360 `IM…` keys, every managed-host token (Kinsta, WP Engine, Pantheon, Acquia, Platform.sh, Pressable, Cloudways, RunCloud, ServerPilot, GridPane, '
      'SpinupWP, Hostinger, DreamHost, IONOS `prefix.secret`), DNSimple `dnsimple_a_`, Cloudflare Origin CA `v1.0-` lengths, bunny.net account key as two UUIDs, '
      'Jetpack blog token, Freemius `sk_`, Uptime Kuma `uk<n>_`, imgix `ak_`, Chargebee `live_`, SMTP2GO `api-` + 32 upper hex, Elastic Email 96 hex, Storj access '
      'grants, and the lengths and alphabets of every name-only type. Syntaxes from memory and not re-checked: `whmapi1 createacct` / `uapi` argument names, `plesk bin '
      '… -passwd` switches, `v-add-user` argument order, Joomla 4 `user:add` options, `pure-ftpd` / ProFTPD / PowerDNS directives, Exim `client_send`, the Plesk XML API '
      '`HTTP_AUTH_PASSWD` header, WHMCS `ValidateLogin` `password2`, the cPanel `login_only` form, and every support-desk export layout used for prose.\n')
    A('## Sources consulted\n')
    A('- The two READMEs in `/tmp/brief84/`. The detector\'s code was not opened, listed or searched, and git was not run in the project.')
    A('- External: six Kingfisher rule files (`mongodb/kingfisher`, `data/rules/mailgun.yml`, `sendinblue.yml`, `square.yml`, `dropbox.yml`, `sparkpost.yml`, '
      '`mandrill.yml`) and one code-search result list for cPanel API-token documentation, read for shapes only. Every credential-looking value in positives and evasions '
      'is generated. Documentation values: RFC 1321 / FIPS 180 digests of the empty input and of the pangram, RFC 2202 HMAC-SHA1 test case 2, the Adler-32 of '
      '"Wikipedia" (all recomputed). Notations follow their definitions (PHP `chr` / `hex2bin` / `strrev` / `base64_decode` / `str_rot13`, MySQL `CHAR()` and `X\'\'` '
      'literals, RFC 2045 quoted-printable, RFC 3986 percent-encoding, Adobe Ascii85, Bitcoin Base58, RFC 9285 Base45, RFC 1950 zlib, ECMAScript '
      '`String.fromCharCode`, the Unicode Mathematical Alphanumeric Symbols block).')
    return '\n'.join(L) + '\n'
