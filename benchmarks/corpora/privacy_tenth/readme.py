"""Render README.md from the built records (deterministic)."""
from collections import Counter


def _ticks(items):
    return ", ".join("`%s`" % x for x in items)


def _counted(counter):
    return ", ".join("`%s` (%d)" % (k, counter[k]) for k in sorted(counter))


def render(pos, eva, neg, checks):
    ptypes = Counter(s["type"] for r in pos for s in r["secrets"])
    pconts = sorted({r["container"] for r in pos})
    etypes = Counter(r["secrets"][0]["type"] for r in eva)
    encs = Counter(r["encoding"] for r in eva)
    ncls = Counter(r["class"] for r in neg)
    src = Counter(r["source"] for r in pos)
    spans = sum(len(r["secrets"]) for r in pos)
    L = []
    a = L.append
    a("# privacy_tenth (p10) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector. Everything is produced by `build.py` and its modules (`gen_common.py`, `gen_vendor.py`, `gen_passwords.py`, `gen_prose.py`, `gen_evasions.py`, `gen_negatives.py`, `readme.py`): Python 3 standard library only, fixed `random.Random` seeds per module, no clock, no environment, no network. `python3 build.py` regenerates the three JSONL files and this README byte-for-byte; it runs all checks first and writes nothing if one fails. The builder never looked at the detector; the only project file read was the privacy_ninth README (schema, conventions, already-used container kinds).\n")
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | %d distinct record types |" % (len(pos), spans, len(ptypes), len(pconts), len({r['type'] for r in pos})))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings |" % (len(eva), len(eva), len(etypes), len({r['container'] for r in eva}), len(encs)))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r['container'] for r in neg}), len(ncls)))
    a("")
    a("Record schema (same as privacy_ninth): positives have `id` (`p10-s-NNNN`), `type` (= type of the first span by position), `container`, `text`, `secrets` (list of `value`, `start`, `end`, `type`, optional `plain`), `source`. Evasions (`p10-e-NNNN`) add `encoding`; every evasion span has `plain`. Negatives (`p10-n-NNNN`) have `id`, `class`, `container`, `text`, `source`. Offsets are Python code-point offsets; `text[start:end] == value`.\n")
    a("## Conventions\n")
    a("- A span covers only the credential: the password inside a URL or `user:password` pair (not the user), the value after `NAME=` / `key:` / a flag (not the quotes), the token inside a sentence, a header value without the scheme word (`Bearer`, `Token`).")
    a("- Private keys span `-----BEGIN …-----` to `-----END …-----` as written; in a YAML block scalar the continuation-line indentation is inside the span and `plain` holds the unindented PEM; in a JSON string the literal `\\n` sequences are inside the span and `plain` holds the PEM with real newlines.")
    a("- AWS / Alibaba key ids are labelled only beside their secret half (`key_pairs`-style records: s3cmd, Velero, `mc alias set`, boto3 kwargs, `aws configure set` history, DuckDB `CREATE SECRET`, aliyun CLI config).")
    a("- When a labelled value occurs more than once in a text (e.g. `gem sources --add` echoes the URL), every occurrence is labelled.")
    a("- Public neighbours (hosts, user names, SSIDs, project ids, Tuya device ids) are unlabelled. Webhook URLs (Slack, Discord) are labelled in full.")
    a("- Evasions: `string_concatenation` spans run from the first quote to the last quote (operators, newlines and indentation included); `split_across_lines` spans include the backslash, newline and continuation indentation; `char_code_array` spans include the brackets/braces; `reversed` spans cover only the reversed literal (the reverse call stays outside); `quoted_printable` spans include soft line breaks (`=\\n`); `base64_name_value_line` spans decode to `NAME=<plain>\\n`.")
    a("- Documentation examples (AWS `…EXAMPLE`, Stripe docs `sk_test_…`, Azurite key, Hardhat account #0, jwt.io token, RFC 7617 sample) occur only in negatives. Password hashes are absent from the whole corpus.\n")
    a("## Categories (positives)\n")
    a("| source module | records | what |")
    a("|---|---|---|")
    desc = {
        "gen_vendor": "modern vendor tokens (AI providers, VCS, package registries, chat, payment, e-mail, SaaS, observability, cloud, secret managers) in generic containers: IaC dialects (Nomad, Terragrunt, OpenTofu JSON, CDKTF, Skaffold, Kustomize, Argo CD, Dapr, Knative, OpenShift), notebooks (ipynb, R Markdown, Quarto, Databricks, Zeppelin), shell histories and terminal sessions (zsh extended, PSReadLine, Nushell, script(1), asciinema), process managers, CI systems (Woodpecker, Forgejo, Buildkite, Concourse, Tekton, Harness, AppVeyor, Cirrus, Semaphore, Codemagic), build tools (Bazel, CMake presets, MSBuild, sbt, Gradle, Maven), frontend/backend framework configs, HTTP traffic (curl -v, HAR, raw request, tshark, mitmproxy, HTTPie, nginx debug), crash dumps and stack traces (Python, Java, Node/axios, Go, Rust, .NET, PHP, gdb, core strings), logs (journald, logfmt, GELF, CloudWatch, Loki), tables (CSV, TSV, Markdown, HTML, xlsx XML), diffs/commits, chat/forum/notes; about a fifth wrapped in a paste context (`__in_…`)",
        "gen_passwords": "bespoke files and command lines with human-chosen passwords/passphrases and typed secrets: mail (Postfix, fetchmail, msmtp, mbsync, OfflineIMAP, getmail, NeoMutt, Roundcube, Stalwart, Haraka, mailcow), VPN/Wi-Fi (OpenVPN, strongSwan, swanctl, OpenConnect, NetworkManager, wpa_supplicant, hostapd, xl2tpd, SoftEther, nmcli, netsh, macOS security), backup (restic, borgmatic, Kopia, Duplicati, rclone, PBS, Bareos), monitoring (Nagios, Zabbix, Icinga2, Prometheus, Alertmanager, Telegraf, snmpd, LibreNMS, Monit, Netdata), CI runners (GitLab, Woodpecker, Drone, Buildkite, Jenkins, TeamCity, act_runner, Azure Pipelines, GitHub Actions), game servers (Minecraft, ARK, Palworld, Terraria, 7 Days, Enshrouded, GMod, OpenTTD, Arma 3), home automation (Home Assistant, ESPHome, Mosquitto, Node-RED, Shelly, TinyTuya, NUT), network gear (VyOS, Cisco WLC/IOS, Arista, Dell OS10, keepalived, FRR, BIRD, FreeRADIUS, NTP, BIND, Knot), databases (pgpass, my.cnf, Redis/Valkey, PgBouncer, Pgpool, ClickHouse, cqlsh, sqlcmd, sqlplus, InfluxDB, QuestDB, CouchDB, Firebird, Db2, MaxScale, ProxySQL, Liquibase, Flyway), brokers (RabbitMQ, ActiveMQ, Artemis, Pulsar, EMQX, NATS, Redpanda, Kafka, Mosquitto bridge), CLI password flags, package-manager auth",
        "gen_prose": "prose in 15 languages (de, fr, es, it, pt, nl, pl, ru, tr, ja, zh, ko, ar, hi, sv; Wi-Fi password, server/DB login, vendor token; secret before or after its word) in 9 message containers (container kind `<container>__<lang>`); source code in 32 languages/constructs; key pairs; private keys; multi-secret exports (KeePass CSV, Bitwarden JSON, Markdown/HTML/TSV handover tables, compose stacks, dotenv bundles)",
    }
    for k in sorted(src):
        a("| `%s` | %d | %s |" % (k, src[k], desc.get(k, "")))
    a("")
    a("### Span types in positives\n")
    a(_counted(ptypes) + "\n")
    a("### Container kinds in positives\n")
    a(_ticks(pconts) + "\n")
    a("### Evasion encodings\n")
    a(_counted(encs) + "\n")
    a("Evasion credential types: " + _counted(etypes) + "\n")
    a("Evasion containers: " + _ticks(sorted({r['container'] for r in eva})) + "\n")
    a("### Negative classes\n")
    a("| class | records |")
    a("|---|---|")
    for k in sorted(ncls):
        a("| `%s` | %d |" % (k, ncls[k]))
    a("")
    a("Negative containers: 105 base kinds, each instantiated twice with freshly drawn fillers; the second instance is wrapped (`__in_markdown_fence`, `__in_review_comment`, `__in_ai_chat_question`).\n")
    a("## Checks run by build.py before writing\n")
    for c in checks:
        a("- " + c)
    a("")
    a("## Judgement calls\n")
    a("- Human-chosen passwords are built from word lists with capitals, leetspeak, years and symbols, or are random 14–21 character strings; passphrases are 3–4 words plus a number. They carry role types (`smtp_password`, `wifi_psk`, `rcon_password`, `bmc_password`, `disk_encryption_passphrase`, …) chosen from the surrounding syntax.")
    a("- CI agent / runner secrets (Woodpecker agent secret, Drone RPC secret, Jenkins inbound-agent secret, TeamCity agent token, act_runner and GitHub runner registration tokens), TSIG keys, NTP symmetric keys, VRRP/BGP/RADIUS/TACACS shared secrets, SNMP communities and SNMPv3 passphrases, Zabbix PSKs, ESPHome API keys / OTA passwords, Tuya local keys and Node-RED `credentialSecret` are credentials.")
    a("- `mistral_api_key`, `cohere_api_key`, `assemblyai_api_key`, `zendesk_api_token`, `datadog_*`, `gitea_token`, `linode_token`, `hetzner_cloud_token`, `segment_write_key`, `razorpay_key_secret`, `logzio_token`, `vercel_token`, `twilio_auth_token`, `algolia_admin_api_key` have no vendor prefix; they are recognisable only from the variable/header name beside them.")
    a("- Gemini keys (`AIza…`) are positives when named as a server-side API key; Firebase web `apiKey` values of the same shape in a browser config are negatives (`publishable_key`). The Algolia search-only key and Supabase publishable key are negatives; the Algolia admin key is a positive.")
    a("- Header spans exclude the scheme word (`Bearer`, `Token`); the Fly.io token keeps its own `FlyV1 ` prefix because it is part of the token string.")
    a("- Masked values (`***`, `••••last4`, `(sensitive value)`), secret-store references (`op://`, `${{ secrets.X }}`, `secretKeyRef`, Secrets Manager ARNs), env-var lookups, SOPS / Ansible Vault / SealedSecret / PGP / age ciphertext, checksums, SRI, digests, request/trace ids, build ids, base64 images, public keys and certificates, password-policy text and clearly marked fake fixtures are negatives.")
    a("- Evasion `plain` values avoid quote and backslash characters so that every host syntax stays valid; `base64_name_value_line` checks that the decoded line is `NAME=` + `plain` + newline.")
    a("- The X25519 and Ed25519 PKCS#8 keys and the SEC1 P-256 key (public point omitted, which SEC1 allows) are random 32-byte scalars wrapped in correct DER; they protect nothing.\n")
    a("## Guessed or partly guessed shapes\n")
    a("Shape-plausible only (prefix/length/alphabet from public rule descriptions or vendor announcements; not validated against the vendor): `openai_project_key`, `openai_admin_key` (the `T3BlbkFJ` marker placement), `anthropic_admin_key`, `xai_api_key`, `langsmith_api_key`, `tavily_api_key`, `firecrawl_api_key`, `pinecone_api_key`, `cerebras_api_key`, `fireworks_api_key`, `github_fine_grained_pat` (no public checksum), `gitlab_scim_token`, `bitbucket_access_token`, `atlassian_api_token` (trailing checksum is random hex), `pypi_upload_token` (macaroon body random after the fixed `AgEIcHlwaS5vcmc` header), `nuget_api_key`, `crates_io_token`, `discord_bot_token`, `adyen_api_key`, `notion_integration_token`, `typeform_pat`, `clickup_api_token`, `honeycomb_api_key`, `heroku_api_key`, `netlify_pat`, `flyio_token`, `doppler_service_token`, `vault_batch_token`, `tailscale_*`, `ngrok_authtoken`, `supabase_secret_key`, `planetscale_service_token`, `neon_api_key`, `circleci_personal_token`, `buildkite_token`, `okta_api_token`, `clerk_secret_key`, `workos_api_key`, `dropbox_access_token`, `infisical_token`, `revenuecat_secret`, `conda_channel_token`, `cargo_registry_token`, `forgejo_runner_token`, `github_runner_registration_token`, `teamcity_agent_token`, `buildkite_agent_token`, `tuya_local_key`, `gitlab_runner_token` (`glrt-t1_` form). JWT-shaped tokens (Home Assistant, Lemon Squeezy, 1Password Connect, Pulsar) carry real JSON headers/payloads and random signatures of the algorithm's length.\n")
    a("## Checksummed or structured formats generated for real\n")
    a("- GitHub `ghp_/gho_/ghu_/ghs_/ghr_` and npm `npm_`: 30 random base62 characters + base62(CRC32(body)) left-padded to 6 (verified in build.py).")
    a("- age `AGE-SECRET-KEY-1…`: bech32 (BIP-173) of 32 random bytes, upper-cased (verified); negatives use real bech32 `age1…` recipients.")
    a("- PEM private keys: correct DER prefixes for Ed25519/X25519 PKCS#8 and SEC1 P-256 (verified: base64 decodes to a SEQUENCE of consistent length).")
    a("- Azure storage keys are base64 of 64 bytes; ESPHome API keys and TSIG keys base64 of 32 bytes; InfluxDB tokens URL-safe base64 of 64 bytes.\n")
    a("## Sources consulted (formats only)\n")
    a("- Background knowledge of public secret-scanning rule sets and vendor token documentation for prefixes, lengths and alphabets; no rule-set fixture or sample secret was copied. Every credential-looking value in positives and evasions is generated by the builder; the only literal published values are the documentation examples placed deliberately in negatives.")
    a("- privacy_ninth README (schema, conventions, used container kinds). All container kinds here were checked by base name against that README's lists and are new.")
    return "\n".join(L) + "\n"
