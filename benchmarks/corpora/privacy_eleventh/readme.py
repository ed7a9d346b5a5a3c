"""README renderer for privacy_eleventh (pure function of the records)."""
from collections import Counter
from gen_tokens import TOKENS

PREVIOUS_TYPES = set("""anthropic_api_key apple_app_specific_password artifact_repository_password aws_secret_access_key
backup_repository_password bmc_password broker_password camera_password database_password docker_registry_password
game_server_admin_password game_server_password git_http_password github_fine_grained_pat github_pat_classic
github_server_to_server_token gitlab_pat google_oauth_access_token huggingface_token imap_password key_password
keystore_password ldap_bind_password linux_user_password mqtt_password neo4j_password network_device_password
npm_access_token openai_project_key private_key_ec private_key_passphrase private_key_pkcs8 private_key_rsa
proxy_password redis_password resend_api_key sendgrid_api_key slack_bot_token smb_password smtp_password
snmpv3_auth_password snmpv3_priv_password sql_server_password ssh_password stripe_secret_key supabase_service_role_key
telegram_bot_token web_admin_password wifi_psk windows_account_password wireguard_private_key""".split())


def codes(c):
    return ", ".join("`%s` (%d)" % (k, v) for k, v in sorted(c.items()))


def render(P, E, N, stats):
    nspan = sum(len(r["secrets"]) for r in P)
    ptypes = Counter(s["type"] for r in P for s in r["secrets"])
    rtypes = {r["type"] for r in P}
    pcont = sorted({r["container"] for r in P})
    src = Counter(r["source"].split(".")[0] for r in P)
    encs = Counter(r["encoding"] for r in E)
    etypes = Counter(r["type"] for r in E)
    ncls = Counter(r["class"] for r in N)
    new_types = [t for t in ptypes if t not in PREVIOUS_TYPES]
    guessed = sorted(t for t, v in TOKENS.items() if v[2] == "G")
    nameonly = sorted(t for t, v in TOKENS.items() if v[2] == "N")
    L = []
    a = L.append
    a("# privacy_eleventh (p11) \u2013 held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector. Everything is produced by `build.py` and its modules "
      "(`gen_common.py`, `gen_tokens.py`, `gen_vendor.py`, `gen_passwords.py`, `gen_prose.py`, `gen_misc.py`, `gen_evasions.py`, `gen_negatives.py`, `readme.py`): "
      "Python 3 standard library only, fixed `random.Random` seeds per module, no clock, no environment, no network. `python3 build.py` regenerates the three JSONL "
      "files and this README byte-for-byte; it runs all checks first and writes nothing if one fails. The builder never looked at the detector; the only project "
      "files read were the privacy_ninth and privacy_tenth READMEs (schema, conventions, already-used types / container kinds / encodings).\n")
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | %d distinct record types; %d span types absent from the p9/p10 span-type lists (the other %d reuse common types in new containers) |" % (len(P), nspan, len(ptypes), len(pcont), len(rtypes), len(new_types), len(ptypes) - len(new_types)))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings, none used as an encoding name by p9/p10 |" % (len(E), len(E), len(etypes), len({r['container'] for r in E}), len(encs)))
    a("| `negatives.jsonl` | %d | \u2013 | \u2013 | %d | %d classes |\n" % (len(N), len({r['container'] for r in N}), len(ncls)))
    a("Record schema (same as privacy_tenth): positives have `id` (`p11-s-NNNN`), `type` (= type of the first span by position), `container`, `text`, "
      "`secrets` (list of `value`, `start`, `end`, `type`, optional `plain`), `source`. Evasions (`p11-e-NNNN`) add a record-level `encoding`; their single span has "
      "`plain` (the clean secret), `encoding` (same name) and, for `xor_hex` and `caesar_shift` only, `encoding_key` (the XOR byte / the shift, which the text also states). "
      "Negatives (`p11-n-NNNN`) have `id`, `class`, `container`, `text`, `source`. Offsets are Python code-point offsets; `text[start:end] == value`.\n")
    a("## Conventions\n")
    a("- A span covers only the credential: the password inside a URL / DSN / `user:password` pair (not the user), the value after `NAME=` / `key:` / a flag (not the quotes), the token inside a sentence, a header value without the scheme word (`Bearer`).")
    a("- Webhook / capability URLs (DingTalk, Feishu, WeCom, Google Chat, Mattermost, Zapier) are labelled in full; the IFTTT key is labelled alone because it is a path segment of a public URL.")
    a("- Private keys span `-----BEGIN \u2026-----` to `-----END \u2026-----` (PuTTY: `PuTTY-User-Key-File-3:` to the `Private-MAC` hex). In YAML / HCL heredocs the continuation indentation is inside the span and `plain` holds the unindented key; in a JSON string the literal `\\n` sequences are inside the span and `plain` holds the key with real newlines; `kubeconfig_client_key_data` is the base64 of a PEM and `plain` holds the PEM.")
    a("- When a labelled value occurs more than once in a text (echoed REPL value, `smbpasswd` double entry, `security` keychain calls, `wpa_passphrase` comment, `docker compose config` reused DB password, Neo4j old/new passwords are different values), every occurrence is labelled.")
    a("- Multi-secret records label every secret; public neighbours (Supabase `ANON_KEY`, key ids, issuer ids, identifiers, SSIDs, host and user names, WireGuard peer public key, certificate data) are unlabelled.")
    a("- `wpa_passphrase` output: both the passphrase (`wifi_psk`) and the derived 256-bit PMK (`wpa_pmk_hex`, PBKDF2-HMAC-SHA1 of passphrase and SSID, verified) are labelled \u2013 the PMK alone joins the network.")
    a("- Documentation examples (AWS `\u2026EXAMPLE`, jwt.io token, Stripe docs test keys, Azurite key, RFC 7617 `Aladdin:open sesame`, MinIO `minioadmin`, `mysecretpassword`) occur only in negatives. Password hashes are absent from the whole corpus.\n")
    a("## Categories (positives)\n")
    a("| source module | records | what |\n|---|---|---|")
    a("| `gen_vendor` | %d | one record per vendor/structured type (%d types) in %d generic developer containers, least-used first; every fifth wrapped (`__in_gerrit_inline_comment`, `__in_claude_code_prompt`, `__in_matrix_code_block_reply`, `__in_pastebin_raw_paste`, `__in_signal_note_to_self`, `__in_gitea_commit_comment`). Containers: shells and dotfiles (fish universal variables, xonsh, elvish, tcsh, PowerShell profile, setx, atuin, tmux, zprofile), secret-setting CLIs (gh, glab, vercel, netlify, fly, heroku, railway, supabase, aws ssm, gcloud, az, vault, op, pass, security, secret-tool), git artefacts (log -p, stash, grep, format-patch, ripgrep JSON, suggestions, gists, extraheader), editors and AI tooling (Emacs, Neovim, VS Code tasks, Zed, Cursor/Claude Desktop/Claude Code/Codex/Goose/Continue/Aider MCP and model configs, JetBrains http-client env, Helix), notebooks and REPLs (IPython, marimo, Livebook, Pluto, iex, node), build/test config (pytest-env, tox, nox, hatch, pixi, build.rs, ldflags, goreleaser, deno, nx, xcscheme, Gradle KTS, dart-define, Expo, Capacitor, Electron Forge, Unreal, Godot, PlatformIO, Zephyr, ESP-IDF), IaC/CD (OpenTofu, Pulumi stack, ExternalSecrets fake provider, helmfile, Timoni, ytt, KCL, Dagger, mage, Galaxy, reusable workflows, action.yml, Azure Pipelines, Cloud Build, CodeBuild, JCasC, Bitrise, CircleCI, act, Makefile), runtime and traffic (systemd-run, kubectl exec/ConfigMap, helm template, OTel/Vector/Fluent Bit/Alloy, nginx/Caddy/Traefik/HAProxy/Envoy/Apache/Kong headers, httpx debug, Spring actuator, Django debug page, Sentry event, OTel span, Windows 4688, auditd, ps, /proc environ, strace, tcpdump, Burp, Yaak, Hurl, .http, Artillery, Vegeta, grpcurl, websocat, xh, Swagger UI, GraphiQL), collaboration (Lemmy, GitHub Discussions, Jira ADF, Confluence storage, Notion, Slack/Discord/Teams/Mattermost/Element exports, YouTrack, Redmine, Trac, Bugzilla, sourcehut, mailing-list reply, Joplin, Dendron, Excalidraw, draw.io, llm logs, Claude Code JSONL, Cursor/Aider/Copilot chat exports) |" % (src["gen_vendor"], len(TOKENS), 163))
    a("| `gen_passwords` | %d | human-chosen passwords and typed secrets in bespoke syntaxes: SQL (ALTER ROLE, FDW user mapping, CREATE USER/LOGIN, replication source, ClickHouse, SQLCipher PRAGMA, mongosh, Neo4j, CockroachDB, CQL, InfluxQL, SurrealDB, redis-cli -a, influx setup, kafka-configs SCRAM), ORMs/app configs (Prisma, Ecto, Knex, TypeORM, Sequelize, Go MySQL DSN, Hibernate, web.config, database.yml, Laravel, Joomla, Moodle, MediaWiki, phpBB, Matomo, Odoo, gitlab.rb, Mastodon, Discourse, Nextcloud, Grafana, Kibana, Logstash, Graylog, SonarQube, Harbor, n8n, Paperless, PhotoPrism, Keycloak, MinIO, Nodemailer Gmail app password, docker-mailserver, K-9 export), bootstrap output (Nexus, Jenkins, Argo CD, Rancher, qBittorrent, Pi-hole, Syncthing, Proxmox pct), crypto/signing/OS tooling (openssl enc/rsa, ssh-keygen -N, keytool, apksigner, altool, keychain, sudo -S, expect, Ansible INI/adhoc, azurerm, bicepparam, CloudFormation, Packer, cloud-init chpasswd, SecureString, cmdkey, net use, smbpasswd, chpasswd, vault userpass, registry logins, mosquitto_pub, ldapsearch, LDIF, kinit, net ads, SSSD, snmpwalk v3, iLO RIBCL, Redfish), proxies (/etc/environment, apt, npm, git, cntlm, squid, dockerd, GTK bookmarks, ffmpeg RTSP, MediaMTX), network gear and Wi-Fi (Huawei VRP, Comware, iwctl, adb, networksetup, Raspberry Pi Imager, wpa_passphrase), games/streaming (V Rising, Don't Starve Together, Starbound, Owncast, rclone iCloud prompt) |" % src["gen_passwords"])
    a("| `gen_prose` | %d | prose in 27 languages/scripts absent from p9/p10 (fi, da, nb, sk, sl, sr-Cyrl, et, lv, ca, eu, gl, ms, tl, bn, mr, te, is, af, cy, az, kk, ka, hy, mn, ne, Hinglish `hi_latn`, Arabizi `ar_latn`; Wi-Fi password, server login, vendor token) in 14 message-export containers (iMessage exporter, Google Chat takeout, Skype, QQ, VK archive, Instagram DM, X DMs, LinkedIn CSV, Android mmssms.db, Nextcloud Talk, voicemail transcript, Zalo, Bluesky chat, Snapchat); container kind `<container>__<lang>` |" % src["gen_prose"])
    a("| `gen_misc` | %d | private keys in new embeddings (gpg armor export, GitHub Actions literal, PuTTY PPK v3 in an e-mail, OpenVPN tls-crypt static key, DKIM RSA key, kubeconfig client-key-data, App Store Connect .p8 in JSON, multi-line dotenv PEM, tfvars heredoc, Nebula host key, cloud-init ssh_keys, Solana id.json, `wg showconf`); multi-secret records (Supabase/Appwrite/Plausible env, GitHub recovery codes, otpauth QR, Aegis plain export, BitLocker / FileVault recovery keys, 1Password Emergency Kit, KeePassXC, Chrome/Firefox password CSV, resolved compose config); credentials in dependency specs and URLs (requirements.txt VCS URL, .gitmodules, package.json, Cargo.toml, Gemfile, Dockerfile, OAuth implicit fragment); session cookies (Django, PHP, NextAuth JWE, Rails); secret-manager read outputs and decrypted views (Secrets Manager, gcloud, Key Vault, Doppler, `op read`, `bw get`, `sops -d`, `ansible-vault view`, `age -d`, kubectl jsonpath|base64 -d, Pulumi/Terraform outputs, systemctl show); error traces (Laravel PDO trace, Rust anyhow chain, Elixir DBConnection) |\n" % src["gen_misc"])
    a("### Span types in positives\n")
    a(codes(ptypes) + "\n")
    a("### Container kinds in positives\n")
    a(", ".join("`%s`" % c for c in pcont) + "\n")
    a("### Evasion encodings\n")
    a(codes(encs) + "\n")
    a("Decoders (exactly what `build.py` runs): `base85` = `base64.b85decode`; `ascii85` = Adobe Ascii85 with `<~ ~>` inside the span; `base58` = Bitcoin alphabet; `octal_escape` = `\\NNN`; `c_hex_escape` = `\\xNN`; `percent_u_unicode` = IIS-style `%uXXXX`; `xor_hex` = hex bytes XOR `encoding_key`; `caesar_shift` = letters shifted by `encoding_key` (digits/symbols unchanged); `atbash`; `homoglyph` = Cyrillic/Ukrainian look-alikes mapped back to Latin; `math_alphanumeric` = Mathematical Bold letters/digits, NFKC; `bidi_override_reversed` = U+202E + reversed secret + U+202C (both control characters inside the span); `combining_overlay` = U+0336 after every character; `soft_hyphen` = U+00AD every three characters; `interleaved_decoy` = every second character is noise (`[::2]`); `pair_swap` = adjacent characters swapped; `chunk_list_join` = list literal of 6-character chunks (span covers the brackets); `sql_char_function` = `CHAR(n) + CHAR(n) \u2026`; `binary_bits` = space-separated 8-bit groups; `morse_code` = lower-case alphanumeric secrets only; `uuencode` = one uuencoded line (backtick for zero); `base64_utf16le`; `hex_of_base64` (nested); `base64_of_reversed` (nested).\n")
    a("Evasion credential types: " + codes(etypes) + "\n")
    a("Evasion containers: " + ", ".join("`%s`" % c for c in sorted({r['container'] for r in E})) + "\n")
    a("### Negative classes\n")
    a("| class | records |\n|---|---|")
    for k, v in sorted(ncls.items()):
        a("| `%s` | %d |" % (k, v))
    a("\nNegative containers: %d base kinds; the first seven of each class are instantiated twice with fresh fillers, the second copy wrapped (`__in_markdown_fence`, `__in_code_review_thread`, `__in_assistant_question`).\n" % len({r['container'].split('__')[0] for r in N}))
    a("## Checks run by build.py before writing\n")
    a("- ids unique across the three files; every record survives a JSON round trip")
    a("- positives and evasions: every span re-sliced (`text[start:end] == value`), sorted, non-overlapping, no edge whitespace; record type == first span type")
    a("- positives: every labelled value occurs in its text exactly as often as it is labelled; no value is reused across records")
    a("- structured formats: %d GitHub/npm tokens (base62 CRC32 of the 30-char body), %d nsec (bech32), %d xprv (Base58Check), %d BitLocker keys (each block a multiple of 11 below 720896), %d WPA PMK (recomputed PBKDF2), %d PGP blocks (CRC-24 armour checksum), %d PuTTY PPK, %d PEM keys (base64 -> DER SEQUENCE of consistent length; escaped / indented / base64-wrapped spans equal `plain`)" % (stats["gh_checksum"], stats["bech32"], stats["b58check"], stats["bitlocker"], stats["wpa_pmk"], stats["pgp_crc24"], stats["ppk"], stats["pem_der"]))
    a("- evasions: one span each with `plain` and `encoding`; every span decodes back to `plain` with the decoder above; the value occurs once, `plain` never appears verbatim and is not a positive value")
    a("- negatives: no duplicate texts; none contains any positive value, evasion value or evasion plain; no private-key block, `AGE-SECRET-KEY-1`, `nsec1`, `xprv` or checksum-valid GitHub/npm token; documentation examples occur in no positive or evasion")
    a("- counts and breadth: 420-500 positives, >= 180 span types, >= 300 container kinds; 90-110 evasions over >= 20 encodings with 3-8 each; 230-270 negatives in >= 14 classes")
    a("- when the two brief READMEs are present, every container kind (and its base before `__`) is checked to be absent from their backticked names (this check prints but never changes output)")
    a("- determinism: all randomness from per-module `random.Random` streams with constant seeds; no clock, environment, set-iteration order or network influences output\n")
    a("## Judgement calls\n")
    a("- Human passwords come from word lists with capitals, leetspeak, years and symbols, or are random 14-21 character strings; some are weak (`Olive2022-`) on purpose. Types follow the syntax (`postgres_role_password`, `mssql_login_password`, `winrm_password`, `sudo_password`, `kerberos_password`, `ad_domain_join_password`, `vm_admin_password`, `rds_master_password`, `google_app_password`, \u2026); ORM/app database passwords are `database_password`.")
    a("- Bootstrap/initial-admin secrets printed once by a tool (Jenkins, Nexus, Argo CD, Rancher, qBittorrent, `elasticsearch-reset-password`) are credentials: they stay valid until changed.")
    a("- Framework secrets (Django `SECRET_KEY`, Rails `secret_key_base` / master key, Phoenix, Symfony, Flask, NextAuth, JWT signing secrets, session secrets, AES keys, webhook secrets) are credentials even though they authenticate no user.")
    a("- MFA material is secret: TOTP seeds (`otpauth://` secret, Aegis plain export), GitHub recovery codes (`mfa_recovery_code`), PIV management keys; so are BitLocker/FileVault recovery keys, the 1Password Secret Key + account password, BIP-39 mnemonics, xprv, nsec and a Solana `id.json` byte array.")
    a("- Session cookies (Django `sessionid`, `PHPSESSID`, NextAuth session JWE, Rails session cookie) are labelled as bearer credentials; CSRF tokens, `_ga` and other cookies beside them are unlabelled.")
    a("- Decrypted outputs (`sops -d`, `ansible-vault view`, `age -d`, `op read`, `bw get`, Secrets Manager/Key Vault/gcloud/Doppler reads, `pulumi stack output --show-secrets`) are positives; the encrypted forms and references are negatives.")
    a("- Supabase: `SERVICE_ROLE_KEY` is labelled, `ANON_KEY` beside it is not (public by design); the anon key also appears alone as a negative. Turnstile/reCAPTCHA *site* keys, Clerk/Stripe publishable keys, Firebase web `apiKey`, PostHog `phc_`, Sentry DSNs are negatives; Turnstile/reCAPTCHA/hCaptcha *secret* keys are positives.")
    a("- Name-only types (no distinctive prefix; recognisable only from the variable/header name): " + ", ".join("`%s`" % t for t in nameonly) + ".")
    a("- The Modal token id (`ak-\u2026`), ClickHouse key id, WooCommerce `ck_` key and similar identifiers are not generated at all, so each such record carries only the secret half.")
    a("- Evasion `plain` values avoid quote and backslash characters (and the encoded forms avoid characters that would break the host string syntax); `homoglyph` secrets contain at least four substitutable letters; `morse_code` secrets are lower-case alphanumeric so dictation is lossless.")
    a("- The type of a secret inside a prose message follows the sentence (`wifi_psk`, `ssh_password` for server logins, vendor type for tokens).\n")
    a("## Guessed or partly guessed shapes\n")
    a("Shape-plausible only (prefix/length/alphabet from public rule descriptions or vendor announcements, not validated against the vendor): " + ", ".join("`%s`" % t for t in guessed) + ". Also: BIP-39 mnemonics are drawn from a subset of the real word list without a valid checksum; 1Password Secret Keys use the `A3-` layout with random characters; Nebula and OpenVPN static keys have the right framing and length; the Rails session cookie, NextAuth JWE and Django/PHP session ids have plausible alphabets and lengths.\n")
    a("## Checksummed or structured formats generated for real\n")
    a("- GitHub `ghp_/ghs_` and npm `npm_`: 30 random base62 + base62(CRC32(body)) padded to 6; nostr `nsec1\u2026` and age/npub negatives: bech32 (BIP-173); `xprv`: Base58Check over a 78-byte BIP-32 payload (version `0488ADE4`, `00` key prefix); negative `xpub` likewise with `0488B21E`.")
    a("- PGP private key blocks: v4 EdDSA secret-key packet + user-id packet, armoured with a correct CRC-24; PuTTY PPK v3: unencrypted Ed25519 with the real HMAC-SHA-256 `Private-MAC` (empty MAC key for `Encryption: none`); RSA keys: 2048-bit, generated in pure Python (Miller-Rabin), PKCS#1 DER by hand; EC keys: SEC1 P-256 (public point omitted, which SEC1 allows) and PKCS#8 P-256; Ed25519 PKCS#8; WireGuard key clamped.")
    a("- BitLocker recovery keys: eight 6-digit blocks, each a multiple of 11 below 720896; WPA PMK: PBKDF2-HMAC-SHA1(passphrase, SSID, 4096, 32); Amazon SES SMTP password: base64 of version byte 0x04 + 32 bytes; Elasticsearch API key: base64 of `id:key`; Neptune / QStash / UploadThing / Keeper KSM tokens: base64 of realistic JSON; JFrog reference token: base64 of `reftkn:01:\u2026`; Azure SAS token with URL-encoded base64 signature; JWT-shaped tokens carry real JSON headers/payloads and random signatures of the algorithm's length.\n")
    a("## Sources consulted (formats only)\n")
    a("- Background knowledge of public secret-scanning rule sets and vendor token documentation for prefixes, lengths and alphabets; no rule-set fixture or sample secret was copied. Every credential-looking value in positives and evasions is generated by the builder; the only literal published values are the documentation examples placed deliberately in negatives.")
    a("- privacy_ninth and privacy_tenth READMEs (schema, conventions, used types, container kinds and encodings).")
    return "\n".join(L) + "\n"
