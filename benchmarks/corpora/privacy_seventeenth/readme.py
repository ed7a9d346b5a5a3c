"""README writer for p17 (called by build.py after all checks pass)."""
from collections import Counter
import gen_new_types

DECODERS = {
    'ascii85_adobe': '`base64.a85decode(v, adobe=True)` (Adobe Ascii85 with `<~ ~>` delimiters)',
    'uuencode_block': '`binascii.a2b_uu` per line between `begin 644 token.txt` and the backtick / `end` lines (span includes both framing lines)',
    'bzip2_base64': '`bz2.decompress(b64decode(v))`',
    'zlib_hex': '`zlib.decompress(bytes.fromhex(v))` (zlib container, level 9)',
    'base58_btc_alphabet': 'UTF-8 bytes as one big-endian integer in the Bitcoin base58 alphabet (no checksum)',
    'base36_bigint': '`int(v, 36)` then big-endian bytes',
    'base45_rfc9285': 'RFC 9285 base45 (checked against the RFC vectors `AB`→`BB8`, `Hello!!`→`%69 VD92EX0`)',
    'z_base32': 'z-base-32 alphabet `ybndrfg8ejkmcpqxot1uwisza345h769`, no padding, trailing bits dropped',
    'bech32_wrapped_bytes': 'BIP-173 bech32 with hrp `tok` over the token bytes; checksum verified by the decoder',
    'utf16le_base64': '`b64decode(v).decode("utf-16-le")` (PowerShell `[Text.Encoding]::Unicode` idiom)',
    'percent_encode_all_bytes': 'every byte as `%XX`, `urllib.parse.unquote`',
    'java_unicode_escape': '`\\uXXXX` for every character (native2ascii style)',
    'c_octal_escape': '`\\ooo` octal escape for every byte inside a C string literal',
    'python_bytes_hex_escape': '`\\xNN` for every byte inside a Python bytes literal',
    'python_chr_decimal_list': 'bracketed list of decimal code points, `"".join(map(chr, …))`',
    'js_fromcharcode_hex_args': 'comma-separated `0xNN` arguments of `String.fromCharCode(…)` (span = the argument list)',
    'php_chr_dot_concat': '`chr(n).chr(n)…` PHP concatenation',
    'hex_colon_separated': 'lower-case hex bytes joined by `:` (openssl / fingerprint style)',
    'caesar_shift_keyed': 'letters rotated by `encoding_key` (case kept), digits rotated mod 10, other characters unchanged',
    'affine_cipher_keyed': 'affine cipher E(x)=(a·x+b) mod 26 on letters, `encoding_key` = `a,b`; digits / symbols unchanged',
    'autokey_vigenere_keyed': 'autokey Vigenère: primer word `encoding_key`, then the plaintext letters extend the key; non-letters unchanged',
    'xtea_ecb_keyed_hex': 'XTEA (32 cycles, big-endian words) in ECB over the zero-padded bytes, key = `encoding_key` ASCII padded to 16 bytes; hex; decoder strips the NUL padding',
    'chacha20_keyed_hex': 'ChaCha20 (RFC 8439 block function, checked against §2.3.2) keystream, key = SHA-256 of the passphrase, nonce and counter 1 stated; `encoding_key` = `passphrase|nonce-hex`; decoder is an independent implementation',
    'morse_code_itu': 'ITU Morse, letters separated by single spaces (lower-case `[a-z0-9._-]` tokens only)',
    'string_reversed': 'the token reversed (`rev`)',
    'base64_reversed': 'base64 then reversed (`base64_decode(strrev(…))`)',
    'double_base64': 'base64 applied twice',
    'fullwidth_forms': 'U+FF01–U+FF5E fullwidth forms, decoded by NFKC',
    'cyrillic_homoglyph': 'Latin letters replaced by Cyrillic look-alikes (а с е о р х у А В С Е Н К М О Р Т Х); decoder maps them back; tokens with at least four replaceable letters',
    'yaml_sequence_fragments': '8-character pieces as a quoted YAML list; span from the first `- "` to the last quote; decoder joins the quoted pieces',
    'sql_insert_rows_fragments': '10-character pieces as `(seq, \'chunk\')` rows of an INSERT; decoder orders by seq and joins',
    'nibble_swapped_hex': 'hex of every byte with its two nibbles swapped',
    'percent_u_unicode_escape': '`%uXXXX` (JavaScript `escape()` / IIS style) for every character',
    'html_decimal_entities': '`&#NNN;` decimal character references, `html.unescape`',
    'qwerty_right_shift': 'every key typed one position to the right on a US QWERTY row (`_`→`+`, `-`→`=`), lower-case `[a-z0-9_-]` tokens only',
    'xxd_plain_hexdump': '`xxd -p` output: lower-case hex in 60-character lines (span = all hex lines)',
}


def bt(xs):
    return ', '.join('`%s`' % x for x in xs)


def render(pos, ev, neg, S):
    types = Counter(s['type'] for r in pos for s in r['secrets'])
    every_types = Counter(s['type'] for r in pos if r['source'] == 'gen_everyday' for s in r['secrets'])
    new_types = Counter(s['type'] for r in pos if r['source'] in ('gen_new', 'gen_passwords') for s in r['secrets'])
    prose_types = Counter(s['type'] for r in pos if r['source'] == 'gen_prose' for s in r['secrets'])
    conts = sorted(set(r['container'] for r in pos))
    ev_conts = sorted(set(r['container'] for r in ev))
    neg_conts = sorted(set(r['container'] for r in neg))
    classes = Counter(r['class'] for r in neg)
    shapes = {}
    for t, v in gen_new_types.V.items():
        shapes.setdefault(v[5], []).append(t)
    ev_types = Counter(r['type'] for r in ev)
    brief = S['brief']
    L = []
    a = L.append
    a('# privacy_seventeenth (p17) – held-out credential corpus\n')
    a('Synthetic, independently built evaluation data for a credential / secret detector. Everything is produced by `build.py` and its modules (`common.py`, `gen_crypto.py`, `gen_everyday.py`, `gen_everyday_kinds.py`, `gen_everyday_tpl_a.py` … `gen_everyday_tpl_c.py`, `gen_new_types.py`, `gen_new.py`, `gen_passwords.py`, `gen_prose.py`, `gen_encodings.py`, `gen_decoders.py`, `gen_evasions.py`, `gen_negatives.py`, `readme.py`): Python 3 standard library only, fixed `random.Random` seeds (17001 everyday, 17002/17003 new types and key files, 17003 positional passwords, 17004 prose, 17005 evasions, 17006 negatives), no clock, no environment, no network. `python3 build.py` regenerates the three JSONL files and this README; it runs every check first and writes nothing if one fails (output verified byte-identical under different `PYTHONHASHSEED` values). The builder never opened, listed or searched the detector\'s code or any other file of the project and did not run git in the project; the only project material read were the privacy_fifteenth and privacy_sixteenth READMEs supplied in `/tmp/brief17/`. When that directory exists the build extracts every backticked name and the prose-language lists from those READMEs and fails on any container-kind, encoding, language or new-part span-type overlap.\n')
    a('## Files and counts\n')
    a('| file | records | spans | span types | container kinds | notes |')
    a('|---|---|---|---|---|---|')
    a('| `secrets.jsonl` | %d | %d | %d | %d | everyday part %d records (%d%%), new-type part %d vendor / key-file records + %d positional-password records, prose %d records in %d languages |' % (
        S['n_pos'], S['n_spans'], len(types), len(conts), S['n_everyday'], round(100 * S['n_everyday'] / S['n_pos']), S['n_new'], S['n_pw'], S['n_prose'], len(S['langs'])))
    a('| `evasions.jsonl` | %d | %d | %d | %d | %d encodings, none named in the p15/p16 READMEs, 3 records each |' % (len(ev), len(ev), len(ev_types), len(ev_conts), len(S['enc'])))
    a('| `negatives.jsonl` | %d | – | – | %d | %d classes |\n' % (len(neg), len(neg_conts), len(classes)))
    a('Record schema (same as privacy_fifteenth / privacy_sixteenth): positives have `id` (`p17-s-NNNN`), `type` (= type of the first span by position), `container`, `text`, `secrets` (list of `value`, `start`, `end`, `type`, optional `plain`), `source`. Evasions (`p17-e-NNNN`) add a record-level `encoding`; their single span has `plain` (the clean secret), `encoding` (same name) and, for the keyed encodings `caesar_shift_keyed` (shift), `affine_cipher_keyed` (`a,b`), `autokey_vigenere_keyed` (primer word), `xtea_ecb_keyed_hex` (ASCII key) and `chacha20_keyed_hex` (`passphrase|nonce`) only, `encoding_key` (which the text also states). Negatives (`p17-n-NNNN`) have `id`, `class`, `container`, `text`, `source`. Offsets are Python code-point offsets; `text[start:end] == value`. Files are UTF-8 JSON lines written with `ensure_ascii=False`.\n')
    a('## Conventions\n')
    a('- A span covers only the credential: the value after `NAME=` / `key:` / a flag / a positional argument (not quotes), the password inside `user:password`, `user%password`, `user,password`, `user/password@db` and inside URLs / DSNs / ODBC / JDBC / OLE DB strings (not user, host or scheme), the token inside a sentence, a header value without the scheme word (`Bearer`, `token`, `Key`, `App`, `Api-Key`, `ApiKey`, `APIKey`, `Klaviyo-API-Key`). Syntax around the value is outside (`pass:` in `-passout pass:…`, `-p` glued to 7-Zip / unrar / mysqldump passwords, `PVEAPIToken=automation@pve!ci=` before the Proxmox token secret). Prefixes that belong to the value are inside (`sk_live_`, `mdb_sa_sk_`, `Atzr|`, `APP_USR-`, `Mid-server-`, `xnd_production_`, `*:production.`, `access-production-`, `A3-`, `AGE-SECRET-KEY-1`).')
    a('- For DSN kinds of the everyday part (`postgres_url_password`, `mysql_url_password`, `mongodb_srv_uri_password`, `redis_url_password`, `amqp_url_password`) only the password is labelled; the Azure Storage connection string labels only `AccountKey`; the Slack incoming-webhook URL is a capability URL and is labelled in full.')
    a('- Private keys span `-----BEGIN …-----` to `-----END …-----` (RSA PKCS#1, OpenSSH RSA, SEC1 secp256k1). The PuTTY PPK v3 key spans `PuTTY-User-Key-File-3:` to the `Private-MAC:` line. The Coinbase CDP key sits in JSON with literal `\\n` sequences: the span keeps them (without the final `\\n` before the closing quote) and `plain` holds the PEM with real newlines.')
    a('- When a labelled value occurs more than once (set -x echo of an export, `ipmitool -P` used twice, `esxcli -p … -c …`, `gitlab-rails` password + confirmation, `pure-pw` piped twice, grpcurl / HTTPie request echo) every occurrence is labelled; a check enforces that every labelled value occurs exactly as often as it is labelled.')
    a('- Multi-secret records label every secret (ipmitool current + new user password, ldappasswd bind + new password, keytool storepass + keypass, SNMPv3 auth + priv passwords). Public neighbours are unlabelled: AWS `AKIA…` key ids beside the secret, Modal `ak-` token ids, Exoscale `EXO…` keys, WooCommerce `ck_` consumer keys, PubNub `pub-c-` keys, Supabase `sb_publishable_`, PayMongo / Culqi `pk_live_`, Xendit public keys, Coinbase CDP key names, Cognito / Kinde client ids, user names, hosts, SSIDs, commit ids, image digests, request ids.')
    a('- Documentation values (RFC 6750 `mF_9.B5f-4.1JqM`, RFC 6749 `2YotnFZFEjr1zCsicMWpAA`, RFC 5849 `kd94hf93k423kf44`, the Twitter "Creating a signature" consumer secret, the Telegram Bot API example token, Slack\'s signing-secret doc vector, GitHub\'s `It\'s a Secret to Everybody`, Docker Hub `mysecretpassword` / `my-secret-pw` / `examplepass`, redis.conf `foobared`, MDN `YWxhZGRpbjpvcGVuc2VzYW1l`, the Kubernetes docs Secret `MWYyZDFlMmU2N2Rm`, the Flask quickstart key, the RFC 7636 code verifier, pgAdmin `SuperSecret`) occur only in negatives. Password hashes are absent from the whole corpus (the pgbouncer `userlist.txt` md5 line beside the labelled plain-text entry is a hash and unlabelled).\n')
    a('## Categories (positives)\n')
    a('| part | source module | records | what |')
    a('|---|---|---|---|')
    a('| everyday | `gen_everyday` | %d | %d container kinds (each used twice, with two different secret kinds) holding %d common secret types: %s. Containers: terminals and logs (tmux scrollback, asciinema casts, kubectl describe, journalctl JSON, auditd EXECVE, execsnoop, Sentry events, CloudWatch / Cloud Logging / Azure Monitor results, OTel debug exporter, Jaeger tags, HAProxy / Traefik / Squid logs, HTTPie / grpcurl verbose, kcat, Redis MONITOR, Postgres / MySQL / mongod logs), CI and provisioning output (CircleCI, Azure Pipelines, TeamCity, Concourse, ansible -vvv, Terraform TRACE, Packer, cloud-init, Vagrant), CLIs (gh secret set, glab, dokku, firebase functions:config, docker service create, lxc), manifests and IaC (ECS run-task overrides, Batch job definitions, Step Functions input, Azure Functions local.settings, cloud-config, Butane, Ignition, EC2 user data, GCE startup scripts, CronJob args, Knative, kustomize secretGenerator, Nomad, Quadlet, Unraid, Portainer, CapRover, Synology), app and build configs (marimo, Gradio, Dash, SvelteKit, Angular environment.prod.ts, webpack DefinePlugin, esbuild, Vite, electron-builder, xcscheme, generated BuildConfig.java, Web.config appSettings / connectionStrings, wp-cli.yml, Symfony parameters.yml, Rails secrets.yml, Perl DBI, OpenResty, Erlang sys.config, Leiningen, SAS libname, MATLAB weboptions), automation and data (Zapier code step, Retool, Make, Airbyte, Meltano, Kestra, Great Expectations, Hive, Hadoop core-site, Spark, Trino, Kafka Connect, Debezium, Prometheus, Loki, Thanos, Grafana provisioning, Zabbix, Nagios, borgmatic, Velero), key files (Ansible, Gitea Actions log, VS Code Remote-SSH paste, Terraform console), AI / editor tools (aider, Continue, Zed, gptel, codecompanion.nvim), package auth (pip.conf, Poetry auth.toml, sbt credentials, GOPROXY, vcpkg, dotnet nuget) and chat / VCS (Zulip, Matrix, Google Chat takeout, IRCCloud, Skype export, hg and svn diffs) |' % (
        S['n_everyday'], S['n_everyday'] // 2, len(every_types), bt(sorted(every_types))))
    a('| new types | `gen_new` | %d | one record per new vendor type (%d types) in a container of a real tool: config formats (mise.toml, justfile, Taskfile, fish_variables, `sops -d` output, JetBrains http-client.private.env.json, Bruno env, Streamlit secrets.toml, EDN, CUE, Pkl, Dhall, Jsonnet, .reg export, .bazelrc, supervisord, uWSGI, tmux.conf, chezmoi, devbox, home-manager, xonsh, elvish, tcsh, Rails initializer, Lua, Nim, Perl) or HTTP clients (httpx, Go net/http, C# HttpClient, Guzzle, fetch, OkHttp, URLRequest, Invoke-RestMethod, HTTPie session, Hoppscotch, Faraday, reqwest, Req, httr2, xh, java.net.http) with the auth header / query parameter the vendor uses; container kind `<vendor>_<style>`. Plus three key files (PuTTY PPK v3, secp256k1 SEC1, Coinbase CDP P-256 JSON) |' % (S['n_new'], S['n_new'] - 3))
    a('| positional passwords | `gen_passwords` | %d | passwords given by position in tools\' own syntaxes: CLI subcommands (mysqladmin `password`, htpasswd `-b`, rabbitmqctl, ipmitool, chpasswd, `net user`, ldappasswd, kadmin, sqlplus `user/pass@`, isql, mosquitto_passwd, openssl `-passout pass:`, keytool, zip / 7z / unrar, gpg, sshpass, lftp, smbclient `%%`, mount.cifs, sqlcmd, bcp, mongodump, cqlsh, clickhouse-client, vsql, db2 `using`, influx, wpa_passphrase, nmcli, iwctl, wget, ncftpput, openconnect, sshfs, vncpasswd, TeamViewer, AnyDesk, RustDesk, esxcli, govc, PowerCLI, az, oc, argocd, helm, skopeo, kubectl docker-registry, vault kv, neo4j-admin, elasticsearch-users, kcadm, jenkins-cli, gitlab-rails, wp-cli, drush, occ, mc alias, ftpasswd, pure-pw, pvesh, boundary), config directives (SNMP community / SNMPv3, RADIUS / TACACS+ keys, PPP CHAP, Huawei / Aruba / VyOS users, netsh WLAN keyMaterial, Postfix sasl_passwd, fetchmailrc, mbsyncrc, neomutt, ssmtp, nullmailer, ipsec.secrets, swanctl, chap-secrets, ddclient, inadyn, davfs2, Redis masterauth, pgbouncer userlist, Asterisk pjsip, FreeSWITCH), SQL (SET PASSWORD, GRANT … IDENTIFIED BY, CREATE DATABASE LINK, CREATE USER MAPPING, CREATE CREDENTIAL, MASTER KEY, sp_addlinkedsrvlogin, ALTER LOGIN, ClickHouse plaintext_password, Tarantool, SQLite SEE rekey) and connection strings (JDBC Oracle thin / SQL Server, OLE DB, ODBC, NATS, RTSP, FTP URLs) |' % S['n_pw'])
    a('| prose | `gen_prose` | %d | a colleague / relative shares a Wi-Fi, router, server, mail or database password (one a GitHub token) in their own language, in 12 export formats not used before (Mattermost bulk export, Instagram DM JSON, Twitter DM archive, LinkedIn messages CSV, HexChat log, Conversations XMPP export, Delta Chat message, Redmine journal, Gerrit change message, git format-patch commit message, MantisBT XML, Signal Desktop SQLite row); container kind `<format>__<language>` |\n' % S['n_prose'])
    a('Prose languages (%d, all absent from the p15/p16 language lists): %s. Sentences are short and written by a non-native builder; minority-language phrasings (e.g. `kl`, `se`, `bi`, `fj`, `dsb`, `wa`, `lij`, `lmo`) are best-effort.\n' % (len(S['langs']), bt(S['langs'])))
    a('### Span types in positives\n')
    a('New-part types (%d, none in the p15/p16 lists): %s\n' % (len(new_types), ', '.join('`%s` (%d)' % (t, n) for t, n in sorted(new_types.items()))))
    a('Everyday-part types (may repeat earlier lists; every container kind is new): %s\n' % ', '.join('`%s` (%d)' % (t, n) for t, n in sorted(every_types.items())))
    a('Prose types: %s\n' % ', '.join('`%s` (%d)' % (t, n) for t, n in sorted(prose_types.items())))
    a('### Container kinds in positives\n')
    a(bt(conts) + '\n')
    a('### Evasion encodings\n')
    a(', '.join('`%s` (%d)' % (e, n) for e, n in sorted(S['enc'].items())) + '\n')
    a('Decoders (exactly what `build.py` runs, `gen_decoders.DEC`, written separately from the encoders in `gen_encodings.ENC`): ' + '; '.join('`%s` = %s' % (e, DECODERS[e]) for e in sorted(S['enc'])) + '.\n')
    a('Evasion credential types: %s\n' % ', '.join('`%s` (%d)' % (t, n) for t, n in sorted(ev_types.items())))
    a('Evasion containers: %s\n' % bt(ev_conts))
    a('### Negative classes\n')
    a('| class | records |')
    a('|---|---|')
    for c, n in sorted(classes.items()):
        a('| `%s` | %d |' % (c, n))
    a('')
    a('Negative containers: 105 base kinds (7 per class for 15 classes), each instantiated twice with fresh random fillers, the second copy wrapped (`__in_code_review_thread`, `__in_wiki_page_paste`, `__in_support_chat_quote`), plus 16 documentation-value kinds (class `vendor_documentation_value`, one record each).\n')
    a('Negative containers: %s\n' % bt(neg_conts))
    a('## Checks run by build.py before writing\n')
    a('- ids: %d ids unique across the three files; every record survives a JSON round trip' % (len(pos) + len(ev) + len(neg)))
    a('- positives: spans re-slice, sorted, no overlap, no edge whitespace; record type == first span type; every labelled value occurs exactly as often as labelled; no value reused across records')
    a('- structured values verified: ' + ', '.join('%s ×%d' % (k, v) for k, v in sorted(S['struct'].items())) + ' (RSA: p·q = n, CRT parameters, encrypt/decrypt round trip; OpenSSH: `openssh-key-v1` magic, matching check ints, p·q = n; SEC1: public point recomputed from d and on the curve; PPK v3: HMAC-SHA-256 MAC with the empty key of unencrypted files and Ed25519 public half derived from the seed; GitHub / npm: base62 CRC32; Stellar: StrKey version byte 18<<3 and CRC16-XMODEM; XRPL: base58check in the Ripple alphabet, version 0x21; xprv / WIF: base58check, version `0488ade4` / 0x80 compressed; age: bech32 checksum, hrp `age-secret-key-`; SES SMTP password: version byte 4 + 32-byte SigV4-chain HMAC; Grafana legacy key and Neptune token: base64 JSON with the expected fields). The PEM and OpenSSH keys were also checked with `openssl rsa/ec -check` and `ssh-keygen -y` while writing (not at build time). Self-tests: Ed25519 RFC 8032 vector 1, ChaCha20 RFC 8439 §2.3.2 block vector, base45 RFC 9285 vectors, Ascii85 `Man `.')
    a('- evasions: one span each with `plain` / `encoding`; %d decoders reproduce `plain`; encoded value occurs once; `plain` never verbatim in the text and never a positive value; `encoding_key` present exactly for keyed encodings and stated in the text' % len(S['enc']))
    a('- negatives: no duplicate texts; no positive value (length ≥ 6), evasion value or evasion plain; no `PRIVATE KEY`; no checksum-valid `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_`/`npm_` token; all %d documentation values present in negatives and absent from positives and evasions' % 16)
    a('- counts: %d positives (%d everyday = %d%%), %d span types (%d in the new part), %d languages, %d evasions over %d encodings, %d negatives in %d classes' % (
        S['n_pos'], S['n_everyday'], round(100 * S['n_everyday'] / S['n_pos']), len(types), len(new_types), len(S['langs']), len(ev), len(S['enc']), len(neg), len(classes)))
    if brief:
        a('- overlap: container kinds (and bases before `__`) of all three files, encodings, prose languages and new-part span types compared with %d backticked names and %d language codes from %s: no overlap' % (brief[1], brief[2], ', '.join('`%s`' % f for f in brief[0])))
    a('- determinism: every random choice comes from per-part `random.Random` streams with constant seeds; no clock, environment, set-iteration order or network influences output (verified byte-identical under `PYTHONHASHSEED=1` and `PYTHONHASHSEED=987654`)\n')
    a('## Judgement calls\n')
    a('- Split: the everyday part holds common tokens and passwords a developer really produces (its span types repeat the earlier lists, e.g. `aws_secret_access_key`, `github_classic_pat`, `slack_bot_token`, `database_password`), but every container kind is new. Passwords in everyday containers take a type from the syntax around them where it says more than "database" (`http_basic_auth_password` for Gradio / Dash / Prometheus, `redis_auth_password` in MONITOR output, `postgres_role_password` in a statement log, `mysql_cli_password` in an auditd EXECVE record, `borg_repo_passphrase`, `maven_repository_password`, `oracle_db_password`).')
    a('- New part: one new span type per record (the positional-password records add a second type where the syntax carries two secrets). Types follow the syntax (`mysqladmin_new_root_password`, `snmp_rw_community_string`, `windows_wlan_key_material`, `jdbc_oracle_thin_password`) rather than a generic `password`. SNMP community strings, RADIUS / TACACS+ shared keys, IPsec PSKs, SQL Server master-key passwords and archive / GPG passphrases are labelled although they log no user in.')
    a('- Typed secrets that are not API tokens are still labelled: Kibana saved-object encryption key, authentik / self-hosted Sentry secret keys, Vaultwarden admin token, Janus admin secret, BigBlueButton shared secret, Home Assistant webhook id (a capability), Netdata stream API key, QStash signing key, the 1Password account Secret Key, the age identity, Stellar / XRPL seeds, xprv and WIF keys.')
    a('- Public-by-design values are negatives: Stripe `pk_live_`, Supabase `sb_publishable_`, Algolia search-only key, Paddle client-side token, WalletConnect project id, LaunchDarkly client-side id, Mixpanel project token; their secret counterparts (Supabase `sb_secret_`, Paddle API key, Flagsmith server-side `ser.` key, Klaviyo private `pk_` key) are positives. Klaviyo private keys start with `pk_` like Stripe publishable keys on purpose.')
    a('- Reversible or keyless encodings are not protection (evasions), but real encryption is (negatives: Vault transit, hiera-eyaml PKCS7, Rails credentials.yml.enc, Firefox logins.json, DPAPI blobs, git-crypt, kubeseal).')
    a('- Test fixtures with obviously fake values (LocalStack `test`/`test`, `fake-api-key-for-tests`, `not-a-real-password`, VCR `<GITHUB_TOKEN>`) are negatives; a real-shaped random token in a test file would be labelled.')
    a('- The everyday `jwt_signing_secret` is 64 hex characters or 64 base64-like characters with no prefix; it is recognisable only from the variable name (`JWT_SECRET`).')
    a('- Evasion `plain` values are self-identifying prefixed tokens drawn from a separate stream (`TOKENS` in `gen_evasions.py`, re-drawn if equal to a positive value); Morse and QWERTY-shift only carry lower-case hex-style tokens, Cyrillic homoglyphs only tokens with at least four replaceable letters. Fragmented encodings (YAML list, SQL rows) label the whole region from the first fragment to the last.')
    a('- Container / style pairing in the new part is a seeded least-used assignment, so some pairings are unusual (a payments key in a tmux.conf); the container is realistic for *a* secret and the type follows the generator. HTTP-client styles call a generic `/v1/status` path on the vendor host.\n')
    a('## Guessed or partly guessed shapes\n')
    a('Confirmed against public rule sets (Kingfisher `data/rules/*.yml`, read from a snapshot fetched through the search tools; prefix / length / alphabet only): %s.\n' % bt(sorted(shapes.get('rule', []))))
    a('From background knowledge of vendor documentation, not validated: %s.\n' % bt(sorted(shapes.get('doc', []))))
    a('Name-only types (no distinctive prefix; length and alphabet guessed, recognisable from the variable or header name): %s.\n' % bt(sorted(shapes.get('name', []))))
    a('Structured formats generated for real and re-verified at build time: %s, plus the everyday RSA PKCS#1 / OpenSSH RSA keys, GitHub `ghp_` / npm `npm_` tokens (base62 CRC32) and the three key files of the new part.\n' % bt(sorted(shapes.get('struct', []))))
    a('## Sources consulted (formats only)\n')
    a('- Kingfisher (mongodb/kingfisher) rule files, from a snapshot fetched with the search tools and read with `git show`, for prefixes, lengths and alphabets. The exact-string search was used only to confirm two documentation values (the Twitter signature-doc consumer secret and Slack\'s signing-secret doc vector) before placing them in negatives. No rule-set example, test value or fixture was copied; every credential-looking value in positives and evasions is generated by the builder. gitleaks, Betterleaks, CredSweeper and trufflehog were not re-read for this corpus (their formats were either covered by p15/p16 or known from vendor documentation).')
    a('- privacy_fifteenth and privacy_sixteenth READMEs (schema, conventions, used types, container kinds, encodings and languages), supplied in `/tmp/brief17/`. The detector\'s code was not opened, listed or searched, and git was not run in the project.')
    return '\n'.join(L) + '\n'
